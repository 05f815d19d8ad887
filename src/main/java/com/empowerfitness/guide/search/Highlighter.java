package com.empowerfitness.guide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a search and where they occur in a text. Matching is case-insensitive over the original text
 * (never a lower-cased copy whose length may differ), and the result is a list of plain-text segments that the
 * template prints with {@code th:text}: every character is escaped by Thymeleaf, and only the {@code <mark>}
 * elements around matches are markup. No HTML string is ever built from the visitor's input.
 */
final class Highlighter {

    /** Longest query looked at; the rest is ignored (a 10,000-character query costs nothing). */
    static final int MAX_QUERY_LENGTH = 200;

    /** At most this many words of a query count. */
    static final int MAX_TERMS = 8;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final List<String> terms;

    private final Pattern pattern;

    private Highlighter(List<String> terms) {
        this.terms = terms;
        this.pattern = terms.isEmpty()
                ? null
                : Pattern.compile(
                        terms.stream().map(Highlighter::accentFolded).collect(Collectors.joining("|")),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Base letter to every precomposed Latin letter that is it with accents: {@code u} to {@code uúùûüū...}. */
    private static final Map<Character, String> ACCENTED = accentedLetters();

    private static Map<Character, String> accentedLetters() {
        Map<Character, StringBuilder> variants = new HashMap<>();
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            String base = fold(String.valueOf(c));
            if (base.length() == 1 && base.charAt(0) != c && base.charAt(0) < 128) {
                char key = Character.toLowerCase(base.charAt(0));
                variants.computeIfAbsent(key, k -> new StringBuilder().append(k))
                        .append(c);
            }
        }
        Map<Character, String> result = new HashMap<>();
        variants.forEach((k, v) -> result.put(k, v.toString()));
        return Map.copyOf(result);
    }

    /** The text without its accents ({@code músculo} is {@code musculo}). */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * A pattern for a search word that ignores accents both ways: "musculo" and "músculo" each match "músculo",
     * "musculo" and "MÚSCULO" (precomposed or with combining marks), so a patient need not type accents. It matches
     * in the original text, so the marked segments keep the page's own spelling.
     */
    static String accentFolded(String term) {
        StringBuilder regex = new StringBuilder();
        fold(term).codePoints().forEach(cp -> {
            String variants = cp < 128 ? ACCENTED.get(Character.toLowerCase((char) cp)) : null;
            if (variants == null) {
                regex.append(Pattern.quote(new String(Character.toChars(cp))));
            } else {
                regex.append('[').append(variants).append(']');
            }
            regex.append("\\p{M}*");
        });
        return regex.toString();
    }

    /** The query as searched: trimmed and cut to {@link #MAX_QUERY_LENGTH} characters (whole code points). */
    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip();
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            q = q.substring(0, q.offsetByCodePoints(0, MAX_QUERY_LENGTH));
        }
        return q;
    }

    /** Words of two characters or more (letters and digits of any script), longest first, at most 8. */
    static Highlighter of(String normalisedQuery) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NON_WORD.split(normalisedQuery)) {
            if (word.codePointCount(0, word.length()) >= 2 && words.size() < MAX_TERMS) {
                words.add(word);
            }
        }
        // Longest first, so that "spasms" is marked whole rather than as "spasm" + "s".
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return new Highlighter(List.copyOf(sorted));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    List<String> terms() {
        return terms;
    }

    /** How many times any of the words occurs in the text. */
    int count(String text) {
        if (pattern == null || text == null) {
            return 0;
        }
        return (int) pattern.matcher(text).results().count();
    }

    /** The whole text as segments, matches marked. */
    List<Segment> segments(String text) {
        return segments(text, 0, text.length());
    }

    /**
     * About {@code width} characters of the text around the first match, cut at spaces, as segments; the
     * start of the text when nothing matches.
     */
    List<Segment> snippet(String text, int width) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int first = 0;
        if (pattern != null) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                first = m.start();
            }
        }
        int start = Math.max(0, first - width / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + width);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        // Never cut a surrogate pair in half.
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        segments.addAll(segments(text, start, end));
        if (end < text.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }

    private List<Segment> segments(String text, int start, int end) {
        List<Segment> segments = new ArrayList<>();
        int at = start;
        if (pattern != null) {
            Matcher m = pattern.matcher(text).region(start, end);
            while (m.find()) {
                if (m.start() > at) {
                    segments.add(new Segment(text.substring(at, m.start()), false));
                }
                segments.add(new Segment(m.group(), true));
                at = m.end();
            }
        }
        if (at < end) {
            segments.add(new Segment(text.substring(at, end), false));
        }
        return segments;
    }

    /** A piece of text, marked when it matches the search. */
    record Segment(String text, boolean match) {}
}
