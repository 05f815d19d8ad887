package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.web.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the {@link PageDescription} a controller put into the model into what the layout shows for sharing and
 * search: {@code canonicalUrl} (absolute, from {@code guide.base-url}), {@code ogTitle}, {@code ogType},
 * {@code pageDescription} and {@code jsonLd} (schema.org, see {@link StructuredData}), plus the page's
 * {@code Last-Modified}. A public page that describes nothing is a plain web page named after the site; staff
 * pages and sign-in ({@link PublicPaths}) that describe nothing get nothing.
 */
class PageMetadataInterceptor implements HandlerInterceptor {

    private final String baseUrl;

    private final String siteName;

    private final String defaultDescription;

    private final StructuredData structuredData;

    PageMetadataInterceptor(String baseUrl, String siteName, StructuredData structuredData) {
        this.baseUrl = baseUrl;
        this.siteName = siteName;
        this.defaultDescription = defaultDescription(siteName);
        this.structuredData = structuredData;
    }

    /** What a page says about itself when it says nothing (the layout's fallback is the same sentence). */
    static String defaultDescription(String siteName) {
        return "Trustworthy, practical advice on lower back muscle spasms from the physical therapists at " + siteName
                + ".";
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
        PageDescription page;
        if (model.get(PageDescription.ATTRIBUTE) instanceof PageDescription described) {
            page = described;
        } else if (PublicPaths.isPublic(request)) {
            page = PageDescription.webPage(null, null);
        } else {
            return;
        }
        if (page.lastModified() != null) {
            response.setDateHeader(
                    HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        }
        String title = page.title() != null ? page.title() : siteName;
        String description = page.description() != null ? page.description() : defaultDescription;
        model.put("pageDescription", description);
        model.put("ogTitle", title);
        model.put("ogType", page.ogType());
        if (response.getStatus() >= 400) {
            return; // error pages: no canonical address, nothing to describe to search engines
        }
        String url = baseUrl + (page.canonicalPath() != null ? page.canonicalPath() : request.getRequestURI());
        model.put("canonicalUrl", url);
        model.put("jsonLd", StructuredData.toScriptText(structuredData.of(page, url, title, description)));
    }
}
