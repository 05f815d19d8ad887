package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.check.CheckPage;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.faq.Faq;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the layout needs for sharing and search to every public page, from what the controller already put
 * in the model: {@code canonicalUrl} (absolute, from {@code guide.base-url}), {@code ogTitle}, {@code ogType},
 * {@code pageDescription} (when the page set none) and {@code jsonLd} (schema.org, see {@link StructuredData}).
 * Done here, in one place, so that the feature controllers stay unaware of it.
 */
class PageMetadataInterceptor implements HandlerInterceptor {

    static final String DEFAULT_DESCRIPTION = "Trustworthy, practical advice on lower back muscle spasms from the "
            + "physical therapists at Empower Fitness.";

    /** Titles of pages whose model has no titled content object. */
    private static final Map<String, String> VIEW_TITLES = Map.of(
            "exercise/list",
            "Lower back muscle spasm exercises",
            "exercise/routine",
            "Follow-along routine",
            "exercise/print",
            "Home-exercise sheet",
            "booking/form",
            "Book a consultation",
            "booking/privacy",
            "Privacy notice",
            "booking/confirmation",
            "Request received");

    private final String baseUrl;

    private final String siteName;

    private final StructuredData structuredData;

    PageMetadataInterceptor(String baseUrl, String siteName, StructuredData structuredData) {
        this.baseUrl = baseUrl;
        this.siteName = siteName;
        this.structuredData = structuredData;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null
                || mav.getViewName() == null
                || mav.getViewName().startsWith("redirect:")
                || mav.getViewName().startsWith("forward:")
                || mav.getViewName().startsWith("staff/")) {
            return;
        }
        Map<String, Object> model = mav.getModel();
        String view = mav.getViewName();
        lastModified(model).ifPresent(time -> response.setDateHeader(HttpHeaders.LAST_MODIFIED, time.toEpochMilli()));
        String url = baseUrl + request.getRequestURI();
        String title = title(model, view);
        if (model.get("pageDescription") == null) {
            model.put("pageDescription", description(model));
        }
        String description = (String) model.get("pageDescription");
        model.putIfAbsent("ogTitle", title);
        model.put("ogType", model.get("article") instanceof Article ? "article" : "website");
        if (response.getStatus() >= 400) {
            return; // error pages: no canonical address, nothing to describe to search engines
        }
        model.put("canonicalUrl", url);
        model.put("jsonLd", StructuredData.toScriptText(jsonLd(model, view, url, title, description)));
    }

    private Object jsonLd(Map<String, Object> model, String view, String url, String title, String description) {
        if (model.get("article") instanceof Article article) {
            return structuredData.article(article, url);
        }
        if (model.get("exercise") instanceof Exercise exercise) {
            return structuredData.howTo(exercise, url);
        }
        if ("faq/list".equals(view) && model.get("faqs") instanceof List<?> faqs) {
            return structuredData.faqPage(faqs.stream().map(Faq.class::cast).toList(), url, title);
        }
        if ("home/index".equals(view)) {
            return structuredData.home(url, title, description);
        }
        return structuredData.webPage(url, title, description);
    }

    /**
     * Content pages: when their entity was last stored. (Neighbour links may change without it; browsers also
     * send If-None-Match, and the ETag covers the whole page.)
     */
    private static Optional<Instant> lastModified(Map<String, Object> model) {
        if (model.get("article") instanceof Article article) {
            return Optional.ofNullable(article.getPage().getUpdatedAt());
        }
        if (model.get("exercise") instanceof Exercise exercise) {
            return Optional.ofNullable(exercise.getPage().getUpdatedAt());
        }
        return Optional.empty();
    }

    private String title(Map<String, Object> model, String view) {
        if (model.get("pageTitle") instanceof String title) {
            return title;
        }
        if (model.get("article") instanceof Article article) {
            return article.getTitle();
        }
        if (model.get("exercise") instanceof Exercise exercise) {
            return exercise.getTitle();
        }
        if (model.get("check") instanceof CheckPage check) {
            return "check/result".equals(view) ? "Your result – " + check.getTitle() : check.getTitle();
        }
        if (model.get("home") instanceof ContentBlock home && "home/index".equals(view)) {
            return home.getTitle();
        }
        if ("faq/list".equals(view)) {
            return model.get("page") instanceof ContentBlock page ? page.getTitle() : "Frequently asked questions";
        }
        if ("exercise/list".equals(view) && model.get("intro") instanceof ContentBlock intro) {
            return intro.getTitle();
        }
        return VIEW_TITLES.getOrDefault(view, siteName);
    }

    private static String description(Map<String, Object> model) {
        for (String key : List.of("home", "page", "intro")) {
            if (model.get(key) instanceof ContentBlock block && block.getSummary() != null) {
                return block.getSummary();
            }
        }
        return DEFAULT_DESCRIPTION;
    }
}
