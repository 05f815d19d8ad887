package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.empowerfitness.guide.article.ArticleContent;
import com.empowerfitness.guide.exercise.ExerciseContent;
import com.empowerfitness.guide.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The keys that say what a page is based on and who reviewed it: read into the page, and refused when they would
 * claim a review that cannot have happened, each with the file's path and the key's line.
 */
class SourceAndReviewKeysTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 12, 1, 9, 0));

    private final ContentProcessor processor = ContentFixtures.processor(clock);

    private static ContentFile file(String path, String text) {
        return ContentFixtures.file(path, text);
    }

    private ContentError errorOf(String path, String text) {
        return catchThrowableOfType(ContentException.class, () -> processor.process(file(path, text)))
                .error();
    }

    private static String article(String frontMatterLines) {
        return "---\ntitle: Causes\n" + frontMatterLines + "---\nBody.\n";
    }

    @Test
    void theSourceKeysAreReadIntoThePage() {
        ArticleContent article = (ArticleContent) processor.process(file("articles/causes.md", article("""
                based_on: "Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises"
                based_on_author: Dr. Ezra Miller, PT, DPT
                based_on_date: 2026-06-16
                """)));

        assertThat(article.meta().basedOn())
                .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
        assertThat(article.meta().basedOnAuthor()).isEqualTo("Dr. Ezra Miller, PT, DPT");
        assertThat(article.meta().basedOnDate()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(article.meta().author()).isNull();
        assertThat(article.meta().reviewedBy()).isNull();
    }

    @Test
    void everyKindAcceptsTheSourceKeys() {
        ExerciseContent exercise = (ExerciseContent) processor.process(file("exercises/tilts.md", """
                ---
                title: Pelvic tilts
                position: Lying on your back
                purpose: Strengthens the belly muscles.
                repetitions: 10
                based_on: The clinic's article
                ---
                1. Lie down.
                """));

        assertThat(exercise.meta().basedOn()).isEqualTo("The clinic's article");
        assertThat(ContentProcessor.allowedKeys(
                        ContentFixtures.types().of("check.md").orElseThrow()))
                .contains("based_on", "based_on_author", "based_on_date");
        assertThat(ContentProcessor.allowedKeys(
                        ContentFixtures.types().of("blocks/booking-cta.md").orElseThrow()))
                .contains("based_on", "based_on_author", "based_on_date");
    }

    @Test
    void aReviewWithWhoAndWhenOnOrBeforeTodayIsKept() {
        ArticleContent article = (ArticleContent) processor.process(file("articles/causes.md", article("""
                reviewed_by: Dr. Ezra Miller, PT, DPT
                last_reviewed: 2026-12-01
                next_review_due: 2027-12-01
                """)));

        assertThat(article.meta().reviewedBy()).isEqualTo("Dr. Ezra Miller, PT, DPT");
        assertThat(article.meta().lastReviewed()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(article.meta().nextReviewDue()).isEqualTo(LocalDate.of(2027, 12, 1));
    }

    @Test
    void aReviewerWithoutAReviewDateIsAnErrorAtTheReviewersLine() {
        ContentError error = errorOf("articles/causes.md", article("""
                summary: Why muscles tighten.
                reviewed_by: Dr. Ezra Miller, PT, DPT
                """));

        assertThat(error.path()).isEqualTo("articles/causes.md");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(14);
        assertThat(error.reason()).startsWith("`reviewed_by` is set but `last_reviewed` is not");
        assertThat(error.toLogLine()).startsWith("articles/causes.md:4:14: `reviewed_by` is set");
    }

    @Test
    void aReviewDateWithoutAReviewerIsAnErrorAtTheDatesLine() {
        ContentError error = errorOf("exercises/tilts.md", """
                ---
                title: Pelvic tilts
                position: Lying on your back
                purpose: Strengthens the belly muscles.
                repetitions: 10
                last_reviewed: 2026-06-16
                ---
                1. Lie down.
                """);

        assertThat(error.path()).isEqualTo("exercises/tilts.md");
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.reason())
                .startsWith("`last_reviewed` is set but `reviewed_by` is not")
                .contains("remove `last_reviewed` until the review has happened");
    }

    @Test
    void aReviewDateInTheFutureIsAnErrorUntilThatDayComes() {
        String text = article("""
                reviewed_by: Dr. Ezra Miller, PT, DPT
                last_reviewed: 2026-12-02
                """);

        ContentError error = errorOf("articles/causes.md", text);

        assertThat(error.path()).isEqualTo("articles/causes.md");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(16);
        assertThat(error.reason())
                .isEqualTo("`last_reviewed`: 2026-12-02 is in the future (today is 2026-12-01); "
                        + "write the day the clinician reviewed the page");

        clock.set(LocalDateTime.of(2026, 12, 2, 0, 0));
        ArticleContent article = (ArticleContent) processor.process(file("articles/causes.md", text));
        assertThat(article.meta().lastReviewed()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aNextReviewDateWithoutAReviewIsAnErrorAtItsLine() {
        ContentError error = errorOf("check.md", """
                ---
                title: Check your back pain
                next_review_due: 2027-11-27
                red_flags: [A fever]
                consult_signs: [It keeps coming back]
                red_flags_question: Any of these?
                consult_question: Any of these?
                ---
                Not a diagnosis.
                """);

        assertThat(error.path()).isEqualTo("check.md");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.reason()).startsWith("`next_review_due` needs a review first");
    }

    @Test
    void aSourcesAuthorOrDateWithoutItsTitleIsAnErrorAtItsLine() {
        ContentError author = errorOf("blocks/red-flags.md", """
                ---
                title: Get help now
                based_on_author: Dr. Ezra Miller, PT, DPT
                ---
                - a fever
                """);
        ContentError date = errorOf("articles/causes.md", article("""
                summary: Why.
                based_on_date: 2026-06-16
                """));

        assertThat(author.path()).isEqualTo("blocks/red-flags.md");
        assertThat(author.line()).isEqualTo(3);
        assertThat(author.reason()).startsWith("`based_on_author` needs `based_on`, the title of the source");
        assertThat(date.line()).isEqualTo(4);
        assertThat(date.reason()).startsWith("`based_on_date` needs `based_on`");
    }

    @Test
    void aSourceDateThatIsNotADateIsAnErrorAtItsLineAndColumn() {
        ContentError error = errorOf("articles/causes.md", article("""
                based_on: The clinic's article
                based_on_date: June 16
                """));

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(16);
        assertThat(error.reason()).isEqualTo("`based_on_date`: June 16 is not a date; write it as YYYY-MM-DD");
    }
}
