package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.empowerfitness.guide.article.ArticleContent;
import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.exercise.ExerciseContent;
import com.empowerfitness.guide.faq.FaqPageContent;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentProcessorTest {

    private final ContentProcessor processor = ContentFixtures.processor();

    private static ContentFile file(String path, String text) {
        return ContentFixtures.file(path, text);
    }

    private ContentError errorOf(String path, String text) {
        return catchThrowableOfType(ContentException.class, () -> processor.process(file(path, text)))
                .error();
    }

    @Test
    void brokenYamlIsReportedWithTheFilesLine() {
        ContentError error = errorOf("articles/broken.md", """
                ---
                title: Causes
                summary: "an unclosed quote
                order: 2
                ---
                Body.
                """);

        assertThat(error.path()).isEqualTo("articles/broken.md");
        assertThat(error.line()).isBetween(3, 5);
        assertThat(error.reason()).startsWith("the front matter is not valid YAML");
    }

    @Test
    void badIndentationIsReportedOnItsOwnLine() {
        ContentError error = errorOf("articles/broken.md", """
                ---
                title: Causes
                order: 2
                  summary: indented by mistake
                ---
                Body.
                """);

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isNotNull();
        assertThat(error.reason()).contains("not valid YAML").contains("mapping values are not allowed");
    }

    @Test
    void missingTitleIsReported() {
        ContentError error = errorOf("articles/untitled.md", """
                ---
                summary: No title here.
                ---
                Body.
                """);

        assertThat(error.path()).isEqualTo("articles/untitled.md");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.reason()).contains("has no `title`");
    }

    @Test
    void unknownKeyIsReportedWithItsLine() {
        ContentError error = errorOf("articles/typo.md", """
                ---
                title: Causes
                summary: Why.
                titel: Causes
                ---
                Body.
                """);

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.reason()).startsWith("unknown front-matter key `titel` for articles");
    }

    @Test
    void keyOfAnotherKindIsUnknown() {
        ContentError error = errorOf("articles/hold.md", """
                ---
                title: Causes
                hold_seconds: 5
                ---
                Body.
                """);

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.reason()).contains("`hold_seconds`");
    }

    @Test
    void badDateIsReportedWithItsLine() {
        ContentError error = errorOf("articles/dates.md", """
                ---
                title: Causes
                published: 2026-06-16
                last_reviewed: 2026-13-01
                ---
                Body.
                """);

        assertThat(error.path()).isEqualTo("articles/dates.md");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(16);
        assertThat(error.reason()).isEqualTo("`last_reviewed`: 2026-13-01 is not a date; write it as YYYY-MM-DD");
        assertThat(error.toLogLine())
                .isEqualTo("articles/dates.md:4:16: `last_reviewed`: 2026-13-01 is not a date; "
                        + "write it as YYYY-MM-DD");
    }

    @Test
    void badNumberIsReportedWithItsLine() {
        ContentError error = errorOf("exercises/tilts.md", """
                ---
                title: Pelvic tilts
                position: Lying on your back
                purpose: Strength.
                hold_seconds: five
                ---
                1. Lie down.
                """);

        assertThat(error.line()).isEqualTo(5);
        assertThat(error.reason()).isEqualTo("`hold_seconds`: five is not a whole number");
    }

    @Test
    void exerciseWithoutNumberedStepsIsRejected() {
        ContentError error = errorOf("exercises/tilts.md", """
                ---
                title: Pelvic tilts
                position: Lying on your back
                purpose: Strength.
                hold_seconds: 5
                ---
                Lie down and tilt your pelvis.
                """);

        assertThat(error.line()).isEqualTo(7);
        assertThat(error.reason()).contains("numbered list");
    }

    @Test
    void exerciseWithoutPurposeIsRejected() {
        ContentError error = errorOf("exercises/tilts.md", """
                ---
                title: Pelvic tilts
                position: Lying on your back
                hold_seconds: 5
                ---
                1. Lie down.
                """);

        assertThat(error.reason()).contains("has no `purpose`");
    }

    @Test
    void fileWithoutFrontMatterIsReported() {
        ContentError error = errorOf("articles/plain.md", "# Causes\n\nBody.\n");

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.reason()).contains("must start with front matter");
    }

    @Test
    void unclosedFrontMatterIsReported() {
        ContentError error = errorOf("articles/open.md", "---\ntitle: Causes\n\nBody.\n");

        assertThat(error.reason()).contains("no closing ---");
    }

    @Test
    void duplicateKeyInFrontMatterIsReportedOnItsSecondLine() {
        ContentError error = errorOf("articles/twice.md", "---\ntitle: A\nsummary: B\ntitle: C\n---\nBody.\n");

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.reason()).contains("`title` appears twice");
    }

    @Test
    void articleIsRenderedWithTypedFrontMatterTocAndCallouts() {
        ArticleContent article =
                (ArticleContent) processor.process(file("articles/causes.md", ContentFixtures.ARTICLE));

        assertThat(article.key()).isEqualTo("causes");
        assertThat(article.title()).isEqualTo("What causes muscle spasms?");
        assertThat(article.order()).isEqualTo(2);
        assertThat(article.meta().lastReviewed()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(article.meta().authorCredentials()).isEqualTo("PT, DPT");
        assertThat(article.tags()).containsExactly("causes", "posture");
        assertThat(article.toc())
                .extracting(ArticleContent.Heading::text)
                .containsExactly("The most common causes", "Stress", "Injuries");
        assertThat(article.toc().get(0).anchor()).isEqualTo("the-most-common-causes");
        assertThat(article.readingMinutes()).isEqualTo(1);

        Document html = Jsoup.parseBodyFragment(article.bodyHtml());
        assertThat(html.select("h2#stress")).hasSize(1);
        assertThat(html.select("div.callout.callout-danger > p.callout-title").text())
                .isEqualTo("Get help now if");
        assertThat(html.select("div.callout.callout-danger").text()).contains("bladder");
        assertThat(html.select("div.callout.callout-danger").attr("role")).isEqualTo("note");
        assertThat(html.select("div.callout.callout-tip a[href=/articles/when-to-worry]"))
                .hasSize(1);
        assertThat(html.select("figure.callout-quote > blockquote").text())
                .isEqualTo("All we actually have is our body.");
        assertThat(html.select("figure.callout-quote > figcaption").text()).isEqualTo("\u2014 Allegra Kent");
        assertThat(article.bodyHtml()).doesNotContain("svg").doesNotContain("adm-");
    }

    @Test
    void explicitSlugReplacesTheFileName() {
        ArticleContent article = (ArticleContent)
                processor.process(file("articles/Old Name.md", "---\ntitle: A\nslug: new-name\n---\nBody.\n"));

        assertThat(article.key()).isEqualTo("new-name");
        assertThat(article.keyLine()).isEqualTo(3);
    }

    @Test
    void exerciseKeepsItsStepsFiguresAndExtraText() {
        ExerciseContent exercise =
                (ExerciseContent) processor.process(file("exercises/pelvic-tilts.md", ContentFixtures.EXERCISE));

        assertThat(exercise.key()).isEqualTo("pelvic-tilts");
        assertThat(exercise.hold()).isEqualTo(new IntRange(5, 5));
        assertThat(exercise.repetitions()).isEqualTo(new IntRange(10, 15));
        assertThat(exercise.move()).isNull();
        assertThat(exercise.sides()).isEqualTo("none");
        assertThat(exercise.steps())
                .containsExactly("Lie on your back.", "Tighten your <strong>core</strong>.", "Hold for 5 seconds.");
        assertThat(exercise.bodyHtml()).contains("Breathe normally").doesNotContain("<ol>");
        assertThat(exercise.stopIf()).isEqualTo("Pain spreads down your leg.");
    }

    @Test
    void faqPageIsSplitIntoQuestionsWithAnchors() {
        FaqPageContent faqs = (FaqPageContent) processor.process(file("faqs.md", ContentFixtures.FAQS));

        assertThat(faqs.title()).isEqualTo("FAQs about lower back muscle spasms");
        assertThat(faqs.introHtml()).contains("Short answers.");
        assertThat(faqs.entries())
                .extracting(FaqPageContent.FaqEntry::question)
                .containsExactly("Is heat or ice better for back spasms?", "What drinks help back spasms?");
        assertThat(faqs.entries().get(0).anchor()).isEqualTo("is-heat-or-ice-better-for-back-spasms");
        assertThat(faqs.entries().get(1).answerHtml()).isEqualTo("<p>Water and electrolyte drinks.</p>");
    }

    @Test
    void homeKeepsItsHighlights() {
        BlockContent home = (BlockContent) processor.process(file("home.md", ContentFixtures.HOME));

        assertThat(home.key()).isEqualTo("home");
        assertThat(home.readingMinutes()).isEqualTo(6);
        assertThat(home.highlights()).containsExactly("Most spasms come from overuse.", "Guided exercises help.");
    }

    @Test
    void scriptsAndEventHandlersInMarkdownAreRemoved() {
        ArticleContent article = (ArticleContent) processor.process(file("articles/xss.md", """
                ---
                title: Sneaky
                ---
                Hello <script>alert('x')</script> world.

                <img src="x.png" onerror="alert(1)" alt="pic">

                <a href="javascript:alert(1)">click</a> <a href="/book" onclick="steal()">book</a>

                <p style="color:red">styled</p><iframe src="https://example.com"></iframe>
                """));

        assertThat(article.bodyHtml())
                .doesNotContain("<script", "alert", "onerror", "onclick", "javascript:", "style=", "iframe");
        assertThat(article.bodyHtml()).contains("world").contains("<a href=\"/book\">book</a>");
    }

    @Test
    void firstLevelHeadingInTheBodyBecomesASectionHeading() {
        ArticleContent article = (ArticleContent)
                processor.process(file("articles/h1.md", "---\ntitle: A\n---\n# Second title\n\nText.\n"));

        assertThat(article.bodyHtml()).doesNotContain("<h1").contains("<h2 id=\"second-title\">");
    }

    @Test
    void aTagThatIsNotAWordIsTheFilesErrorWithItsLine() {
        ContentError error = errorOf("articles/x.md", """
                ---
                title: X
                tags: [posture, ../../staff]
                ---
                Text.
                """);

        assertThat(error.path()).isEqualTo("articles/x.md");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.reason()).contains("../../staff", "letters, digits and single spaces or hyphens");
    }
}
