package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import com.empowerfitness.guide.support.HttpSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Live reload survives what used to end it silently (issue 11.1): a file that nests too deeply; and when watching itself fails, operators see it on the health endpoint and editors on
 * /staff/content, until the watcher has recovered by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveReloadFailureTest {

    /** Generous: the watcher's own retry and debounce, on a machine shared with other builds. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private static final Path ROOT = tempDir("guide-content-");

    private static final Path DATA = tempDir("guide-data-");

    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        writeGuide();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", ROOT::toString);
        registry.add("guide.content.watch", () -> "true");
    }

    private static void writeGuide() {
        ContentFixtures.write(ROOT, "home.md", ContentFixtures.HOME);
        ContentFixtures.write(ROOT, "articles/causes.md", ContentFixtures.ARTICLE);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ContentErrorRepository errors;

    @Autowired
    StaffUserService staffUsers;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String article(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body + "\n";
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int status(String path) throws Exception {
        return get(port, path).statusCode();
    }

    private String health() throws Exception {
        return get(managementPort, "/actuator/health").body();
    }

    private static void within(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + WITHIN.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aDeeplyNestedFileWhileRunningIsItsErrorAndALaterEditIsStillLoaded() throws Exception {
        ContentFixtures.write(ROOT, "articles/nested.md", article("Nested", "- ".repeat(1000) + "x"));

        within(
                "the nesting error",
                () -> errors.findAll().stream()
                        .anyMatch(e -> e.getPath().equals("articles/nested.md")
                                && e.getMessage().contains("nested more than")));

        ContentFixtures.write(ROOT, "articles/after-nested.md", article("After the nested file", "Fine."));
        within("the later edit", () -> status("/articles/after-nested") == 200);
        assertThat(status("/articles/nested")).isEqualTo(404);
    }

    @Test
    void aWatcherThatCannotWatchIsDownInHealthAndOnTheContentPageUntilItRecovers() throws Exception {
        assertThat(health()).contains("\"liveReload\":{\"status\":\"UP\"}");
        String editor = "editor-" + System.nanoTime() % 100_000;
        staffUsers.createWithPassword("test", editor, Set.of(StaffRole.EDITOR), PASSWORD);
        HttpClient staff =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(HttpSignIn.signIn(staff, "http://localhost:" + port, editor, PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        try {
            deleteTree(ROOT);

            within("liveReload DOWN", () -> health().contains("\"liveReload\":{\"status\":\"DOWN\"}"));
            assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(503);
            assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                    .as("the stored pages still serve")
                    .isEqualTo(200);
            assertThat(contentPage(staff)).contains("Live reload has stopped");
            assertThat(status("/articles/causes")).isEqualTo(200);
        } finally {
            writeGuide();
        }

        within("liveReload UP again", () -> health().contains("\"liveReload\":{\"status\":\"UP\"}"));
        assertThat(contentPage(staff)).doesNotContain("Live reload has stopped");
        ContentFixtures.write(ROOT, "articles/after-recovery.md", article("After the recovery", "Text."));
        within("a change after the recovery", () -> status("/articles/after-recovery") == 200);
    }

    private String contentPage(HttpClient staff) throws Exception {
        HttpResponse<String> page = staff.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/content"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
