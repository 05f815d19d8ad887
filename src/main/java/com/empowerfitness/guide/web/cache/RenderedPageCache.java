package com.empowerfitness.guide.web.cache;

import com.empowerfitness.guide.content.ContentChangedEvent;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LanguageSuggestions;
import com.empowerfitness.guide.web.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;

/**
 * The rendered HTML of public pages as anonymous visitors get them, so that a repeat request skips the security
 * chain, the database and Thymeleaf ({@link PageCacheFilter} answers from here, {@link AnonymousPageFilter} says
 * which responses may be kept). Only GETs without a query string; never the booking form, staff pages or sign-in
 * ({@link PublicPaths#isPrivate}) or error pages.
 *
 * <p>Everything is dropped when content changes ({@link ContentChangedEvent}) and when the clock passes the next
 * {@code publish_at}/{@code expires_at} of any page, so a scheduled page appears and expires on time.
 *
 * <p>A page is kept once per language it may suggest ({@link LanguageSuggestions}: none, or one language of the
 * guide, from {@code Accept-Language} and the patient's choice cookie), so each patient gets the variant their
 * own request would render; the pages say so with {@code Vary} ({@link PageCachingFilter}).
 */
class RenderedPageCache {

    /** Pages kept at most; the guide has a few dozen, so reaching this means odd addresses: start over. */
    static final int MAX_ENTRIES = 500;

    /**
     * A response as it was sent: the body, its type, the validators and every other header (security headers,
     * Cache-Control), so that a cached answer is the same, byte for byte, as a rendered one.
     *
     * @param lastModifiedMillis {@code lastModified} parsed once here, not on every hit; -1 when there is none
     */
    record Page(
            byte[] body,
            String contentType,
            Locale locale,
            String etag,
            String lastModified,
            long lastModifiedMillis,
            List<Header> headers) {

        Page(byte[] body, String contentType, Locale locale, String etag, String lastModified, List<Header> headers) {
            this(body, contentType, locale, etag, lastModified, httpDateMillis(lastModified), headers);
        }
    }

    /** An HTTP date ({@code Last-Modified}) in epoch milliseconds, or -1 when absent or malformed. */
    static long httpDateMillis(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (DateTimeParseException ex) {
            return -1;
        }
    }

    record Header(String name, String value) {}

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** Bumped by every clear: a page rendered before a content change is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    private final ContentBoundaries boundaries;

    private final Clock clock;

    private final LanguageSuggestions suggestions;

    /** The cache is valid until this clinic-local time (the next publish/expiry boundary); null: not looked up. */
    private volatile Optional<LocalDateTime> validUntil;

    RenderedPageCache(ContentBoundaries boundaries, Clock clock, LanguageSuggestions suggestions) {
        this.boundaries = boundaries;
        this.clock = clock;
        this.suggestions = suggestions;
    }

    /**
     * The cache key of a request whose answer may be kept, or null: the address and the language the page may
     * suggest, if any. HTTP and HTTPS are kept apart: only HTTPS answers carry {@code Strict-Transport-Security}.
     */
    String keyOf(HttpServletRequest request) {
        String address = addressOf(request);
        if (address == null) {
            return null;
        }
        return suggestions
                .candidate(request)
                .map(Language::code)
                .map(code -> address + " suggesting " + code)
                .orElse(address);
    }

    private static String addressOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            return null;
        }
        String path = PublicPaths.pathOf(request);
        if (PublicPaths.isPrivate(path) || path.equals("/error") || path.startsWith("/error/")) {
            return null;
        }
        return (request.isSecure() ? "https:" : "http:") + path;
    }

    @EventListener
    void contentChanged(ContentChangedEvent event) {
        clear();
    }

    synchronized void clear() {
        generation.incrementAndGet();
        validUntil = null;
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    /** Taken before rendering and handed to {@link #put}, which then refuses a page rendered before a clear. */
    long generation() {
        return generation.get();
    }

    /** The kept page, or null; first drops everything if a publish or expiry time has passed. */
    Page get(String key) {
        checkBoundary();
        return pages.get(key);
    }

    synchronized void put(String key, Page page, long renderedInGeneration) {
        if (generation.get() != renderedInGeneration) {
            return;
        }
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, page);
    }

    private void checkBoundary() {
        Optional<LocalDateTime> until = validUntil;
        LocalDateTime now = LocalDateTime.now(clock);
        if (until != null && until.isPresent() && !now.isBefore(until.get())) {
            clear();
            until = null;
        }
        if (until == null) {
            long lookedUpIn = generation.get();
            Optional<LocalDateTime> next = boundaries.next(now);
            synchronized (this) {
                if (generation.get() == lookedUpIn) { // else content changed meanwhile: look up again next time
                    validUntil = next;
                }
            }
        }
    }
}
