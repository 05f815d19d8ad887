package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleContentType;
import com.empowerfitness.guide.article.ArticleLink;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.BlockContentType;
import com.empowerfitness.guide.block.BlockStorage;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.check.CheckContentType;
import com.empowerfitness.guide.config.ClockConfiguration;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.exercise.ExerciseContentType;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import com.empowerfitness.guide.faq.Faq;
import com.empowerfitness.guide.faq.FaqContentType;
import com.empowerfitness.guide.faq.FaqRepository;
import com.empowerfitness.guide.home.HomeContentType;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole pipeline against a real database: idempotent reloads, errors, last good versions. */
@DataJpaTest
@EnableConfigurationProperties(GuideProperties.class)
@Import({
    ContentLoader.class,
    ContentScanner.class,
    ContentProcessor.class,
    PageMetaReader.class,
    MarkdownDocumentParser.class,
    HtmlRendering.class,
    HtmlSanitizer.class,
    MarkdownConfiguration.class,
    ContentStore.class,
    ContentTypes.class,
    BlockStorage.class,
    BlockContentType.class,
    HomeContentType.class,
    ArticleContentType.class,
    ExerciseContentType.class,
    FaqContentType.class,
    CheckContentType.class,
    ClockConfiguration.class,
    ContentLoaderTest.CountingRule.class
})
@ExtendWith(OutputCaptureExtension.class)
class ContentLoaderTest {

    /** Runs once for every file the processor parses, so a test can see which files were parsed. */
    static class CountingRule implements ContentRule {

        final java.util.List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void check(ContentFile file, FrontMatter frontMatter) {
            checked.add(file.path());
        }
    }

    @Autowired
    CountingRule parsed;

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("guide.content-dir", () -> root.toString());
    }

    @Autowired
    ContentLoader loader;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ExerciseRepository exercises;

    @Autowired
    FaqRepository faqs;

    @Autowired
    ContentBlockRepository blocks;

    @Autowired
    ContentErrorRepository errors;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void emptyContentFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(root))
                    .forEach(p -> p.toFile().delete());
        }
    }

    private LoadReport load() {
        LoadReport report = loader.load();
        entityManager.clear(); // read back what the database holds, not the first-level cache
        return report;
    }

    @Test
    void everyKindOfFileIsStored() {
        ContentFixtures.writeGuide(root);

        LoadReport report = load();

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(5);
        assertThat(articles.findByPageLanguageAndSlug("en", "causes")).hasValueSatisfying(article -> {
            assertThat(article.getTitle()).isEqualTo("What causes muscle spasms?");
            assertThat(article.getPage().getSourcePath()).isEqualTo("articles/causes.md");
            assertThat(article.getPage().getContentHash()).hasSize(64);
        });
        assertThat(exercises.findByPageLanguageAndSlug("en", "pelvic-tilts"))
                .hasValueSatisfying(e -> assertThat(e.getRepsFigure()).isEqualTo("10\u201315"));
        assertThat(faqs.findAllByOrderBySortOrderAsc())
                .extracting(Faq::getQuestion)
                .containsExactly("Is heat or ice better for back spasms?", "What drinks help back spasms?");
        assertThat(blocks.findByPageLanguageAndBlockKey("en", "home")).isPresent();
        assertThat(blocks.findByPageLanguageAndBlockKey("en", "faqs")).isPresent();
        assertThat(blocks.findByPageLanguageAndBlockKey("en", "booking-cta")).isPresent();
    }

    @Test
    void reloadingUnchangedFilesSkipsThem() {
        ContentFixtures.writeGuide(root);
        load();
        Long id =
                articles.findByPageLanguageAndSlug("en", "causes").orElseThrow().getId();

        LoadReport again = load();

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .map(Article::getId)
                .hasValue(id);
    }

    @Test
    void aRestartParsesOnlyTheFilesThatChanged() {
        ContentFixtures.writeGuide(root);
        load();
        parsed.checked.clear();
        ContentFixtures.write(
                root,
                "articles/causes.md",
                ContentFixtures.ARTICLE.replace("What causes muscle spasms?", "What causes back spasms?"));

        LoadReport report = load();
        LoadReport again = load();

        assertThat(parsed.checked).as("files parsed by the two loads").containsExactly("articles/causes.md");
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(4);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .hasValueSatisfying(a -> assertThat(a.getTitle()).isEqualTo("What causes back spasms?"));
    }

    @Test
    void anUnchangedTranslationWhoseOriginalWasDeletedIsReportedAndKeepsItsPage() throws IOException {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(
                root,
                "es/articles/causas.md",
                ContentFixtures.ARTICLE
                        .replace("title: What causes muscle spasms?", "title: ¿Qué causa los espasmos?")
                        .replace(
                                "tags: [causes, posture]",
                                "tags: [causes, posture]\ntranslation_of: articles/causes.md\nsource_revision: "
                                        + "3b18e512dba79e4c8300dd08aeb37f8e728b8dad"));
        assertThat(load().errors()).isEmpty();
        Files.delete(root.resolve("articles/causes.md"));
        parsed.checked.clear();

        LoadReport report = load();

        assertThat(parsed.checked)
                .as("nothing changed in the files left, so nothing is parsed")
                .isEmpty();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("es/articles/causas.md");
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.reason()).contains("`translation_of: articles/causes.md` names no file");
        });
        assertThat(articles.findByPageLanguageAndSlug("es", "causas")).isPresent();
        assertThat(articles.findByPageLanguageAndSlug("en", "causes")).isEmpty();
    }

    @Test
    void changedFileIsUpdatedInPlace() {
        ContentFixtures.writeGuide(root);
        load();
        Long id =
                articles.findByPageLanguageAndSlug("en", "causes").orElseThrow().getId();
        ContentFixtures.write(
                root,
                "articles/causes.md",
                ContentFixtures.ARTICLE.replace("What causes muscle spasms?", "What causes back spasms?"));

        LoadReport report = load();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(4);
        assertThat(articles.findByPageLanguageAndSlug("en", "causes")).hasValueSatisfying(article -> {
            assertThat(article.getId()).isEqualTo(id);
            assertThat(article.getTitle()).isEqualTo("What causes back spasms?");
        });
    }

    @Test
    void deletedFileIsRemoved() throws IOException {
        ContentFixtures.writeGuide(root);
        load();
        Files.delete(root.resolve("articles/causes.md"));
        Files.delete(root.resolve("faqs.md"));

        LoadReport report = load();

        assertThat(report.removed()).isEqualTo(2);
        assertThat(articles.findByPageLanguageAndSlug("en", "causes")).isEmpty();
        assertThat(faqs.findAll()).isEmpty();
        assertThat(blocks.findByPageLanguageAndBlockKey("en", "faqs")).isEmpty();
        assertThat(exercises.findByPageLanguageAndSlug("en", "pelvic-tilts")).isPresent();
    }

    @Test
    void brokenFileKeepsItsLastGoodVersion(CapturedOutput output) {
        ContentFixtures.writeGuide(root);
        load();
        ContentFixtures.write(
                root,
                "articles/causes.md",
                ContentFixtures.ARTICLE
                        .replace("title: What causes muscle spasms?", "title: Broken\nlast_reviewed: 2026-13-01")
                        .replace("last_reviewed: 2026-06-16\n", ""));

        LoadReport report = load();

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("articles/causes.md");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).contains("2026-13-01 is not a date");
        });
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .map(Article::getTitle)
                .hasValue("What causes muscle spasms?");
        assertThat(errors.findAll()).singleElement().satisfies(row -> {
            assertThat(row.getPath()).isEqualTo("articles/causes.md");
            assertThat(row.getLine()).isEqualTo(3);
            assertThat(row.getColumn()).isEqualTo(16);
            assertThat(row.getDetectedAt()).isNotNull();
        });
        assertThat(output)
                .contains("WARN")
                .contains("articles/causes.md:3:16: `last_reviewed`: 2026-13-01 is not a date");
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(root, "articles/broken.md", "---\ntitle: [unclosed\n---\nBody.\n");

        LoadReport report = load();

        assertThat(report.added()).isEqualTo(5);
        assertThat(report.errors()).extracting(ContentError::path).containsExactly("articles/broken.md");
        assertThat(articles.findAll()).extracting(Article::getSlug).containsExactly("causes");
    }

    @Test
    void duplicateSlugIsReportedAndTheFirstFileKeepsIt() {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(root, "articles/why.md", "---\ntitle: Why\nsummary: Copy.\nslug: causes\n---\nBody.\n");

        LoadReport report = load();

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("articles/why.md");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.reason()).contains("slug `causes` is already used by articles/causes.md");
        });
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .map(Article::getTitle)
                .hasValue("What causes muscle spasms?");
    }

    @Test
    void slugOfABrokenFilesLastGoodVersionIsNotTaken() {
        ContentFixtures.writeGuide(root);
        load();
        ContentFixtures.write(root, "articles/causes.md", "---\ntitle: [broken\n---\n");
        ContentFixtures.write(root, "articles/new.md", "---\ntitle: New\nslug: causes\n---\nBody.\n");

        LoadReport report = load();

        assertThat(report.errors())
                .extracting(ContentError::path)
                .containsExactly("articles/causes.md", "articles/new.md");
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .map(Article::getTitle)
                .hasValue("What causes muscle spasms?");
    }

    @Test
    void renamedSlugCanBeTakenByAnotherFileInTheSameLoad() {
        ContentFixtures.writeGuide(root);
        load();
        ContentFixtures.write(
                root, "articles/causes.md", ContentFixtures.ARTICLE.replace("order: 2", "order: 2\nslug: reasons"));
        ContentFixtures.write(root, "articles/another.md", "---\ntitle: Another\nslug: causes\n---\nBody.\n");

        LoadReport report = load();

        assertThat(report.errors()).isEmpty();
        assertThat(articles.findByPageLanguageAndSlug("en", "reasons"))
                .map(a -> a.getPage().getSourcePath())
                .hasValue("articles/causes.md");
        assertThat(articles.findByPageLanguageAndSlug("en", "causes"))
                .map(a -> a.getPage().getSourcePath())
                .hasValue("articles/another.md");
    }

    @Test
    void errorsAreReplacedOnEveryLoad() {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(root, "articles/broken.md", "---\nsummary: no title\n---\nBody.\n");
        load();
        assertThat(errors.findAll()).hasSize(1);

        ContentFixtures.write(root, "articles/broken.md", "---\ntitle: Fixed\n---\nBody.\n");
        load();

        assertThat(errors.findAll()).isEmpty();
        assertThat(articles.findByPageLanguageAndSlug("en", "broken")).isPresent();
    }

    @Test
    void newArticleAppearsInTheContentsListInOrder() {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(root, "articles/first-steps.md", "---\ntitle: First steps\norder: 1\n---\nBody.\n");

        load();

        assertThat(articles.findVisibleLinks("en", java.time.LocalDateTime.now()))
                .extracting(ArticleLink::slug)
                .containsExactly("first-steps", "causes");
    }

    @Test
    void missingFolderKeepsStoredPagesAndLogsOneLine(CapturedOutput output) throws IOException {
        ContentFixtures.writeGuide(root);
        load();
        emptyContentFolder();
        long linesBefore = problemLines(output);

        LoadReport report = load();

        assertThat(report.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.reason()).contains("holds no Markdown (.md) files"));
        assertThat(articles.findByPageLanguageAndSlug("en", "causes")).isPresent();
        assertThat(errors.findAll()).hasSize(1);
        assertThat(problemLines(output)).isEqualTo(linesBefore + 1);
        assertThat(output).doesNotContain("Exception");
    }

    private static long problemLines(CapturedOutput output) {
        return output.getOut()
                .lines()
                .filter(line -> line.contains("WARN") && line.contains("holds no Markdown"))
                .count();
    }
}
