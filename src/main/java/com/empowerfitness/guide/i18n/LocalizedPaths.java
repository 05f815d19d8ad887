package com.empowerfitness.guide.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one table of addresses per language: {@code i18n/paths_<code>.properties} on the class path maps each
 * default-language path pattern to the language's own ({@code /articles/{slug}=/articulos/{slug}}), without the
 * {@code /<code>} prefix. Controllers keep their English mappings: every mapped pattern in the table is also
 * mapped under each language's address ({@link LocalizedRequestMappings}), and every link a template builds with
 * {@code @{...}} on a page of that language is turned into the language's address ({@link LocalizedLinksFilter}).
 * Java code that writes an address (a redirect, an email's link) asks {@link #link}. A path not in the table has
 * no translated address (static files, the staff area). Tables write variables as {@code {name}}; a controller's
 * {@code {name:regex}} maps to the table's {@code {name}} and keeps its regex in the language's pattern.
 */
public final class LocalizedPaths {

    private final Languages languages;

    /** Per language code: default pattern to localized pattern (without prefix), in file order. */
    private final Map<String, Map<String, String>> tables;

    public LocalizedPaths(Languages languages, Map<String, Map<String, String>> tables) {
        this.languages = languages;
        Map<String, Map<String, String>> copy = new HashMap<>();
        tables.forEach((code, table) -> copy.put(code, Map.copyOf(table)));
        this.tables = Map.copyOf(copy);
    }

    /** The tables of every non-default language, read from {@code i18n/paths_<code>.properties}. */
    public static LocalizedPaths load(Languages languages) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Language language : languages.translations()) {
            tables.put(language.code(), read("i18n/paths_" + language.code() + ".properties"));
        }
        return new LocalizedPaths(languages, tables);
    }

    private static Map<String, String> read(String resource) {
        InputStream in = LocalizedPaths.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Map.of(); // the language has no addresses yet: nothing answers under its prefix
        }
        Properties properties = new Properties();
        try (in) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + resource, ex);
        }
        Map<String, String> table = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> table.put(key, properties.getProperty(key)));
        return table;
    }

    public Languages languages() {
        return languages;
    }

    /**
     * The patterns a controller mapping {@code pattern} also answers: the localized pattern under each language's
     * prefix, for each language whose table has it. The home page {@code /} also answers {@code /es} (the address
     * people type).
     */
    public List<String> localizedPatterns(String pattern) {
        List<String> patterns = new ArrayList<>();
        String plain = withoutRegexes(pattern);
        for (Language language : languages.translations()) {
            String localized = tables.getOrDefault(language.code(), Map.of()).get(plain);
            if (localized == null) {
                continue;
            }
            localized = withRegexesOf(pattern, localized);
            patterns.add(language.prefix() + localized);
            if (localized.equals("/")) {
                patterns.add(language.prefix());
            }
        }
        return patterns;
    }

    /**
     * A default-language address ({@code /articles/causas?x=1#y}) as the same kind of page is addressed in
     * {@code language} ({@code /es/articulos/causas?x=1#y}); empty when the table has no such page. The path's
     * variable parts (a slug, a tag) are kept as they are: the caller gives the language's own slug.
     */
    public Optional<String> localize(Language language, String address) {
        if (language.isDefault()) {
            return Optional.of(address);
        }
        int cut = firstOf(address, '?', '#');
        String path = address.substring(0, cut);
        String rest = address.substring(cut);
        Map<String, String> table = tables.getOrDefault(language.code(), Map.of());
        return bestMatch(table.keySet(), path)
                .map(pattern -> language.prefix()
                        + expand(table.get(pattern), match(pattern, path).orElseThrow())
                        + rest);
    }

    /**
     * The address a page of {@code language} links {@code address} (a default-language address) by: its
     * localized address, or the address itself when the language has none for it (a static file, the staff area).
     * For Java code that builds links or redirects; templates get the same through {@code @{...}}.
     */
    public String link(Language language, String address) {
        return localize(language, address).orElse(address);
    }

    /** {@link #link(Language, String)} in the language of the request being handled on this thread. */
    public String link(String address) {
        return link(languages.current(), address);
    }

    /** The default-language address of a page addressed in its own language; empty when it has none. */
    public Optional<String> toDefault(String address) {
        int cut = firstOf(address, '?', '#');
        String path = address.substring(0, cut);
        String rest = address.substring(cut);
        Language language = languages.ofPath(path);
        if (language.isDefault()) {
            return Optional.of(address);
        }
        String inner = languages.withoutPrefix(path);
        Map<String, String> reverse = new HashMap<>();
        tables.getOrDefault(language.code(), Map.of()).forEach((from, to) -> reverse.put(to, from));
        return bestMatch(reverse.keySet(), inner)
                .map(pattern ->
                        expand(reverse.get(pattern), match(pattern, inner).orElseThrow()) + rest);
    }

    /** The same kind of page in another language: through the default-language address. */
    public Optional<String> translate(String address, Language target) {
        return toDefault(address).flatMap(path -> localize(target, path));
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /**
     * The matching pattern with the fewest variables ({@code /exercises/routine} before {@code /exercises/{slug}},
     * {@code /book/confirmed} before {@code /book/{slug}}), then the one whose first variable comes latest
     * ({@code /book/manage/{token}} before {@code /book/{slug}/details}), then the first in order: the same page
     * whatever order the table is read in.
     */
    private static Optional<String> bestMatch(java.util.Collection<String> patterns, String path) {
        return patterns.stream()
                .filter(pattern -> match(pattern, path).isPresent())
                .min(java.util.Comparator.comparingInt(LocalizedPaths::variables)
                        .thenComparing(java.util.Comparator.comparingInt(LocalizedPaths::firstVariable)
                                .reversed())
                        .thenComparing(java.util.Comparator.naturalOrder()));
    }

    private static int variables(String pattern) {
        return (int) Arrays.stream(pattern.split("/", -1))
                .filter(LocalizedPaths::isVariable)
                .count();
    }

    private static int firstVariable(String pattern) {
        String[] segments = pattern.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (isVariable(segments[i])) {
                return i;
            }
        }
        return segments.length;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** {@code /book/{slug:[a-z0-9-]+}} as the tables write it: {@code /book/{slug}}. */
    private static String withoutRegexes(String pattern) {
        String[] p = pattern.split("/", -1);
        for (int i = 0; i < p.length; i++) {
            if (isVariable(p[i])) {
                p[i] = "{" + name(p[i]) + "}";
            }
        }
        return String.join("/", p);
    }

    /**
     * The localized pattern with the controller's own variable segments ({@code {slug:[a-z0-9-]+}}), so that it
     * accepts exactly what the default-language pattern accepts.
     */
    private static String withRegexesOf(String pattern, String localized) {
        Map<String, String> segments = new HashMap<>();
        for (String segment : pattern.split("/", -1)) {
            if (isVariable(segment)) {
                segments.put(name(segment), segment);
            }
        }
        String[] l = localized.split("/", -1);
        for (int i = 0; i < l.length; i++) {
            if (isVariable(l[i])) {
                l[i] = segments.getOrDefault(name(l[i]), l[i]);
            }
        }
        return String.join("/", l);
    }

    /** Segment by segment; {@code {name}} or {@code {name:regex}} matches any one non-empty segment. */
    private static Optional<Map<String, String>> match(String pattern, String path) {
        String[] p = pattern.split("/", -1);
        String[] s = path.split("/", -1);
        if (p.length != s.length) {
            return Optional.empty();
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i].startsWith("{") && p[i].endsWith("}")) {
                if (s[i].isEmpty()) {
                    return Optional.empty();
                }
                vars.put(name(p[i]), s[i]);
            } else if (!p[i].equals(s[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    private static String expand(String pattern, Map<String, String> vars) {
        String[] p = pattern.split("/", -1);
        for (int i = 0; i < p.length; i++) {
            if (p[i].startsWith("{") && p[i].endsWith("}")) {
                p[i] = vars.getOrDefault(name(p[i]), p[i]);
            }
        }
        return String.join("/", p);
    }

    private static String name(String variable) {
        String inner = variable.substring(1, variable.length() - 1);
        int colon = inner.indexOf(':');
        return colon < 0 ? inner : inner.substring(0, colon);
    }
}
