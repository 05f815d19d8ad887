package com.empowerfitness.guide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over real HTTP, as curl, link checkers and browsers ask: an unknown page is the HTML 404 page unless the client
 * asks for JSON; and every page names the clinic from {@code guide.site-name}, never from a template.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"guide.site-name=Northside Physio", "guide.base-url=https://guide.northside.example///"})
class NotFoundAndSiteNameTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
    }

    @LocalServerPort
    int port;

    /** The status line, headers and body of one GET, written by hand so that no client adds headers. */
    private String get(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    private static String contentType(String response) {
        return response.lines()
                .filter(line -> line.toLowerCase().startsWith("content-type:"))
                .findFirst()
                .orElse("");
    }

    @Test
    void anUnknownPageAskedForWithAnyTypeOrNoneIsTheHtml404Page() throws IOException {
        for (List<String> headers : List.of(List.of("Accept: */*"), List.<String>of(), List.of("Accept: text/html"))) {
            String response = get("/no-such-page", headers.toArray(String[]::new));

            assertThat(statusLine(response)).as(headers.toString()).contains(" 404");
            assertThat(contentType(response)).as(headers.toString()).contains("text/html");
            assertThat(response)
                    .as(headers.toString())
                    .contains("Page not found")
                    .contains("<html");
        }
    }

    @Test
    void onlyAClientThatAsksForJsonGetsJson() throws IOException {
        String response = get("/no-such-page", "Accept: application/json");

        assertThat(statusLine(response)).contains(" 404");
        assertThat(contentType(response)).contains("application/json");
        assertThat(response).contains("\"status\":404").doesNotContain("<html");
    }

    @Test
    void everyPageNamesTheConfiguredClinic() throws IOException {
        for (String path : List.of("/", "/articles/causes", "/exercises/print", "/book", "/privacy", "/login", "/x")) {
            String response = get(path, "Accept: text/html");
            String title = response.substring(response.indexOf("<title>"), response.indexOf("</title>"));

            assertThat(title).as(path).contains("Northside Physio");
            assertThat(response).as(path).contains("<span class=\"brand-name\">Northside Physio</span>");
        }
        for (String path : List.of("/book/request", "/privacy", "/login", "/x")) {
            // Pages without the clinic's own content or data (/book lists the appointment types' places, which are
            // the clinic's data): nothing names the default clinic.
            assertThat(get(path, "Accept: text/html")).as(path).doesNotContain("Empower Fitness");
        }
        assertThat(get("/", "Accept: text/html"))
                .contains("<meta property=\"og:site_name\" content=\"Northside Physio\">");
        assertThat(get("/book/request", "Accept: text/html"))
                .as("a page without a description of its own gets the site's")
                .contains("physical therapists at Northside Physio.");
    }

    @Test
    void theBaseUrlIsTrimmedOnceForEveryAbsoluteLink() throws IOException {
        assertThat(get("/articles/causes", "Accept: text/html"))
                .contains("<link rel=\"canonical\" href=\"https://guide.northside.example/articles/causes\">");
        assertThat(get("/sitemap.xml"))
                .contains("<loc>https://guide.northside.example/articles/causes</loc>")
                .doesNotContain("example//");
        assertThat(get("/feed.xml")).contains("Northside Physio").doesNotContain("example//");
    }
}
