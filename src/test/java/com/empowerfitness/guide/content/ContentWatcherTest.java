package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Live reload against a real application context and a real folder: each change must be seen within 2 seconds.
 * The context is closed after the class, which also checks that the watcher stops cleanly.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ContentWatcherTest {

    private static final Duration LIVE_WITHIN = Duration.ofSeconds(2);

    @TempDir
    static Path root;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        ContentFixtures.write(root, "articles/causes.md", ContentFixtures.ARTICLE);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", root::toString);
        registry.add("guide.content.watch", () -> "true");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ContentErrorRepository errors;

    @Autowired
    ContentWatcher watcher;

    private static String article(String title, String body) {
        return """
                ---
                title: %s
                ---
                %s
                """.formatted(title, body);
    }

    private int status(String path) throws Exception {
        return mockMvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private String body(String path) throws Exception {
        return mockMvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    /** Polls until the condition holds; fails when it does not within 2 seconds of the change. */
    private static void liveWithinTwoSeconds(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + LIVE_WITHIN.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was not live within " + LIVE_WITHIN.toSeconds() + " s");
            }
            Thread.sleep(25);
        }
    }

    @Test
    void aNewFileIsLiveWithinTwoSeconds() throws Exception {
        assertThat(status("/articles/new-page")).isEqualTo(404);

        ContentFixtures.write(root, "articles/new-page.md", article("A new page", "Fresh text."));

        liveWithinTwoSeconds("the new page", () -> status("/articles/new-page") == 200);
    }

    @Test
    void aChangedFileIsLiveWithinTwoSeconds() throws Exception {
        ContentFixtures.write(root, "articles/changing.md", article("Before the edit", "Old text."));
        liveWithinTwoSeconds(
                "the first version", () -> body("/articles/changing").contains("Before the edit"));

        ContentFixtures.write(root, "articles/changing.md", article("After the edit", "New text."));

        liveWithinTwoSeconds("the edit", () -> body("/articles/changing").contains("After the edit"));
    }

    @Test
    void aDeletedFileIsGoneWithinTwoSeconds() throws Exception {
        Path file = ContentFixtures.write(root, "articles/short-lived.md", article("Short lived", "Soon gone."));
        liveWithinTwoSeconds("the page", () -> status("/articles/short-lived") == 200);

        Files.delete(file);

        liveWithinTwoSeconds("the deletion", () -> status("/articles/short-lived") == 404);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodPageAndRecordsTheError() throws Exception {
        ContentFixtures.write(root, "articles/fragile.md", article("Fragile but fine", "Good text."));
        liveWithinTwoSeconds("the good version", () -> body("/articles/fragile").contains("Fragile but fine"));

        ContentFixtures.write(root, "articles/fragile.md", """
                ---
                title: Fragile and broken
                last_reviewed: 2026-13-01
                ---
                Broken text.
                """);

        liveWithinTwoSeconds(
                "the error",
                () -> errors.findAll().stream()
                        .anyMatch(e -> e.getPath().equals("articles/fragile.md")
                                && Integer.valueOf(3).equals(e.getLine())));
        assertThat(body("/articles/fragile")).contains("Fragile but fine").doesNotContain("Fragile and broken");
    }

    @Test
    void aFileInANewFolderIsLiveWithinTwoSeconds() throws Exception {
        assertThat(status("/exercises/pelvic-tilts")).isEqualTo(404);

        Files.createDirectories(root.resolve("exercises"));
        ContentFixtures.write(root, "exercises/pelvic-tilts.md", ContentFixtures.EXERCISE);

        liveWithinTwoSeconds("the exercise in the new folder", () -> status("/exercises/pelvic-tilts") == 200);
    }

    @Test
    void theWatcherStopsAndStartsAgain() throws Exception {
        assertThat(watcher.isRunning()).isTrue();

        watcher.stop();
        assertThat(watcher.isRunning()).isFalse();

        watcher.start();
        assertThat(watcher.isRunning()).isTrue();
        ContentFixtures.write(root, "articles/after-restart.md", article("After the restart", "Text."));
        liveWithinTwoSeconds("the page after the restart", () -> status("/articles/after-restart") == 200);
    }
}
