package com.empowerfitness.guide.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Which other language, if any, a page may suggest to a patient: the one their browser's {@code Accept-Language}
 * ranks above the page's own language (by q-values), unless they have already made their choice ({@link #COOKIE}).
 * Only a suggestion: the page stays in the language of its address ({@link Languages}), nothing redirects.
 *
 * <p>The answer depends on two request headers alone, so the page cache can key a page's variants on it: none,
 * or one per language of the guide (a small, bounded set, whatever the header says). Whether the page exists in
 * that language is known only once it is rendered ({@link LanguageSuggestion#note}).
 */
public final class LanguageSuggestions {

    /** Set when the patient has chosen the language they read the guide in; its value is that language's code. */
    public static final String COOKIE = "guide-language";

    /** The suggestion is worked out once per request: the page cache and the page itself must agree. */
    private static final String ATTRIBUTE = LanguageSuggestions.class.getName() + ".candidate";

    /** Longer headers are not real browsers' and are not worth parsing. */
    private static final int MAX_HEADER_LENGTH = 512;

    private final Languages languages;

    public LanguageSuggestions(Languages languages) {
        this.languages = languages;
    }

    public Languages languages() {
        return languages;
    }

    /** The language to suggest on this request's page, or empty; the same answer every time for one request. */
    public Optional<Language> candidate(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Language language) {
            return Optional.of(language);
        }
        if (request.getAttribute(ATTRIBUTE) instanceof Boolean) {
            return Optional.empty();
        }
        Optional<Language> candidate = hasChosen(request)
                ? Optional.empty()
                : preferredOver(languages.of(request), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        request.setAttribute(ATTRIBUTE, candidate.isPresent() ? candidate.get() : Boolean.FALSE);
        return candidate;
    }

    /** Whether the patient has chosen a language of the guide ({@link #COOKIE}); then nothing is suggested. */
    boolean hasChosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())
                    && languages.find(cookie.getValue()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The guide's language that {@code acceptLanguage} ranks strictly above {@code page}, the highest ranked when
     * several are (the header's order breaks a tie); empty when the header is absent, malformed or ranks the
     * page's language as high. A {@code *} range ranks every language not named: it never suggests one.
     */
    Optional<Language> preferredOver(Language page, String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        Map<Language, Double> named = new HashMap<>();
        double anyOther = 0;
        Language best = null;
        for (Locale.LanguageRange range : ranges) { // highest weight first, the header's order kept within one
            String tag = range.getRange();
            double weight = range.getWeight();
            if (tag.equals("*")) {
                anyOther = Math.max(anyOther, weight);
                continue;
            }
            int dash = tag.indexOf('-');
            Optional<Language> language = languages.find(dash < 0 ? tag : tag.substring(0, dash));
            if (language.isEmpty()) {
                continue;
            }
            named.merge(language.get(), weight, Math::max);
            if (best == null && weight > 0 && !language.get().equals(page)) {
                best = language.get();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double pageWeight = named.getOrDefault(page, anyOther);
        return named.get(best) > pageWeight ? Optional.of(best) : Optional.empty();
    }
}
