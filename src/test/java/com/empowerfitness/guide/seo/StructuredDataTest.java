package com.empowerfitness.guide.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.support.SharedContextTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON-LD, canonical links, Open Graph and descriptions on the real pages built from {@code content/}. */
class StructuredDataTest extends SharedContextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The configured guide.base-url (application.properties; GUIDE_BASE_URL is not set in tests). */
    private static final String BASE = "http://localhost:8080";

    private Document page(String uri) throws Exception {
        MvcResult result = mockMvc.perform(get(uri)).andReturn();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static JsonNode jsonLd(Document page) {
        List<Element> scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void articleIsAMedicalWebPageAboutTheConditionWithoutAReviewThatDidNotHappen() throws Exception {
        JsonNode ld = jsonLd(page("/articles/when-to-worry"));

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(ld.get("name").asString()).isEqualTo("When should I be worried about back spasms?");
        assertThat(ld.get("url").asString()).isEqualTo(BASE + "/articles/when-to-worry");
        assertThat(ld.has("lastReviewed")).isFalse();
        assertThat(ld.has("reviewedBy")).isFalse();
        assertThat(ld.has("author")).isFalse();
        assertThat(ld.get("isBasedOn").get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(ld.get("isBasedOn").get("name").asString())
                .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
        assertThat(ld.get("isBasedOn").get("author").get("name").asString()).isEqualTo("Dr. Ezra Miller, PT, DPT");
        assertThat(ld.get("isBasedOn").get("datePublished").asString()).isEqualTo("2026-06-16");
        assertThat(ld.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(ld.get("about").get("name").asString()).isEqualTo("Lower back muscle spasm");
    }

    @Test
    void faqPageListsEveryQuestionWithItsAnswerText() throws Exception {
        Document page = page("/faq");
        JsonNode ld = jsonLd(page);

        assertThat(ld.get("@type").asString()).isEqualTo("FAQPage");
        List<String> questions = page.select("section.faq-item > h2").eachText();
        assertThat(ld.get("mainEntity")
                        .valueStream()
                        .map(q -> q.get("name").asString())
                        .toList())
                .isEqualTo(questions)
                .isNotEmpty();
        JsonNode first = ld.get("mainEntity").get(0);
        assertThat(first.get("@type").asString()).isEqualTo("Question");
        assertThat(first.get("acceptedAnswer").get("text").asString())
                .isEqualTo(page.selectFirst("section.faq-item .faq-answer").text());
    }

    @Test
    void exerciseIsAHowToWithItsStepsAndTotalTime() throws Exception {
        Document page = page("/exercises/knee-to-chest");
        JsonNode ld = jsonLd(page);

        assertThat(ld.get("@type").asString()).isEqualTo("HowTo");
        assertThat(ld.get("step")
                        .valueStream()
                        .map(s -> s.get("text").asString())
                        .toList())
                .isEqualTo(page.select("ol.steps > li").eachText());
        assertThat(ld.get("step").get(0).get("@type").asString()).isEqualTo("HowToStep");
        // 30 seconds at most, once, on both sides
        assertThat(ld.get("totalTime").asString()).isEqualTo("PT1M");
        assertThat(jsonLd(page("/exercises/pelvic-tilts")).get("totalTime").asString())
                .as("5 s x 15 repetitions")
                .isEqualTo("PT1M15S");
    }

    @Test
    void homeDescribesTheClinicAsAMedicalOrganization() throws Exception {
        JsonNode graph = jsonLd(page("/")).get("@graph");

        JsonNode org = graph.valueStream()
                .filter(n -> n.get("@type").asString().equals("MedicalOrganization"))
                .findFirst()
                .orElseThrow();
        assertThat(org.get("name").asString()).isEqualTo("Empower Fitness");
        assertThat(org.get("url").asString()).isEqualTo(BASE + "/");
        assertThat(org.get("telephone").asString()).isEqualTo("(555) 010-0199");
    }

    @Test
    void everyPublicPageHasCanonicalOpenGraphDescriptionAndJsonLd() throws Exception {
        for (String path : List.of(
                "/",
                "/articles/causes",
                "/exercises",
                "/exercises/cat-cow",
                "/exercises/routine",
                "/exercises/print",
                "/faq",
                "/book",
                "/book/request",
                "/privacy",
                "/check",
                "/check/result?flag=1")) {
            Document page = page(path);
            String canonical = BASE + path.replaceAll("\\?.*", "");
            assertThat(page.select("head link[rel=canonical]").attr("href"))
                    .as(path)
                    .isEqualTo(canonical);
            assertThat(page.select("head meta[property=og:url]").attr("content"))
                    .as(path)
                    .isEqualTo(canonical);
            assertThat(page.select("head meta[property=og:title]").attr("content"))
                    .as(path)
                    .isNotBlank();
            assertThat(page.select("head meta[property=og:description]").attr("content"))
                    .as(path)
                    .isNotBlank();
            assertThat(page.select("head meta[name=description]").attr("content"))
                    .as(path)
                    .isNotBlank();
            assertThat(page.select("head meta[property=og:type]").attr("content"))
                    .as(path)
                    .isEqualTo(path.startsWith("/articles/") ? "article" : "website");
            assertThat(jsonLd(page).get("@context").asString()).as(path).isEqualTo("https://schema.org");
        }
    }

    @Test
    void eachFeatureNamesItsOwnPages() throws Exception {
        Map<String, String> titles = Map.of(
                "/exercises/routine", "Follow-along routine",
                "/exercises/print", "Home-exercise sheet",
                "/book", "Book an appointment",
                "/book/request", "Book a consultation",
                "/privacy", "Privacy notice",
                "/articles/causes", page("/articles/causes").selectFirst("h1").text());
        for (Map.Entry<String, String> expected : titles.entrySet()) {
            assertThat(page(expected.getKey())
                            .select("head meta[property=og:title]")
                            .attr("content"))
                    .as(expected.getKey())
                    .isEqualTo(expected.getValue());
        }
        assertThat(page("/check/result?flag=1")
                        .select("head meta[property=og:title]")
                        .attr("content"))
                .startsWith("Your result – ");
    }

    @Test
    void scriptTextCannotCloseTheScriptElement() {
        String hostile = "Heat & ice </script><script>alert(1)</script> <!-- >";

        String text = StructuredData.toScriptText(java.util.Map.of("name", hostile));

        assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(JSON.readTree(text).get("name").asString()).isEqualTo(hostile);
    }
}
