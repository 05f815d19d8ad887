package com.empowerfitness.guide.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import com.empowerfitness.guide.article.ArticleContent.Heading;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.config.ClockConfiguration;
import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import com.empowerfitness.guide.staff.SecurityConfig;
import com.empowerfitness.guide.staff.SecuritySliceBeans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ArticleController.class)
@Import({SecurityConfig.class, SecuritySliceBeans.class, ClockConfiguration.class})
class ArticleControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ArticleRepository articles;

    @MockitoBean
    ContentBlockRepository blocks;

    private static Article article(String slug, List<Heading> toc) {
        Meta meta = new Meta(
                "Dr. Ezra Miller",
                "PT, DPT",
                LocalDate.of(2026, 6, 16),
                LocalDate.of(2026, 6, 16),
                "Dr. Ezra Miller, PT, DPT",
                LocalDate.of(2027, 6, 16),
                false,
                null,
                null);
        return article(slug, toc, meta);
    }

    private static Article article(String slug, List<Heading> toc, Meta meta) {
        return Article.from(
                new ArticleContent(
                        new ContentFile("articles/" + slug + ".md", "x", "h"),
                        slug,
                        null,
                        "What causes back spasms?",
                        "Why muscles tighten.",
                        2,
                        meta,
                        List.of(),
                        4,
                        700,
                        "<h2 id=\"one\">One</h2><div class=\"callout callout-danger\" role=\"note\"><p>Red flag</p></div>",
                        toc),
                Instant.now());
    }

    private Document page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void unknownSlugIsNotFound() {
        given(articles.findVisibleBySlug(eq("en"), eq("no-such-page"), any())).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/articles/no-such-page")).hasStatus(404);
    }

    @Test
    void aPageMadeFromASourceSaysWhatItIsBasedOnAndShowsNoAuthorOrReviewLine() throws Exception {
        Meta meta = new Meta(
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                "Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises",
                "Dr. Ezra Miller, PT, DPT",
                LocalDate.of(2026, 6, 16));
        given(articles.findVisibleBySlug(eq("en"), eq("causes"), any()))
                .willReturn(Optional.of(article("causes", List.of(), meta)));
        given(articles.findVisibleLinks(eq("en"), any()))
                .willReturn(List.of(new ArticleLink("causes", "Causes", null)));

        Document page = page("/articles/causes");

        String pageMeta = page.select(".page-meta").text();
        assertThat(pageMeta)
                .contains("Based on Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises by Dr. Ezra "
                        + "Miller, PT, DPT, 16 June 2026")
                .contains("4 minute read")
                .doesNotContain("By ")
                .doesNotContain("Published")
                .doesNotContain("reviewed")
                .doesNotContain("Reviewed");
        assertThat(page.select(".page-meta cite").text())
                .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
        assertThat(page.select(".page-meta .page-source time").attr("datetime")).isEqualTo("2026-06-16");
    }

    @Test
    void aReviewerWithoutAReviewDateShowsNoReviewLine() throws Exception {
        // The content checks refuse such a file; the page must not half-claim a review if one slips through.
        Meta meta = new Meta(null, null, null, null, "Dr. Ezra Miller, PT, DPT", null, false, null, null);
        given(articles.findVisibleBySlug(eq("en"), eq("causes"), any()))
                .willReturn(Optional.of(article("causes", List.of(), meta)));
        given(articles.findVisibleLinks(eq("en"), any()))
                .willReturn(List.of(new ArticleLink("causes", "Causes", null)));

        assertThat(page("/articles/causes").select(".page-meta").text()).doesNotContain("Reviewed by");
    }

    @Test
    void articleShowsTitleAuthorDatesReadingTimeAndBody() throws Exception {
        given(articles.findVisibleBySlug(eq("en"), eq("causes"), any()))
                .willReturn(Optional.of(article(
                        "causes",
                        List.of(new Heading("one", "One"), new Heading("two", "Two"), new Heading("three", "Three")))));
        given(articles.findVisibleLinks(eq("en"), any()))
                .willReturn(List.of(
                        new ArticleLink("how-common", "How common?", null),
                        new ArticleLink("causes", "What causes back spasms?", null),
                        new ArticleLink("symptoms", "Symptoms", null)));

        Document page = page("/articles/causes");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("What causes back spasms?");
        assertThat(page.select(".page-meta").text())
                .contains("By Dr. Ezra Miller, PT, DPT")
                .contains("Published 16 June 2026 · 4 minute read")
                .contains("Page last reviewed: 16 June 2026 · Next review due: 16 June 2027")
                .contains("Reviewed by Dr. Ezra Miller, PT, DPT")
                .doesNotContain("Based on");
        assertThat(page.select("nav.contents-list a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#one", "#two", "#three");
        assertThat(page.select(".article-body .callout-danger").text()).isEqualTo("Red flag");
        assertThat(page.select(".pager a[rel=prev]").attr("href")).isEqualTo("/articles/how-common");
        assertThat(page.select(".pager a[rel=next]").attr("href")).isEqualTo("/articles/symptoms");
        assertThat(page.select(".booking-cta a.button").attr("href")).isEqualTo("/book");
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void shortArticleHasNoContentsListAndFirstArticleNoPreviousLink() throws Exception {
        given(articles.findVisibleBySlug(eq("en"), eq("causes"), any()))
                .willReturn(Optional.of(article("causes", List.of(new Heading("one", "One")))));
        given(articles.findVisibleLinks(eq("en"), any()))
                .willReturn(List.of(
                        new ArticleLink("causes", "Causes", null), new ArticleLink("symptoms", "Symptoms", null)));

        Document page = page("/articles/causes");

        assertThat(page.select("nav.contents-list")).isEmpty();
        assertThat(page.select(".pager a[rel=prev]")).isEmpty();
        assertThat(page.select(".pager a[rel=next]")).hasSize(1);
        assertThat(page.select(".site-nav a[aria-current]").text()).isEqualTo("Guide");
        assertThat(page.select(".site-nav a[aria-current]").attr("aria-current"))
                .isEqualTo("true");
    }
}
