package com.empowerfitness.guide.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** What a feature's {@link PageDescription} becomes: JSON-LD, Open Graph, canonical link, Last-Modified. */
class PageDescriptionJsonLdTest {

    private static final String BASE = "https://guide.example";

    private final PageMetadataInterceptor interceptor = new PageMetadataInterceptor(
            BASE,
            "Clinic X",
            new StructuredData(BASE, "Clinic X", GuideProperties.defaults().clinic()),
            LocalizedPaths.load(Languages.defaults()),
            messages());

    /** The site's own bundles, as the application reads them. */
    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private Map<String, Object> describe(String path, PageDescription page) {
        ModelAndView mav = new ModelAndView("some/view");
        if (page != null) {
            mav.addObject(PageDescription.ATTRIBUTE, page);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        interceptor.postHandle(new MockHttpServletRequest("GET", path), response, new Object(), mav);
        mav.addObject("lastModifiedHeader", response.getHeader("Last-Modified"));
        return mav.getModel();
    }

    @Test
    void anErrorPageLeadsHomeInTheOtherLanguageButAStaffAddressStaysWithout() {
        assertThat(errorPage("/no-such-page")).containsKey("languageLinks");
        assertThat(errorPage("/es/no-existe")).containsKey("languageLinks");
        assertThat(errorPage("/staff/no-such-page")).doesNotContainKey("languageLinks");
    }

    /** The error dispatch of a failed address, as the servlet container makes it: {@code /error}, status 404. */
    private Map<String, Object> errorPage(String failed) {
        ModelAndView mav = new ModelAndView("error/404");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, failed);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(404);
        interceptor.postHandle(request, response, new Object(), mav);
        return mav.getModel();
    }

    @Test
    void aReviewedArticleNamesItsReviewerAndDateAndAnUnreviewedOneClaimsNoReview() {
        PageDescription.Review reviewed =
                new PageDescription.Review(null, null, LocalDate.parse("2026-06-16"), "Dr. A, PT", null, null, null);
        Map<String, Object> withReview = describe(
                "/articles/a",
                new PageDescription("A", "About A", "/articles/a", null, new PageDescription.MedicalWebPage(reviewed)));
        Map<String, Object> without = describe(
                "/articles/b",
                new PageDescription(
                        "B",
                        null,
                        "/articles/b",
                        null,
                        new PageDescription.MedicalWebPage(
                                new PageDescription.Review(null, null, null, null, null, null, null))));

        assertThat((String) withReview.get("jsonLd"))
                .contains("\"@type\":\"MedicalWebPage\"")
                .contains("\"lastReviewed\":\"2026-06-16\"")
                .contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"Dr. A, PT\"}");
        assertThat((String) without.get("jsonLd"))
                .contains("\"@type\":\"MedicalWebPage\"")
                .doesNotContain("lastReviewed")
                .doesNotContain("reviewedBy");
        assertThat(withReview.get("ogType")).isEqualTo("article");
    }

    @Test
    void theCanonicalAddressAndLastModifiedComeFromTheDescription() {
        Map<String, Object> model = describe(
                "/exercises/x-preview",
                new PageDescription(
                        "X",
                        "Do X",
                        "/exercises/x",
                        Instant.parse("2026-11-30T10:00:00Z"),
                        new PageDescription.HowTo(List.of("<p>Lie down</p>"), Duration.ofSeconds(60), null)));

        assertThat(model.get("canonicalUrl")).isEqualTo(BASE + "/exercises/x");
        assertThat(model.get("lastModifiedHeader")).isEqualTo("Mon, 30 Nov 2026 10:00:00 GMT");
        assertThat((String) model.get("jsonLd"))
                .contains("\"@type\":\"HowTo\"")
                .contains("\"totalTime\":\"PT1M\"")
                .contains("\"text\":\"Lie down\"");
        assertThat(model.get("ogType")).isEqualTo("website");
    }

    @Test
    void aPublicPageThatDescribesNothingIsAWebPageNamedAfterTheSite() {
        Map<String, Object> model = describe("/search", null);

        assertThat(model.get("ogTitle")).isEqualTo("Clinic X");
        assertThat(model.get("pageDescription")).asString().endsWith("physical therapists at Clinic X.");
        assertThat(model.get("canonicalUrl")).isEqualTo(BASE + "/search");
        assertThat((String) model.get("jsonLd")).contains("\"@type\":\"WebPage\"");
    }

    @Test
    void staffPagesAndSignInThatDescribeNothingGetNoMetadata() {
        for (String path : List.of("/staff/bookings", "/login")) {
            Map<String, Object> model = describe(path, null);
            assertThat(model).as(path).doesNotContainKeys("canonicalUrl", "jsonLd", "ogTitle");
        }
    }

    @Test
    void seoImportsNoFeature() throws Exception {
        Path seo = Path.of("src/main/java/com/empowerfitness/guide/seo");
        try (Stream<Path> files = Files.list(seo)) {
            List<String> imports = files.flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream();
                        } catch (java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    })
                    .filter(line -> line.startsWith("import com.empowerfitness.guide."))
                    .toList();
            assertThat(imports).isNotEmpty();
            assertThat(imports)
                    .allMatch(line -> line.startsWith("import com.empowerfitness.guide.config.")
                            || line.startsWith("import com.empowerfitness.guide.content.")
                            || line.startsWith("import com.empowerfitness.guide.i18n.")
                            || line.startsWith("import com.empowerfitness.guide.web."));
        }
    }
}
