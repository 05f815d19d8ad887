package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.config.GuideProperties;
import org.springframework.stereotype.Component;

/** The site's public address and name, for absolute links in feeds, sitemaps and robots.txt. */
@Component
class PublicSite {

    private final String baseUrl;

    private final String name;

    PublicSite(GuideProperties properties) {
        this.baseUrl = properties.baseUrl();
        this.name = properties.siteName();
    }

    /** An absolute URL for a site path starting with {@code /}. */
    String url(String path) {
        return baseUrl + path;
    }

    String name() {
        return name;
    }

    /** Text without the control characters XML 1.0 cannot hold (an XML writer escapes everything else). */
    static String xmlText(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
