package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A site started on a folder holding every file that used to stop it or roll back the other files' changes
 * (issue 11.1, 11.2): each is its own content error with its path and reason, and every other page is published.
 * Also an article with a tag that is not address-safe, and hostile tag addresses over real HTTP (issue 11.7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ContentLimitsSiteTest {

    private static final Path ROOT = tempDir("guide-content-");

    private static final Path OUTSIDE = tempDir("guide-outside-");

    private static final Path DATA = tempDir("guide-data-");

    private static final String FRONT = "---\ntitle: %s\n---\n";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContentFixtures.write(ROOT, "home.md", ContentFixtures.HOME);
        ContentFixtures.write(ROOT, "articles/causes.md", ContentFixtures.ARTICLE);
        ContentFixtures.write(ROOT, "articles/good-neighbour.md", FRONT.formatted("A good neighbour") + "Fine.\n");
        // About 2 KB each: a thousand nested list markers, ten thousand quote markers.
        ContentFixtures.write(ROOT, "articles/nested-lists.md", FRONT.formatted("Lists") + "- ".repeat(1000) + "x\n");
        ContentFixtures.write(ROOT, "articles/nested-quotes.md", FRONT.formatted("Quotes") + ">".repeat(10_000) + "\n");
        writeHugeFile(ROOT.resolve("articles/huge.md"), 20L * 1024 * 1024);
        ContentFixtures.write(ROOT, "articles/amplified.md", amplified());
        Path secret = ContentFixtures.write(OUTSIDE, "secret.md", FRONT.formatted("Outside the folder") + "Secret.\n");
        Files.createSymbolicLink(ROOT.resolve("articles/outside.md"), secret);
        ContentFixtures.write(ROOT, "articles/bad-tag.md", """
                ---
                title: A bad tag
                tags: [posture, ../../staff]
                ---
                Text.
                """);
        ContentFixtures.write(ROOT, "refused/page.md", FRONT.formatted("Refused") + "Refused by the database.\n");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", ROOT::toString);
    }

    /**
     * A file well under the size limit whose HTML is longer than the page column (1,000,000 characters): each
     * {@code [a]} becomes a whole link to the address defined once.
     */
    private static String amplified() {
        String text = FRONT.formatted("Amplified")
                + "[a]: /articles/causes-of-lower-back-muscle-spasms-and-what-helps-them-most\n\n"
                + "[a] ".repeat(15_000) + "\n";
        assertThat(text.length()).isLessThan(64 * 1024);
        return text;
    }

    private static void writeHugeFile(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        String paragraph = "Back spasms are common and usually get better with gentle movement. ".repeat(10) + "\n\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FRONT.formatted("Huge"));
            for (long written = 0; written < bytes; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
    }

    /** A content type whose rows the database refuses, as an oversized or otherwise invalid row would be. */
    @TestConfiguration
    static class RefusedType {

        record Refused(ContentFile file) implements ProcessedContent {

            @Override
            public String key() {
                return file.path();
            }

            @Override
            public Integer keyLine() {
                return null;
            }

            @Override
            public Meta meta() {
                return new Meta(
                        null, null, null, null, null, null, false, null, null, null, null, null, null, null, null);
            }
        }

        @Bean
        ContentType refusedContentType(EntityManager entityManager) {
            return new ContentType() {
                @Override
                public String description() {
                    return "refused pages";
                }

                @Override
                public String place() {
                    return "refused/*.md";
                }

                @Override
                public boolean accepts(String relativePath) {
                    return relativePath.startsWith("refused/");
                }

                @Override
                public List<String> keys() {
                    return List.of();
                }

                @Override
                public ProcessedContent process(RenderedPage page) {
                    return new Refused(page.file());
                }

                @Override
                public Map<String, StoredSource> storedSources() {
                    return Map.of();
                }

                @Override
                public void remove(String sourcePath) {}

                @Override
                public Optional<ContentError> save(ProcessedContent content, Instant now) {
                    // The lock row exists: a primary-key violation, raised by the database itself.
                    entityManager
                            .createNativeQuery("INSERT INTO content_load_lock (id) VALUES (1)")
                            .executeUpdate();
                    return Optional.empty();
                }
            };
        }
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ContentErrorRepository errors;

    private int status(String path) throws Exception {
        return mockMvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private Map<String, String> errorsByPath() {
        return errors.findAll().stream()
                .collect(Collectors.toMap(ContentErrorRecord::getPath, ContentErrorRecord::getMessage, (a, b) -> a));
    }

    @Test
    void theSiteStartsAndEveryGoodPageIsPublished() throws Exception {
        assertThat(status("/")).isEqualTo(200);
        assertThat(status("/articles/causes")).isEqualTo(200);
        assertThat(status("/articles/good-neighbour")).isEqualTo(200);
        for (String slug : List.of("nested-lists", "nested-quotes", "huge", "amplified", "outside")) {
            assertThat(status("/articles/" + slug)).as(slug).isEqualTo(404);
        }
    }

    @Test
    void eachBadFileIsItsOwnErrorAndNoneIsBlamedOnTheFolder() {
        Map<String, String> byPath = errorsByPath();

        assertThat(byPath.get("articles/nested-lists.md")).contains("nested more than 32 deep");
        assertThat(byPath.get("articles/nested-quotes.md")).contains("quotes", "nested more than 32 deep");
        assertThat(byPath.get("articles/huge.md")).contains("20.0 MB", "more than the 256 KB");
        assertThat(byPath.get("articles/amplified.md")).contains("the article's HTML", "more than the 1,000,000");
        assertThat(byPath.get("articles/outside.md")).contains("symbolic link");
        assertThat(byPath.get("refused/page.md")).contains("the database refused this page");
        assertThat(byPath.get("articles/bad-tag.md")).contains("`tags`: ../../staff");
        assertThat(byPath).hasSize(7);
        assertThat(errors.findAll())
                .filteredOn(e -> e.getPath().equals("articles/nested-lists.md"))
                .singleElement()
                .satisfies(e -> assertThat(e.getLine()).isEqualTo(4));
    }

    @Test
    void aLinkedFileIsNeverPublishedNorInTheSitemap() throws Exception {
        String sitemap =
                mockMvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();

        assertThat(sitemap).contains("/articles/causes").doesNotContain("outside");
        String search = mockMvc.perform(get("/search").param("q", "Secret"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(search).doesNotContain("Outside the folder");
    }

    @LocalServerPort
    int port;

    @Test
    void anArticleWithABadTagIsAContentErrorAndNeverAServerError() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        assertThat(httpGet(http, "/articles/bad-tag").statusCode()).isEqualTo(404);
        assertThat(httpGet(http, "/articles/causes").statusCode()).isEqualTo(200);
        assertThat(httpGet(http, "/tags/posture").statusCode()).isEqualTo(200);
        assertThat(httpGet(http, "/tags/posture").body()).doesNotContain("A bad tag");
        assertThat(errors.findAll())
                .filteredOn(e -> e.getPath().equals("articles/bad-tag.md"))
                .singleElement()
                .satisfies(e -> assertThat(e.getLine()).isEqualTo(3));
    }

    @Test
    void hostileTagAddressesAnswerNotFoundOrBadRequestNeverAServerError() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> encoded = List.of(
                "..%2F..%2Fstaff",
                "%2e%2e%2f%2e%2e%2fstaff",
                "..%5C..%5Cstaff",
                "%7Bx%7D",
                "x".repeat(2_000),
                "%C3%BC%E2%80%AE%F0%9F%92%A5",
                "%00",
                "%ED%A0%80",
                "%FF%FE");
        for (String tag : encoded) {
            HttpResponse<String> answer = httpGet(http, "/tags/" + tag);
            assertThat(answer.statusCode()).as(tag).isIn(400, 404);
            assertThat(answer.body()).as(tag).doesNotContain("Exception", "at com.");
        }
        // What a client may send without encoding it, and a tag longer than Tomcat reads.
        for (String raw : List.of("{x}", "../../staff", "..\\..\\staff", "x".repeat(20_000))) {
            assertThat(rawStatus("/tags/" + raw)).as(raw).isIn(400, 404);
        }
    }

    private HttpResponse<String> httpGet(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int rawStatus(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
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
