package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interface text bundles ({@code i18n/messages*.properties}): a key missing in one language would show the
 * English text (or the key) in that language's page, so it is a test failure here instead.
 */
class MessageBundlesTest {

    private static final Path MAIN = Path.of("src/main/resources/i18n");

    /** The test-only right-to-left fixture language's bundle is held to the same rule. */
    private static final Path TEST = Path.of("src/test/resources/i18n");

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** The staff and editor pages stay English and use no keys; every other template is the patients'. */
    private static final Set<String> STAFF_TEMPLATES = Set.of("staff", "editor", "scheduling/calendar");

    /** {@code #{key}} or {@code #{key(args)}}, and {@code #messages.msg('key'...)}. */
    private static final Pattern KEY_USE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]|#messages\\.msg\\('([^']+)'");

    @Test
    void everyLanguageHasEveryKeyOfTheDefaultBundleAndNoOther() throws IOException {
        Map<String, String> english = load(MAIN.resolve("messages.properties"));
        List<Path> others = otherBundles();
        assertThat(others).extracting(Path::toString).anyMatch((name) -> name.endsWith("messages_es.properties"));
        for (Path bundle : others) {
            Map<String, String> translated = load(bundle);
            assertThat(translated.keySet())
                    .as("keys of %s missing there", bundle)
                    .containsAll(english.keySet());
            assertThat(english.keySet())
                    .as("keys of %s that English lacks", bundle)
                    .containsAll(translated.keySet());
        }
    }

    @Test
    void noMessageIsEmptyAndEveryApostropheIsDoubledForMessageFormat() throws IOException {
        List<Path> bundles = new ArrayList<>(otherBundles());
        bundles.add(MAIN.resolve("messages.properties"));
        for (Path bundle : bundles) {
            load(bundle).forEach((key, value) -> {
                assertThat(value.strip()).as("%s in %s", key, bundle).isNotEmpty();
                // spring.messages.always-use-message-format: a single ' would swallow the text after it.
                assertThat(value.replace("''", "")).as("%s in %s", key, bundle).doesNotContain("'");
            });
        }
    }

    @Test
    void spanishTextIsNotTheEnglishTextLeftUntranslated() throws IOException {
        Map<String, String> english = load(MAIN.resolve("messages.properties"));
        Map<String, String> spanish = load(MAIN.resolve("messages_es.properties"));
        // Words that read the same in both languages, and patterns built of numbers and symbols.
        Set<String> same = Set.of("layout.titleSuffix", "form.errorPrefix", "form.errorTitle", "form.no");
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, value) -> {
            if (!same.contains(key) && value.equals(spanish.get(key))) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).as("Spanish messages equal to the English").isEmpty();
    }

    @Test
    void everyKeyThePatientTemplatesUseIsInTheDefaultBundle() throws IOException {
        Map<String, String> english = load(MAIN.resolve("messages.properties"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
                String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (STAFF_TEMPLATES.stream().anyMatch((dir) -> relative.startsWith(dir + "/"))) {
                    continue;
                }
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(used).as("keys found in the templates").hasSizeGreaterThan(150);
        assertThat(english.keySet()).containsAll(used);
    }

    private static List<Path> otherBundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path dir : List.of(MAIN, TEST)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter((f) -> f.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
                        .sorted()
                        .forEach(bundles::add);
            }
        }
        return bundles;
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach((key) -> map.put(key, properties.getProperty(key)));
        return map;
    }
}
