package com.empowerfitness.guide.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request threads for pages while clients send request bodies slowly (issue 11.3). Tomcat reads a body on
 * the request thread, when the application asks for it, so a client that sends a {@code POST /book} one byte
 * every few seconds holds that thread for as long as it likes. Only {@code guide.http.body-threads} requests with a
 * body run at once; another one waits up to {@code guide.http.body-wait} while they serve fast requests, and is
 * answered 503 with {@code Retry-After} at once when they all hold slow ones
 * (its connection closed, its body never read), so the other request threads always serve pages. A body that
 * pauses longer than {@code guide.http.body-read-timeout} between two packets ends its request
 * ({@code config.TomcatConfig}). A reverse proxy that buffers whole requests (docs/operations.md) keeps slow
 * clients away from the site altogether; this is the site's own bound without one.
 */
@Component
class SlowBodyFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(SlowBodyFilter.class);

    private static final String BUSY_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Busy, please try again</title></head><body><main><h1>Busy, please try again</h1>"
            + "<p>The site is busy for a moment. Go back and send the form again in a few seconds; "
            + "nothing was sent yet.</p></main></body></html>";

    /** A request with a body that has run this long is waiting on its client, not on the site. */
    static final Duration SLOW_AFTER = Duration.ofMillis(500);

    private final Semaphore permits;

    /** When each request holding a body thread started ({@link System#nanoTime()}). */
    private final Map<Object, Long> holders = new ConcurrentHashMap<>();

    private final int bodyThreads;

    private final Duration wait;

    SlowBodyFilter(
            @Value("${guide.http.body-threads:2}") int bodyThreads,
            @Value("${guide.http.body-wait:2s}") Duration wait) {
        if (bodyThreads < 1) {
            throw new IllegalArgumentException("guide.http.body-threads must be at least 1, not " + bodyThreads);
        }
        this.bodyThreads = bodyThreads;
        this.permits = new Semaphore(bodyThreads, true);
        this.wait = wait;
    }

    @Override
    public int getOrder() {
        // Right after the page cache (HIGHEST + 10), whose hits stay as fast as they were, and before everything
        // that may read a body (Spring Session at HIGHEST + 50, security, parameters).
        return Ordered.HIGHEST_PRECEDENCE + 11;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            // No client address in the log.
            log.debug("All {} threads for request bodies are busy; {} answered 503", bodyThreads, request.getMethod());
            // Written here, not with sendError: the error page's dispatch runs the security filters again, whose
            // CSRF check reads the form parameters, which is the slow body this answer must not wait for.
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(BUSY_PAGE);
            return;
        }
        Object token = new Object();
        holders.put(token, System.nanoTime());
        try {
            chain.doFilter(request, response);
        } finally {
            holders.remove(token);
            permits.release();
        }
    }

    /**
     * Patients posting at the same moment take turns: a request waits up to {@code guide.http.body-wait} while a
     * body thread is busy with a request that started only just now (a normal body arrives in one packet and its
     * request ends within milliseconds). When every body thread has been busy for longer, they hold slow clients,
     * and waiting would hold this thread as well: the answer is 503 at once.
     */
    private boolean acquire() {
        if (permits.tryAcquire()) {
            return true;
        }
        long now = System.nanoTime();
        boolean allSlow = holders.values().stream().allMatch(start -> now - start > SLOW_AFTER.toNanos());
        if (allSlow) {
            return false;
        }
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
