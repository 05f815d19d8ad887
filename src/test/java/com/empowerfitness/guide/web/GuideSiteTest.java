package com.empowerfitness.guide.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentErrorRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole site on a real server with the real {@code content/} folder: every part of the clinic's source guide
 * must be on the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GuideSiteTest.FailingController.class)
class GuideSiteTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", () -> "content"); // Maven runs tests from the project root
    }

    /** Stands in for a bug, to check what a visitor sees when a page fails. */
    @Controller
    static class FailingController {

        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("simulated failure with secret detail");
        }
    }

    static final List<String> ARTICLES = List.of(
            "how-common",
            "causes",
            "symptoms",
            "effects-on-the-body",
            "when-to-worry",
            "treatment",
            "duration",
            "what-to-avoid");

    @LocalServerPort
    int port;

    @Autowired
    ContentErrorRepository contentErrors;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1")).as("one h1 on " + path).hasSize(1);
        // JSON-LD is a data block, never run (see StructuredDataBrowserTest); any other inline script is not allowed.
        assertThat(page.select("[style], script:not([src]):not([type=application/ld+json])"))
                .as("no inline styles or scripts on " + path)
                .isEmpty();
        return page;
    }

    @Test
    void pageDatesAreWrittenTheWayReadersOfThePagesLanguageWriteThem() throws Exception {
        assertThat(page("/articles/causes").select(".page-source time").text()).isEqualTo("16 June 2026");
        assertThat(page("/es/articulos/causas").select(".page-source time").text())
                .isEqualTo("16 de junio de 2026");
    }

    @Test
    void realContentLoadsWithoutErrors() {
        assertThat(contentErrors.findAll())
                .extracting(e -> e.toError().toLogLine())
                .isEmpty();
    }

    @Test
    void homePageHasTheOverviewHighlightsContentsRedFlagsAndBookingCall() throws Exception {
        Document home = page("/");

        assertThat(home.select("h1").text())
                .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
        assertThat(home.select(".page-meta").text())
                .contains("6 minute read")
                .doesNotContain("Reviewed by")
                .doesNotContain("last reviewed");
        assertThat(home.select(".highlights li")).hasSize(3);
        assertThat(home.select(".highlights").text())
                .contains("poor posture")
                .contains("guided exercises")
                .contains("root cause");
        assertThat(home.select(".intro").text())
                .contains("strike without warning")
                .contains("move with confidence again");
        assertThat(home.select(".guide-contents a"))
                .extracting(a -> a.attr("href"))
                .containsExactlyElementsOf(concat(
                        ARTICLES.stream().map(slug -> "/articles/" + slug).toList(), List.of("/exercises", "/faq")));
        Element redFlags = home.selectFirst(".care-card-urgent");
        assertThat(redFlags).isNotNull();
        assertThat(redFlags.text())
                .contains("numbness")
                .contains("bladder")
                .contains("coordination")
                .contains("Call 911");
        Element booking = home.selectFirst(".booking-cta");
        assertThat(booking.text())
                .contains("Book a physical therapy session")
                .contains("Dr. Ezra Miller")
                .contains("one-on-one session");
        assertThat(booking.select("a.button").attr("href")).isEqualTo("/book");
    }

    @Test
    void everyArticleHasItsReadingTimeNoUnmadeReviewClaimAndPagerLinks() throws Exception {
        for (String slug : ARTICLES) {
            Document article = page("/articles/" + slug);
            assertThat(article.select(".page-meta").text())
                    .as(slug)
                    .containsPattern("\\d+ minutes? read")
                    .doesNotContain("Reviewed by")
                    .doesNotContain("last reviewed")
                    .doesNotContain("By Dr. Ezra Miller");
            assertThat(article.select(".booking-cta a[href=/book]")).as(slug).hasSize(1);
            assertThat(article.select(".pager a")).as(slug).isNotEmpty();
        }
        assertThat(page("/articles/how-common").select(".pager a[rel=prev]")).isEmpty();
        assertThat(page("/articles/what-to-avoid").select(".pager a[rel=next]")).isEmpty();
        assertThat(page("/articles/treatment").select("nav.contents-list li")).hasSize(3);
    }

    @Test
    void articlesCarryEveryPartOfTheSourceGuide() throws Exception {
        assertThat(page("/articles/how-common").text()).contains("8 out of 10").contains("Athletes, older adults");
        Document causes = page("/articles/causes");
        assertThat(causes.select(".article-body ul > li")).hasSize(8);
        assertThat(causes.select("div.callout-tip").text())
                .contains("Recommended")
                .contains("red flags");
        Document symptoms = page("/articles/symptoms");
        assertThat(symptoms.select(".article-body > ul > li")).hasSize(7);
        assertThat(symptoms.select("div.callout-danger").text())
                .contains("numbness")
                .contains("bladder");
        Document worry = page("/articles/when-to-worry");
        assertThat(worry.select("div.callout-danger .callout-title").text()).contains("call 911");
        assertThat(worry.text()).contains("does not get better after a few days");
        assertThat(page("/articles/treatment").text())
                .contains("ibuprofen")
                .contains("acetaminophen")
                .contains("muscle relaxants")
                .contains("cold or heat");
        assertThat(page("/articles/duration").text()).contains("one to two weeks");
        assertThat(page("/articles/what-to-avoid").select(".article-body li")).hasSize(8);
    }

    @Test
    void bothQuotesAreFiguresWithTheirAuthor() throws Exception {
        Element kent = page("/articles/effects-on-the-body").selectFirst("figure.callout-quote");
        assertThat(kent.select("blockquote").text()).startsWith("All we actually have is our body");
        assertThat(kent.select("figcaption").text()).isEqualTo("\u2014 Allegra Kent");
        Element robbins = page("/articles/duration").selectFirst("figure.callout-quote");
        assertThat(robbins.select("blockquote").text()).startsWith("No matter how many mistakes you make");
        assertThat(robbins.select("figcaption").text()).isEqualTo("\u2014 Tony Robbins");
    }

    @Test
    void allFiveExercisesWithTheirHoldTimesAndSteps() throws Exception {
        Document list = page("/exercises");
        assertThat(list.select(".exercise-list h2"))
                .extracting(Element::text)
                .containsExactly(
                        "Supine knee-to-chest stretch",
                        "Cat-cow stretch",
                        "Child's pose",
                        "Pelvic tilts",
                        "Seated forward fold");
        assertThat(list.select(".exercise-list > li"))
                .extracting(Element::text)
                .satisfiesExactly(
                        knee -> assertThat(knee)
                                .contains("Hold 20\u201330 seconds")
                                .contains("Both sides"),
                        catCow -> assertThat(catCow).contains("Keep moving 30\u201360 seconds"),
                        child -> assertThat(child).contains("Hold 30\u201360 seconds"),
                        tilts -> assertThat(tilts).contains("Hold 5 seconds").contains("Repeat 10\u201315 times"),
                        fold -> assertThat(fold).contains("Hold 20\u201330 seconds"));
        assertThat(list.text()).contains("Once the worst (acute) pain has settled");

        Document knee = page("/exercises/knee-to-chest");
        assertThat(knee.select("ol.steps > li")).hasSize(5);
        assertThat(knee.select(".exercise-figures").text())
                .contains("20\u201330")
                .contains("Both");
        assertThat(knee.select(".exercise-facts").text())
                .contains("Lying on your back")
                .contains("Gently stretches the lower back muscles");
        assertThat(knee.select(".care-card").text()).contains("Stop if");
        Document tilts = page("/exercises/pelvic-tilts");
        assertThat(tilts.select(".exercise-figures .figure-value"))
                .extracting(Element::text)
                .contains("5", "10\u201315");
        for (String slug : List.of("cat-cow", "childs-pose", "seated-forward-fold")) {
            assertThat(page("/exercises/" + slug).select("ol.steps > li"))
                    .as(slug)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void allSevenFaqsAreLinkableByAnchor() throws Exception {
        Document faq = page("/faq");
        assertThat(faq.select(".faq-item h2"))
                .extracting(Element::text)
                .containsExactly(
                        "When should I be worried about back spasms?",
                        "Is lying down good for back spasms?",
                        "What drinks help back spasms?",
                        "Is heat or ice better for back spasms?",
                        "What is the strongest natural muscle relaxer?",
                        "How do I release my lower back?",
                        "Are back spasms a sign of labor?");
        for (Element link : faq.select("nav.contents-list a")) {
            assertThat(faq.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
        assertThat(faq.select("#what-is-the-strongest-natural-muscle-relaxer").text())
                .contains("magnesium");
    }

    @Test
    void unknownSlugGetsTheFriendly404Page() throws Exception {
        for (String path : List.of("/articles/no-such-article", "/exercises/no-such-exercise")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .contains("Page not found")
                    .contains("call 911")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void serverErrorGetsTheFriendly500PageWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/test-only/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Sorry, there is a problem with this page")
                .doesNotContain("IllegalStateException")
                .doesNotContain("secret detail")
                .doesNotContain("at com.");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
