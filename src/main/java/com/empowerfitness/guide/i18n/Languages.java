package com.empowerfitness.guide.i18n;

import com.empowerfitness.guide.config.GuideProperties;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The languages of the guide ({@code guide.languages}, {@code guide.default-language}) and the one rule for which
 * language a request is in: the first segment of its path ({@code /es/...} is Spanish), anything else the default
 * language. Never the client's address and never {@code Accept-Language}, so a page's address alone says its
 * language (search engines, shared links and the page cache rely on that).
 */
public final class Languages {

    private final List<Language> all;

    private final Language defaultLanguage;

    public Languages(List<String> codes, String defaultCode) {
        List<Language> list = new ArrayList<>();
        list.add(new Language(defaultCode, true));
        for (String code : codes) {
            if (!code.equals(defaultCode)) {
                list.add(new Language(code, false));
            }
        }
        this.all = List.copyOf(list);
        this.defaultLanguage = list.get(0);
    }

    public static Languages of(GuideProperties properties) {
        return new Languages(properties.languages(), properties.defaultLanguage());
    }

    /** English and Spanish, English the default: what a test or a tool gets without configuration. */
    public static Languages defaults() {
        return of(GuideProperties.defaults());
    }

    /** Every language, the default one first. */
    public List<Language> all() {
        return all;
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** Every language but the default one (their content lives in {@code content/<code>/}). */
    public List<Language> translations() {
        return all.subList(1, all.size());
    }

    public Optional<Language> find(String code) {
        return all.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The language of {@code code}, or the default language when the guide has no such language. */
    public Language byCode(String code) {
        return find(code).orElse(defaultLanguage);
    }

    /** The language a path inside the application is in: its first segment when that names a language. */
    public Language ofPath(String path) {
        if (path == null || path.length() < 2 || path.charAt(0) != '/') {
            return defaultLanguage;
        }
        int end = path.indexOf('/', 1);
        String first = path.substring(1, end < 0 ? path.length() : end);
        for (Language language : translations()) {
            if (language.code().equals(first)) {
                return language;
            }
        }
        return defaultLanguage;
    }

    /** The path without its language prefix: {@code /es/articulos/x} is {@code /articulos/x}, {@code /es} is {@code /}. */
    public String withoutPrefix(String path) {
        Language language = ofPath(path);
        if (language.isDefault()) {
            return path;
        }
        String rest = path.substring(language.prefix().length());
        return rest.isEmpty() ? "/" : rest;
    }

    /**
     * The language of a request, from its path. An error page is in the language of the address that failed (the
     * error dispatch's own path is {@code /error}).
     */
    public Language of(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = (failed instanceof String s) ? s : request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return ofPath(uri);
    }

    /** The language of the request being handled on this thread; the default language outside a request. */
    public Language current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return of(servlet.getRequest());
        }
        return defaultLanguage;
    }
}
