package com.empowerfitness.guide.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one rule for which addresses are private: the staff area, signing in and out, and the booking form. A
 * private page belongs to one visitor (personal data, a CSRF token), so no browser or shared cache may keep it,
 * the page cache never stores it and it has no canonical address. Everything else is a public page of the guide.
 * Security uses {@link #staffArea()} for the part that needs a sign-in.
 */
public final class PublicPaths {

    /** The staff area, behind a sign-in. */
    public static final String STAFF = "/staff";

    /** The public booking form and its follow-up pages (confirmation, privacy notice). */
    public static final String BOOKING = "/book";

    public static final String LOGIN = "/login";

    public static final String LOGOUT = "/logout";

    /**
     * The booking pages under each language's own address ({@code /es/reservar}), from the {@code /book} line of
     * every {@code i18n/paths_<code>.properties} on the class path: a new language's table is enough.
     */
    private static final List<String> LOCALIZED_BOOKING = localizedBooking();

    private static final RequestMatcher STAFF_AREA = request -> inStaffArea(pathOf(request));

    private static final RequestMatcher PRIVATE = request -> isPrivate(pathOf(request));

    private PublicPaths() {}

    /**
     * The request's path inside the application, decoded (no context path, query string or {@code ;} parameters),
     * as Spring MVC maps it: {@code /st%61ff} is the staff area too. Most paths need no decoding, so the common
     * case costs a substring.
     */
    public static String pathOf(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        if (raw.indexOf('%') < 0 && raw.indexOf(';') < 0) {
            return raw;
        }
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    /** Whether the page at {@code path} belongs to one visitor; see the class comment. */
    public static boolean isPrivate(String path) {
        return inStaffArea(path)
                || under(path, BOOKING)
                || LOCALIZED_BOOKING.stream().anyMatch(prefix -> under(path, prefix))
                || under(withoutLanguageSegment(path), BOOKING)
                || path.equals(LOGIN)
                || path.equals(LOGOUT);
    }

    /** The booking prefix of each language table that names one. */
    static List<String> localizedBooking() {
        List<String> prefixes = new ArrayList<>();
        try {
            for (Resource table :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/paths_*.properties")) {
                String name = table.getFilename();
                String code = name.substring("paths_".length(), name.length() - ".properties".length());
                Properties properties = new Properties();
                try (InputStream in = table.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                String booking = properties.getProperty(BOOKING);
                if (booking != null && !booking.equals(BOOKING)) {
                    prefixes.add("/" + code + booking);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the address tables", ex);
        }
        return List.copyOf(prefixes);
    }

    /**
     * A language's booking pages with the English addresses under its prefix ({@code /ar/book}, as a language
     * without addresses of its own has them) are private too: a first segment of two or three lower-case letters
     * is dropped. Counting one page too many as private costs only caching.
     */
    private static String withoutLanguageSegment(String path) {
        int end = path.indexOf('/', 1);
        if (end < 3 || end > 4) {
            return path;
        }
        for (int i = 1; i < end; i++) {
            char c = path.charAt(i);
            if (c < 'a' || c > 'z') {
                return path;
            }
        }
        return path.substring(end);
    }

    /**
     * A private page a patient sees (the booking flow in any language), as opposed to the staff area and signing
     * in and out, which are in the default language only.
     */
    public static boolean isPatientPage(String path) {
        return isPrivate(path) && !inStaffArea(path) && !path.equals(LOGIN) && !path.equals(LOGOUT);
    }

    public static boolean isPublic(HttpServletRequest request) {
        return !isPrivate(pathOf(request));
    }

    /** {@code /staff} and everything below it. */
    public static RequestMatcher staffArea() {
        return STAFF_AREA;
    }

    /** Every private page ({@link #isPrivate}). */
    public static RequestMatcher privatePages() {
        return PRIVATE;
    }

    /** Whether {@code path} (as {@link #pathOf} gives it) is {@code /staff} or below it. */
    public static boolean inStaffArea(String path) {
        return under(path, STAFF);
    }

    /** The path itself or one below it ({@code /staff/x}), but not a sibling such as {@code /staffing}. */
    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
