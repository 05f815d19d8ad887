package com.empowerfitness.guide.content;

import static org.mockito.Mockito.mock;

import com.empowerfitness.guide.article.ArticleContentType;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.BlockContentType;
import com.empowerfitness.guide.block.BlockStorage;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.check.CheckContentType;
import com.empowerfitness.guide.check.CheckPageRepository;
import com.empowerfitness.guide.exercise.ExerciseContentType;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import com.empowerfitness.guide.faq.FaqContentType;
import com.empowerfitness.guide.faq.FaqRepository;
import com.empowerfitness.guide.home.HomeContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Markdown fixture files for pipeline tests, written into a {@code @TempDir}. */
public final class ContentFixtures {

    public static final String ARTICLE = """
            ---
            title: What causes muscle spasms?
            summary: Why your back muscles tighten.
            order: 2
            author: Dr. Ezra Miller
            author_credentials: PT, DPT
            published: 2026-06-16
            last_reviewed: 2026-06-16
            reviewed_by: Dr. Ezra Miller, PT, DPT
            next_review_due: 2027-06-16
            tags: [causes, posture]
            ---
            Spasms are a protective response.

            ## The most common causes

            - Sitting for a long time.

            ## Stress

            Stress makes muscles tense.

            ## Injuries

            A fall can hurt the back.

            !!! danger "Get help now if"
                You lose control of your bladder.

            !!! tip "Recommended"
                Read [when to worry](/articles/when-to-worry).

            !!! quote "Allegra Kent"
                All we actually have is our body.
            """;

    public static final String EXERCISE = """
            ---
            title: Pelvic tilts
            summary: Strengthens the belly muscles.
            order: 4
            position: Lying on your back
            hold_seconds: 5
            repetitions: [10, 15]
            sides: none
            purpose: Strengthens abdominal muscles.
            stop_if: Pain spreads down your leg.
            ---
            1. Lie on your back.
            2. Tighten your **core**.
            3. Hold for 5 seconds.

            Breathe normally throughout.
            """;

    public static final String FAQS = """
            ---
            title: FAQs about lower back muscle spasms
            ---
            Short answers.

            ## Is heat or ice better for back spasms?

            Ice is better in the first 48 hours.

            ## What drinks help back spasms?

            Water and electrolyte drinks.
            """;

    public static final String HOME = """
            ---
            title: Lower Back Muscle Spasms
            reading_minutes: 6
            highlights:
              - Most spasms come from overuse.
              - Guided exercises help.
            ---
            Lower back spasms can strike without warning.
            """;

    public static final String BLOCK = """
            ---
            title: Book a physical therapy session
            ---
            Book a free consultation with Dr. Ezra Miller.
            """;

    private ContentFixtures() {}

    public static Path write(Path root, String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A complete small guide: home, one article, one exercise, the FAQs and one block. */
    public static void writeGuide(Path root) {
        write(root, "home.md", HOME);
        write(root, "articles/causes.md", ARTICLE);
        write(root, "exercises/pelvic-tilts.md", EXERCISE);
        write(root, "faqs.md", FAQS);
        write(root, "blocks/booking-cta.md", BLOCK);
    }

    /**
     * Every content type of the guide, as Spring collects them, for tests that only scan and process (their
     * repositories are mocks: nothing is stored).
     */
    public static ContentTypes types() {
        BlockStorage blocks = new BlockStorage(mock(ContentBlockRepository.class));
        return new ContentTypes(List.of(
                new HomeContentType(blocks),
                new ArticleContentType(mock(ArticleRepository.class)),
                new ExerciseContentType(mock(ExerciseRepository.class)),
                new FaqContentType(mock(FaqRepository.class), blocks),
                new BlockContentType(blocks),
                new CheckContentType(mock(CheckPageRepository.class))));
    }

    /** The pipeline's stages wired by hand, as Spring wires them. */
    public static ContentProcessor processor() {
        return processor(Clock.systemDefaultZone());
    }

    /** The same, with the clock that decides which review dates lie in the future. */
    public static ContentProcessor processor(Clock clock) {
        return processor(clock, List.of());
    }

    /** The pipeline with the given rules (checks that need more than the file, such as its history). */
    public static ContentProcessor processor(List<ContentRule> rules) {
        return processor(Clock.systemDefaultZone(), rules);
    }

    public static ContentProcessor processor(Clock clock, List<ContentRule> rules) {
        MarkdownConfiguration markdown = new MarkdownConfiguration();
        return new ContentProcessor(
                new MarkdownDocumentParser(markdown.markdownParser()),
                new HtmlRendering(markdown.markdownRenderer(), new HtmlSanitizer(), new ResponsiveImages(null)),
                types(),
                new PageMetaReader(clock),
                rules);
    }

    /** A file as the scanner reads it. */
    public static ContentFile file(String path, String text) {
        return new ContentFile(path, text, ContentScanner.hash(text));
    }
}
