package com.empowerfitness.guide.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The one conditional-GET rule of the site, used for a freshly rendered page ({@link PageCachingFilter}) and for
 * a page replayed from {@link RenderedPageCache} alike: Spring's {@link ServletWebRequest#checkNotModified}
 * (RFC 9110 order: {@code If-None-Match}, compared weakly, takes precedence over {@code If-Modified-Since}).
 */
final class ConditionalGet {

    private ConditionalGet() {}

    /** Whether the request carries a validator at all; only then is there anything to check. */
    static boolean isConditional(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
    }

    /**
     * True, with the status set to 304, when the client's copy is still current: the caller then sends no body.
     *
     * @param etag the page's ETag, or null
     * @param lastModifiedMillis the page's Last-Modified in epoch milliseconds, or -1
     */
    static boolean notModified(
            HttpServletRequest request, HttpServletResponse response, String etag, long lastModifiedMillis) {
        // Checking costs header and date parsing: not for the plain requests that make up most of the traffic.
        return isConditional(request)
                && new ServletWebRequest(request, response).checkNotModified(etag, lastModifiedMillis);
    }

    /** A weak ETag from the body's bytes (weak: Tomcat may compress the body after this, and it stays true). */
    static String weakEtag(InputStream body) throws IOException {
        return "W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
    }
}
