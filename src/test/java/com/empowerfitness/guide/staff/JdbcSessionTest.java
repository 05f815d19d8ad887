package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.support.HttpSignIn;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staff sessions are stored in the database (Spring Session JDBC), here on the default H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JdbcSessionTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffUserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signInStoresTheSessionInTheDatabaseWithANewIdAndThirtyMinutes() throws Exception {
        this.users.createWithPassword("test", "sessions", EnumSet.of(StaffRole.STAFF), PASSWORD);
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + this.port;
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(sessionCookie(cookies))
                .as("the sign-in page keeps its CSRF token in a cookie, not in a session")
                .isNull();

        HttpResponse<String> signIn = signIn(client, "sessions");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(cookies)).isNotNull();
        Map<String, Object> row = this.jdbc.queryForMap(
                "SELECT MAX_INACTIVE_INTERVAL, PRINCIPAL_NAME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sessions'");
        assertThat(((Number) row.get("MAX_INACTIVE_INTERVAL")).intValue()).isEqualTo(30 * 60);
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create(base + "/staff/bookings"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        String staffPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/staff/bookings"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String logoutToken = Jsoup.parse(staffPage)
                .selectFirst("form[action=/logout] input[name=_csrf]")
                .val();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + logoutToken))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(this.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sessions'", Integer.class))
                .as("signing out deletes the stored session")
                .isZero();
    }

    @Test
    void signedInStaffNeverGetAPageFromTheCacheThatAnonymousVisitorsGet() throws Exception {
        this.users.createWithPassword("test", "previewer", EnumSet.of(StaffRole.EDITOR), PASSWORD);
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpClient staff =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(staff, "previewer").statusCode()).isEqualTo(302);
        URI page = URI.create("http://localhost:" + this.port + "/articles/causes");

        for (int i = 0; i < 2; i++) {
            anonymous.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
        }
        HttpResponse<String> cached =
                anonymous.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forStaff =
                staff.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(cached.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(forStaff.statusCode()).isEqualTo(200);
        assertThat(forStaff.headers().firstValue("X-Page-Cache"))
                .as("staff may preview drafts: always rendered for them")
                .isEmpty();
        assertThat(forStaff.body()).contains("<h1");
    }

    @Test
    void aFloodOfAnonymousVisitsStoresNoSession() throws Exception {
        int sessionsBefore = count("SELECT COUNT(*) FROM SPRING_SESSION");
        int attributesBefore = count("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES");
        HttpClient visitors = HttpClient.newHttpClient(); // no cookie jar: every request is a new visitor
        String base = "http://localhost:" + this.port;
        List<String> paths = List.of("/", "/articles/causes", "/faq", "/privacy", "/login", "/staff/bookings");

        for (int i = 0; i < 2000; i++) {
            HttpResponse<String> form = visitors.send(
                    HttpRequest.newBuilder(URI.create(base + "/book")).build(), BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
        }
        for (int i = 0; i < 200; i++) {
            String path = paths.get(i % paths.size());
            HttpResponse<Void> page = visitors.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), BodyHandlers.discarding());
            assertThat(page.statusCode()).as(path).isIn(200, 302);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch((cookie) -> cookie.startsWith("SESSION="));
        }

        assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION")).isEqualTo(sessionsBefore);
        assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES")).isEqualTo(attributesBefore);
    }

    @Test
    void theCsrfTokenCookieIsHttpOnlyLaxAndStillCheckedOnEveryForm() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + this.port;

        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(URI.create(base + "/book/request")).build(), BodyHandlers.ofString());

        String setCookie = form.headers().allValues("Set-Cookie").stream()
                .filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String token = Jsoup.parse(form.body())
                .selectFirst("form[action=/book] input[name=_csrf]")
                .val();
        assertThat(token).isNotBlank();
        HttpResponse<String> withoutToken = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=sessions&password=x"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(withoutToken.statusCode())
                .as("the cookie alone is not enough")
                .isEqualTo(403);
        HttpResponse<String> forged = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=sessions&password=x&_csrf=forged"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private int count(String sql) {
        return this.jdbc.queryForObject(sql, Integer.class);
    }

    private HttpResponse<String> signIn(HttpClient client, String username) throws Exception {
        return HttpSignIn.signIn(client, "http://localhost:" + this.port, username, PASSWORD);
    }

    private static String sessionCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter((cookie) -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
