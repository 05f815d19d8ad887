package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.i18n.HreflangLink;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LanguageLink;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.i18n.PageAlternates;
import com.empowerfitness.guide.web.PublicPaths;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the {@link PageDescription} a controller put into the model into what the layout shows for sharing and
 * search: {@code canonicalUrl} (absolute, from {@code guide.base-url}), {@code ogTitle}, {@code ogType},
 * {@code pageDescription} and {@code jsonLd} (schema.org, see {@link StructuredData}), plus the page's
 * {@code Last-Modified}. A public page that describes nothing is a plain web page named after the site; staff
 * pages and sign-in ({@link PublicPaths}) that describe nothing get nothing. Public pages get their {@code hreflang}
 * links and the language switcher; the booking flow gets the switcher only; staff pages stay in English.
 */
class PageMetadataInterceptor implements HandlerInterceptor {

    private final String baseUrl;

    private final String siteName;

    private final MessageSource messages;

    private final StructuredData structuredData;

    private final LocalizedPaths paths;

    PageMetadataInterceptor(
            String baseUrl,
            String siteName,
            StructuredData structuredData,
            LocalizedPaths paths,
            MessageSource messages) {
        this.paths = paths;
        this.baseUrl = baseUrl;
        this.siteName = siteName;
        this.structuredData = structuredData;
        this.messages = messages;
    }

    /** What a page says about itself when it says nothing, in its language (the layout's fallback too). */
    private String defaultDescription(Language language) {
        return messages.getMessage("layout.description", new Object[] {siteName}, language.locale());
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null
                || mav.getViewName() == null
                || mav.getViewName().startsWith("redirect:")
                || mav.getViewName().startsWith("forward:")) {
            return;
        }
        Map<String, Object> model = mav.getModel();
        Languages languages = paths.languages();
        Language language = languages.of(request);
        String requestPath =
                request.getRequestURI().substring(request.getContextPath().length());
        PageDescription page;
        if (model.get(PageDescription.ATTRIBUTE) instanceof PageDescription described) {
            page = described;
        } else if (PublicPaths.isPublic(request)) {
            page = PageDescription.webPage(null, null);
        } else {
            patientSwitcher(request, model, language, requestPath);
            return;
        }
        if (page.lastModified() != null) {
            response.setDateHeader(
                    HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        }
        String title = page.title() != null ? page.title() : siteName;
        String description = page.description() != null ? page.description() : defaultDescription(language);
        model.put("pageDescription", description);
        model.put("ogTitle", title);
        model.put("ogType", page.ogType());
        if (response.getStatus() >= 400) {
            // error pages: no canonical address, nothing to describe to search engines; the switcher leads home,
            // except for an address in the staff area, which stays in the default language
            Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String failedPath = failed instanceof String uri
                    ? uri.substring(request.getContextPath().length())
                    : requestPath;
            if (!PublicPaths.inStaffArea(failedPath)) {
                model.put("languageLinks", languageLinks(language, Map.of()));
            }
            return;
        }
        String path = page.canonicalPath() != null
                ? paths.localize(language, page.canonicalPath()).orElse(page.canonicalPath())
                : requestPath;
        String url = baseUrl + path;
        model.put("canonicalUrl", url);
        model.put(
                "jsonLd",
                StructuredData.toScriptText(structuredData.of(page, url, title, description, language.code())));
        if (!PublicPaths.isPublic(request)) {
            patientSwitcher(request, model, language, path);
            return;
        }
        Map<Language, String> alternates = alternates(model, language, path);
        model.put("hreflangLinks", hreflangLinks(languages, alternates));
        model.put("languageLinks", languageLinks(language, alternates));
    }

    /**
     * The page's address in each language it exists in: what its controller said ({@link PageAlternates}), else
     * every language whose address table knows the page (lists, search); the page's own address always.
     */
    private Map<Language, String> alternates(Map<String, Object> model, Language current, String path) {
        Map<Language, String> alternates = new LinkedHashMap<>();
        Languages languages = paths.languages();
        if (model.get(PageAlternates.ATTRIBUTE) instanceof Map<?, ?> given) {
            for (Language language : languages.all()) {
                if (given.get(language.code()) instanceof String defaultForm) {
                    alternates.put(
                            language, paths.localize(language, defaultForm).orElse(defaultForm));
                }
            }
        } else {
            for (Language language : languages.all()) {
                paths.translate(path, language).ifPresent(p -> alternates.put(language, p));
            }
        }
        alternates.put(current, path);
        Map<Language, String> ordered = new LinkedHashMap<>();
        for (Language language : languages.all()) {
            if (alternates.containsKey(language)) {
                ordered.put(language, alternates.get(language));
            }
        }
        return ordered;
    }

    /**
     * The booking flow's switcher: a patient may switch language mid-way, so it keeps what the address holds (the
     * week shown, the time picked: never personal details). No hreflang: these pages are not indexed. Staff pages
     * and signing in get nothing.
     */
    private void patientSwitcher(
            HttpServletRequest request, Map<String, Object> model, Language language, String path) {
        if (!PublicPaths.isPatientPage(PublicPaths.pathOf(request))) {
            return;
        }
        Map<Language, String> alternates = alternates(model, language, path);
        alternates.replaceAll((each, address) -> withQuery(address, request));
        model.put("languageLinks", languageLinks(language, alternates));
    }

    /** A GET's query string carried over to the same page in another language; a POST's form is not repeated. */
    private static String withQuery(String address, HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && query != null && !query.isEmpty() ? address + "?" + query : address;
    }

    /** One link per language, then {@code x-default}: the default language's page, else the page itself. */
    private List<HreflangLink> hreflangLinks(Languages languages, Map<Language, String> alternates) {
        List<HreflangLink> links = new ArrayList<>();
        alternates.forEach((language, path) -> links.add(new HreflangLink(language.code(), baseUrl + path)));
        String fallback = alternates.getOrDefault(
                languages.defaultLanguage(), alternates.values().iterator().next());
        links.add(new HreflangLink("x-default", baseUrl + fallback));
        return links;
    }

    /** Every other language: this page in it, or its home page when the page has no translation. */
    private List<LanguageLink> languageLinks(Language current, Map<Language, String> alternates) {
        List<LanguageLink> links = new ArrayList<>();
        for (Language language : paths.languages().all()) {
            if (language.equals(current)) {
                continue;
            }
            String path = alternates.get(language);
            links.add(new LanguageLink(language, path != null ? path : language.homePath(), path != null));
        }
        return links;
    }
}
