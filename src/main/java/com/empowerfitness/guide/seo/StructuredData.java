package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.config.GuideProperties;
import java.util.ArrayList;
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
    private Map<String, Object> home(String url, String title, String description) {
        Map<String, Object> site = node("WebSite");
        site.put("name", title);
        site.put("url", url);
        putIfPresent(site, "description", description);
        site.put("publisher", Map.of("@id", baseUrl + "/#organization"));
        return graph(List.of(organization(), site));
    }

    /** The JSON-LD of a described page in {@code language} (schema.org {@code inLanguage}, a BCP 47 code). */
    Map<String, Object> of(PageDescription described, String url, String title, String description, String language) {
        Map<String, Object> data = of(described, url, title, description);
        if (data.get("@graph") instanceof List<?> nodes && !nodes.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) nodes.get(nodes.size() - 1);
            page.put("inLanguage", language);
        } else {
            data.put("inLanguage", language);
        }
        return data;
    }

    /** The JSON-LD of a described page at its canonical {@code url}. */
    Map<String, Object> of(PageDescription described, String url, String title, String description) {
        PageDescription.Kind kind = described.kind();
        if (kind instanceof PageDescription.Home) {
            return home(url, title, description);
        }
        if (kind instanceof PageDescription.MedicalWebPage page) {
            return medicalWebPage(page, url, title, described.description());
        }
        if (kind instanceof PageDescription.HowTo howTo) {
            return howTo(howTo, url, title, described.description());
        }
        if (kind instanceof PageDescription.FaqPage faqs) {
            return faqPage(faqs, url, title);
        }
        return webPage(url, title, description);
    }

    private Map<String, Object> medicalWebPage(
            PageDescription.MedicalWebPage article, String url, String title, String summary) {
        Map<String, Object> page = node("MedicalWebPage");
        page.put("name", title);
        page.put("headline", title);
        page.put("url", url);
        putIfPresent(page, "description", summary);
        page.put("about", condition());
        page.put("audience", typed("PeopleAudience", "audienceType", "Patient"));
        review(page, article.review());
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    private Map<String, Object> faqPage(PageDescription.FaqPage faqs, String url, String title) {
        Map<String, Object> page = node("FAQPage");
        page.put("name", title);
        page.put("url", url);
        page.put("about", condition());
        page.put(
                "mainEntity",
                faqs.questions().stream()
                        .map(faq -> {
                            Map<String, Object> question = node("Question");
                            question.put("name", faq.question());
                            Map<String, Object> answer = node("Answer");
                            answer.put("text", text(faq.answerHtml()));
                            question.put("acceptedAnswer", answer);
                            return question;
                        })
                        .toList());
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    private Map<String, Object> howTo(PageDescription.HowTo exercise, String url, String title, String summary) {
        Map<String, Object> howTo = node("HowTo");
        howTo.put("name", title);
        howTo.put("url", url);
        putIfPresent(howTo, "description", summary);
        if (exercise.totalTime() != null) {
            howTo.put("totalTime", exercise.totalTime().toString());
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < exercise.stepsHtml().size(); i++) {
            Map<String, Object> step = node("HowToStep");
            step.put("position", i + 1);
            step.put("text", text(exercise.stepsHtml().get(i)));
            steps.add(step);
        }
        howTo.put("step", steps);
        howTo.put("about", condition());
        review(howTo, exercise.review());
        howTo.put("publisher", organizationRef());
        return withContext(howTo);
    }

    /** Any other page: a plain web page of the clinic's site. */
    Map<String, Object> webPage(String url, String title, String description) {
        Map<String, Object> page = node("WebPage");
        page.put("name", title);
        page.put("url", url);
        putIfPresent(page, "description", description);
        page.put("isPartOf", typed("WebSite", "name", siteName, "url", baseUrl + "/"));
        page.put("publisher", organizationRef());
        return withContext(page);
    }

    /** Review and authorship, each only when recorded: never a claim the content file does not make. */
    private static void review(Map<String, Object> node, PageDescription.Review review) {
        if (review == null) {
            return;
        }
        // A review is claimed to search engines only as patients see it: once a clinician has reviewed the page.
        if (review.lastReviewed() != null && review.reviewedBy() != null) {
            node.put("lastReviewed", review.lastReviewed().toString());
            node.put("reviewedBy", typed("Person", "name", review.reviewedBy()));
        }
        if (review.basedOn() != null) {
            Map<String, Object> source = node("CreativeWork");
            source.put("name", review.basedOn());
            if (review.basedOnAuthor() != null) {
                source.put("author", typed("Person", "name", review.basedOnAuthor()));
            }
            if (review.basedOnDate() != null) {
                source.put("datePublished", review.basedOnDate().toString());
            }
            node.put("isBasedOn", source);
        }
        if (review.published() != null) {
            node.put("datePublished", review.published().toString());
        }
        if (review.author() != null) {
            node.put("author", typed("Person", "name", review.author()));
        }
    }

    private static Map<String, Object> condition() {
        return typed("MedicalCondition", "name", CONDITION);
    }

    private Map<String, Object> organizationRef() {
        return typed("MedicalOrganization", "@id", baseUrl + "/#organization", "name", siteName);
    }

    private static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /** A node with its {@code @type} first and then the given keys and values, in that order (stable JSON). */
    private static Map<String, Object> typed(String type, Object... keysAndValues) {
        Map<String, Object> node = node(type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
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
