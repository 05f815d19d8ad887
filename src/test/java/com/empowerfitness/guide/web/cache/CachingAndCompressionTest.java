package com.empowerfitness.guide.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.config.WebManifestConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP caching, fingerprinting and compression as a browser sees them, through the real server and security chain. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CachingAndCompressionTest.ProbePage.class)
class CachingAndCompressionTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
    }

    /** A public HTML page of a realistic size (over Tomcat's 2 KB compression threshold), until real pages exist. */
    @TestConfiguration
    @RestController
    static class ProbePage {
        static final String PATH = "/test-probe/page";
        static final String BODY = "<!DOCTYPE html><html lang=\"en\"><title>Probe</title><main>"
                + "<p>Gentle movement helps a spasm settle.</p>".repeat(100) + "</main></html>";

        @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
        String page() {
            return BODY;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RenderedPageCache cache;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers()
                .firstValue("Content-Encoding")
                .filter("gzip"::equals)
                .isPresent()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void publicPageIsRevalidatedWithEtagAndAnswered304WhenUnchanged() throws Exception {
        HttpResponse<byte[]> first = get(ProbePage.PATH);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> second = get(ProbePage.PATH, "If-None-Match", etag);

        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(get(ProbePage.PATH, "If-None-Match", "W/\"0123456789abcdef\"")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPageFromTheCacheIsTheRenderedOneWithTheSameHeaders() throws Exception {
        cache.clear();
        HttpResponse<byte[]> rendered = get("/articles/causes");
        HttpResponse<byte[]> cached = get("/articles/causes");

        assertThat(rendered.headers().firstValue(PageCacheFilter.HIT_HEADER)).isEmpty();
        assertThat(cached.headers().firstValue(PageCacheFilter.HIT_HEADER)).hasValue("hit");
        assertThat(cached.body()).isEqualTo(rendered.body());
        assertThat(comparable(cached.headers().map()))
                .as("security headers, Cache-Control, ETag, Last-Modified, Content-Type, Content-Language ...")
                .isEqualTo(comparable(rendered.headers().map()))
                .containsKeys("content-security-policy", "x-frame-options", "etag", "last-modified", "cache-control");
    }

    @Test
    void theCacheAnswersRevalidationWith304() throws Exception {
        get("/exercises/cat-cow");
        HttpResponse<byte[]> cached = get("/exercises/cat-cow");
        assertThat(cached.headers().firstValue(PageCacheFilter.HIT_HEADER)).hasValue("hit");
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        String lastModified = cached.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byEtag = get("/exercises/cat-cow", "If-None-Match", etag);
        HttpResponse<byte[]> byDate = get("/exercises/cat-cow", "If-Modified-Since", lastModified);
        HttpResponse<byte[]> otherEtag =
                get("/exercises/cat-cow", "If-None-Match", "W/\"other\"", "If-Modified-Since", lastModified);

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherEtag.statusCode()).as("If-None-Match takes precedence").isEqualTo(200);
        assertThat(otherEtag.body()).isEqualTo(cached.body());
    }

    @Test
    void aVisitorWithACookieIsStillAnsweredFromTheCacheOnceKnownToBeAnonymous() throws Exception {
        HttpResponse<byte[]> page = get("/faq");
        HttpResponse<byte[]> withCookie = get("/faq", "Cookie", "SESSION=not-a-real-session");

        assertThat(withCookie.headers().firstValue(PageCacheFilter.HIT_HEADER)).hasValue("hit");
        assertThat(withCookie.body()).isEqualTo(page.body());
        assertThat(withCookie.headers().firstValue("Content-Security-Policy")).isNotEmpty();
    }

    @Test
    void aPageSaysItVariesOnLanguageAndCookieBesidesCompressionRenderedOrCached() throws Exception {
        cache.clear();
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> page = get("/articles/causes", "Accept-Encoding", "gzip", "Accept-Language", "es");
            assertThat(String.join(",", page.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT))
                    .as("round %d", round)
                    .contains("accept-language", "cookie", "accept-encoding");
        }
        HttpResponse<byte[]> css = get("/css/site.css");
        assertThat(String.join(",", css.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT))
                .as("a static file never varies on the language")
                .doesNotContain("accept-language");
    }

    /**
     * The language note rides on a shared, cached page, so it carries no CSRF token; the patient's "do not suggest
     * it again" is posted from a page of their own, with the site's cookie token, as a browser does it.
     */
    @Test
    void theLanguageChoiceRoundTripsWithTheSitesCookieCsrfToken() throws Exception {
        String prefersSpanish = "es-ES,es;q=0.9,en;q=0.8";
        HttpResponse<byte[]> page = get("/articles/causes", "Accept-Language", prefersSpanish);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(text(page));
        assertThat(html.select("aside.language-suggestion[lang=es]")).hasSize(1);
        assertThat(html.select("input[name=_csrf]"))
                .as("nothing of one visitor on a shared page")
                .isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

        String choiceHref = html.select(".language-suggestion-dismiss").attr("href");
        HttpResponse<byte[]> choice = get(choiceHref, "Accept-Language", prefersSpanish);
        assertThat(choice.statusCode()).isEqualTo(200);
        String tokenCookie = choice.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow()
                .split(";", 2)[0];
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(text(choice)).selectFirst("main form[method=post]");
        String body = "_csrf=" + enc(form.select("input[name=_csrf]").val()) + "&language="
                + enc(form.select("input[name=language]").val()) + "&page="
                + enc(form.select("input[name=page]").val());

        HttpResponse<byte[]> withoutToken =
                post(form.attr("action"), body.replaceAll("_csrf=[^&]*", "_csrf=x"), tokenCookie);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> chosen = post(form.attr("action"), body, tokenCookie);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/articles/causes"));
        String choiceCookie = chosen.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(com.empowerfitness.guide.i18n.LanguageSuggestions.COOKIE + "="))
                .findFirst()
                .orElseThrow()
                .split(";", 2)[0];

        HttpResponse<byte[]> after =
                get("/articles/causes", "Accept-Language", prefersSpanish, "Cookie", choiceCookie + "; " + tokenCookie);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(text(after)).select(".language-suggestion"))
                .isEmpty();
    }

    private HttpResponse<byte[]> post(String path, String form, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Headers that should match between two answers: all but the date, the cache's marker and the request id. */
    private static Map<String, List<String>> comparable(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kept.putAll(headers);
        kept.remove("date");
        kept.remove(PageCacheFilter.HIT_HEADER);
        kept.remove("X-Request-Id"); // each answer, cached or not, names its own request
        return kept;
    }

    @Test
    void etagStillMatchesWhenTheBrowserAsksForGzip() throws Exception {
        HttpResponse<byte[]> first = get(ProbePage.PATH, "Accept-Encoding", "gzip");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> second = get(ProbePage.PATH, "Accept-Encoding", "gzip", "If-None-Match", etag);

        assertThat(second.statusCode()).isEqualTo(304);
    }

    @Test
    void htmlIsGzippedWhenAccepted() throws Exception {
        HttpResponse<byte[]> plain = get(ProbePage.PATH);
        HttpResponse<byte[]> gzipped = get(ProbePage.PATH, "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 4);
        assertThat(text(gzipped)).isEqualTo(ProbePage.BODY);
    }

    @Test
    void stylesheetIsFingerprintedCachedForAYearAndGzipped() throws Exception {
        String page = text(get("/no-such-page"));
        Matcher link =
                Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(link.find()).as("fingerprinted stylesheet link in " + page).isTrue();

        HttpResponse<byte[]> css = get(link.group(1), "Accept-Encoding", "gzip");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc)
                        .contains("max-age=31536000")
                        .contains("public")
                        .doesNotContain("no-"));
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(text(css)).contains(".skip-link");
    }

    @Test
    void staffAndLoginPagesAreNeverStored() throws Exception {
        HttpResponse<byte[]> login = get("/login");

        assertThat(login.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
        assertThat(login.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void layoutLinksFaviconAndManifestAndBothAreServed() throws Exception {
        String page = text(get("/no-such-page"));
        Matcher icon = Pattern.compile(
                        "<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"(/favicon-[0-9a-f]{32}\\.svg)\"")
                .matcher(page);
        Matcher manifest = Pattern.compile("<link rel=\"manifest\" href=\"(/manifest-[0-9a-f]{32}\\.webmanifest)\"")
                .matcher(page);
        assertThat(icon.find()).as("icon link in " + page).isTrue();
        assertThat(manifest.find()).as("manifest link in " + page).isTrue();

        HttpResponse<byte[]> svg = get(icon.group(1));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(text(svg)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");

        HttpResponse<byte[]> json = get(manifest.group(1));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue(WebManifestConfig.MANIFEST_TYPE);
        JsonNode parsed = JsonMapper.builder().build().readTree(text(json));
        assertThat(parsed.path("name").asString()).isEqualTo("Empower Fitness patient guide");
        assertThat(parsed.path("start_url").asString()).isEqualTo("/");
        assertThat(parsed.path("icons").get(0).path("src").asString()).isEqualTo("/favicon.svg");
        assertThat(get("/favicon.svg").statusCode())
                .as("the manifest's icon URL")
                .isEqualTo(200);
    }
}
