package com.empowerfitness.guide.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The request's locale from its address alone ({@link Languages#of}): {@code /es/...} is Spanish, every other path
 * the default language. {@code Accept-Language} and the client's address are never read, so the same address
 * always gives the same page (and the page cache may keep it).
 */
public class PathLocaleResolver implements LocaleResolver {

    private final Languages languages;

    public PathLocaleResolver(Languages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languages.of(request).locale();
    }

    /** A page's language is its address: there is nothing to set. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the address (/es/...), not set");
    }
}
