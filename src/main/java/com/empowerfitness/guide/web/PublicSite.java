package com.empowerfitness.guide.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The site's public address and name, for absolute links in feeds, sitemaps and robots.txt. */
@Component
class PublicSite {

    private final String baseUrl;

    private final String name;

    PublicSite(
            @Value("${guide.base-url:http://localhost:8080}") String baseUrl,
            @Value("${guide.site-name:Empower Fitness}") String name) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.name = name;
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
