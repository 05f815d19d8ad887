package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.faq.Faq;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for the pages, built as maps and written by Jackson (never by string concatenation), then
 * made safe inside {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} are written as
 * JSON escapes, so text such as {@code </script>} can never close the element.
 */
final class StructuredData {

    static final String CONTEXT = "https://schema.org";

    /** What every page of the guide is about. */
    static final String CONDITION = "Lower back muscle spasm";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    private final String siteName;

    private final GuideProperties.Clinic clinic;

    StructuredData(String baseUrl, String siteName, GuideProperties.Clinic clinic) {
        this.baseUrl = baseUrl;
        this.siteName = siteName;
        this.clinic = clinic;
    }

    /** JSON text that is safe as the content of a {@code <script type="application/ld+json">} element. */
    static String toScriptText(Object value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    Map<String, Object> organization() {
        Map<String, Object> org = node("MedicalOrganization");
        org.put("@id", baseUrl + "/#organization");
        org.put("name", siteName);
        org.put("url", baseUrl + "/");
        org.put("telephone", clinic.phone());
        org.put("email", clinic.email());
        org.put("medicalSpecialty", "https://schema.org/Physiotherapy");
        org.put("logo", baseUrl + "/favicon.svg");
        return org;
    }

    /** The home page: the clinic and the guide as a web site. */
    Map<String, Object> home(String url, String title, String description) {
        Map<String, Object> site = node("WebSite");
        site.put("name", title);
        site.put("url", url);
        putIfPresent(site, "description", description);
        site.put("publisher", Map.of("@id", baseUrl + "/#organization"));
        return graph(List.of(organization(), site));
    }

    Map<String, Object> article(Article article, String url) {
        Map<String, Object> page = node("MedicalWebPage");
        page.put("name", article.getTitle());
        page.put("headline", article.getTitle());
        page.put("url", url);
        putIfPresent(page, "description", article.getSummary());
        page.put("about", condition());
        page.put("audience", Map.of("@type", "PeopleAudience", "audienceType", "Patient"));
        meta(page, article.getPage());
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    Map<String, Object> faqPage(List<Faq> faqs, String url, String title) {
        Map<String, Object> page = node("FAQPage");
        page.put("name", title);
        page.put("url", url);
        page.put("about", condition());
        page.put(
                "mainEntity",
                faqs.stream()
                        .map(faq -> {
                            Map<String, Object> question = node("Question");
                            question.put("name", faq.getQuestion());
                            Map<String, Object> answer = node("Answer");
                            answer.put("text", text(faq.getAnswerHtml()));
                            question.put("acceptedAnswer", answer);
                            return question;
                        })
                        .toList());
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    Map<String, Object> howTo(Exercise exercise, String url) {
        Map<String, Object> howTo = node("HowTo");
        howTo.put("name", exercise.getTitle());
        howTo.put("url", url);
        putIfPresent(
                howTo, "description", exercise.getSummary() != null ? exercise.getSummary() : exercise.getPurpose());
        Duration total = totalTime(exercise);
        if (total != null) {
            howTo.put("totalTime", total.toString());
        }
        List<Map<String, Object>> steps = new java.util.ArrayList<>();
        for (int i = 0; i < exercise.getSteps().size(); i++) {
            Map<String, Object> step = node("HowToStep");
            step.put("position", i + 1);
            step.put("text", text(exercise.getSteps().get(i)));
            steps.add(step);
        }
        howTo.put("step", steps);
        howTo.put("about", condition());
        meta(howTo, exercise.getPage());
        howTo.put("publisher", organizationRef());
        return withContext(howTo);
    }

    /** Any other page: a plain web page of the clinic's site. */
    Map<String, Object> webPage(String url, String title, String description) {
        Map<String, Object> page = node("WebPage");
        page.put("name", title);
        page.put("url", url);
        putIfPresent(page, "description", description);
        page.put("isPartOf", Map.of("@type", "WebSite", "name", siteName, "url", baseUrl + "/"));
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    /**
     * The longest time through: the longest hold (or movement) times the most repetitions, on each side.
     * Null when the exercise has no time.
     */
    static Duration totalTime(Exercise exercise) {
        Integer seconds = exercise.getHoldMax() != null ? exercise.getHoldMax() : exercise.getMoveMax();
        if (seconds == null) {
            return null;
        }
        int reps = exercise.getRepsMax() != null ? exercise.getRepsMax() : 1;
        int sides = exercise.isBothSides() ? 2 : 1;
        return Duration.ofSeconds((long) seconds * reps * sides);
    }

    private static void meta(Map<String, Object> node, PageInfo page) {
        if (page == null) {
            return;
        }
        // A review is claimed to search engines only as patients see it: once a clinician has reviewed the page.
        if (page.isReviewed()) {
            node.put("lastReviewed", page.getLastReviewed().toString());
            node.put("reviewedBy", Map.of("@type", "Person", "name", page.getReviewedBy()));
        }
        if (page.getBasedOn() != null) {
            Map<String, Object> source = node("CreativeWork");
            source.put("name", page.getBasedOn());
            if (page.getBasedOnAuthor() != null) {
                source.put("author", Map.of("@type", "Person", "name", page.getBasedOnAuthor()));
            }
            if (page.getBasedOnDate() != null) {
                source.put("datePublished", page.getBasedOnDate().toString());
            }
            node.put("isBasedOn", source);
        }
        if (page.getPublished() != null) {
            node.put("datePublished", page.getPublished().toString());
        }
        if (page.getAuthor() != null) {
            node.put("author", Map.of("@type", "Person", "name", page.getAuthor()));
        }
    }

    private static Map<String, Object> condition() {
        return Map.of("@type", "MedicalCondition", "name", CONDITION);
    }

    private Map<String, Object> organizationRef() {
        return Map.of("@type", "MedicalOrganization", "@id", baseUrl + "/#organization", "name", siteName);
    }

    private static String text(String html) {
        return Jsoup.parse(html).text();
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> withContext(Map<String, Object> node) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("@context", CONTEXT);
        result.putAll(node);
        return result;
    }

    private static Map<String, Object> graph(List<Map<String, Object>> nodes) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("@context", CONTEXT);
        result.put("@graph", nodes);
        return result;
    }

    private static void putIfPresent(Map<String, Object> node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
