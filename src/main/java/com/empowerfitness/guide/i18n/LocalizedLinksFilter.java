package com.empowerfitness.guide.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a page in a non-default language, every link a template builds with {@code @{/exercises}} (Thymeleaf passes
 * each through {@code encodeURL}) becomes the language's address ({@code /es/ejercicios}), so templates name each
 * page once, by its default-language path. Links with no address in the language ({@code /css/site.css}) and
 * links already in a language stay as they are.
 */
class LocalizedLinksFilter extends OncePerRequestFilter {

    private final LocalizedPaths paths;

    LocalizedLinksFilter(LocalizedPaths paths) {
        this.paths = paths;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = paths.languages().of(request);
        if (language.isDefault()) {
            chain.doFilter(request, response);
            return;
        }
        String context = request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(localized(url, context, language));
            }
        });
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page of a Spanish address links to Spanish pages
    }

    private String localized(String url, String context, Language language) {
        if (url == null || !url.startsWith(context + "/") || url.startsWith("//")) {
            return url;
        }
        String path = url.substring(context.length());
        if (!paths.languages().ofPath(path).isDefault()) {
            return url; // already an address in a language (the language switcher's own links)
        }
        return paths.localize(language, path).map(p -> context + p).orElse(url);
    }
}
