package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.SharedContextTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ExtendWith(OutputCaptureExtension.class)
class HeadersAndLogsTest extends SharedContextTest {

    @Test
    void everyBookingAndStaffPageSendsTheSecurityHeaders() throws Exception {
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/book"),
                get("/login"),
                validBooking("name", ""),
                get("/staff/bookings").with(user("h").roles("ADMIN")),
                get("/staff/users").with(user("h").roles("ADMIN")),
                get("/staff/bookings.csv").with(user("h").roles("STAFF")),
                post("/book").param("name", "no token"));
        for (MockHttpServletRequestBuilder page : pages) {
            MockHttpServletResponse response =
                    this.mockMvc.perform(page).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp)
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertBrowserFeatureHeaders(response::getHeader);
            // /privacy is a public page with nothing personal on it: PageCachingFilter's no-cache (revalidate).
            assertThat(response.getHeader("Cache-Control"))
                    .as("Cache-Control of page %d", pages.indexOf(page))
                    .contains(pages.indexOf(page) == 1 ? "no-cache" : "no-store");
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isNull();
        }
        // The privacy notice holds no token and no personal data: like every public page, browsers may keep it
        // and must revalidate it (web.PageCachingFilter), with the same security headers.
        MockHttpServletResponse privacy =
                this.mockMvc.perform(get("/privacy")).andReturn().getResponse();
        assertThat(privacy.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(privacy.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(privacy.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @LocalServerPort
    int port;

    @Test
    void pagesFromThePageCacheCarryTheSameBrowserFeatureHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // no cookies: the page cache may answer
        URI page = URI.create("http://127.0.0.1:" + this.port + "/privacy");
        HttpResponse<String> response = null;
        for (int i = 0; i < 3; i++) {
            response = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.headers().firstValue("X-Page-Cache")).hasValue("hit");
        HttpResponse<String> hit = response;
        assertBrowserFeatureHeaders((name) -> hit.headers().firstValue(name).orElse(null));
        HttpResponse<String> notFound = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/no-such-page"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertBrowserFeatureHeaders(
                (name) -> notFound.headers().firstValue(name).orElse(null));
    }

    private static void assertBrowserFeatureHeaders(java.util.function.Function<String, String> header) {
        assertThat(header.apply("Permissions-Policy"))
                .contains("camera=()")
                .contains("microphone=()")
                .contains("geolocation=()")
                .contains("payment=()")
                .contains("usb=()");
        assertThat(header.apply("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(header.apply("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
    }

    @Test
    void httpsResponsesCarryHsts() throws Exception {
        MockHttpServletResponse response =
                this.mockMvc.perform(get("/book").secure(true)).andReturn().getResponse();

        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws Exception {
        for (MockHttpServletRequestBuilder page : List.of(
                get("/book"),
                validBooking("email", "bad"),
                get("/login"),
                get("/privacy"),
                get("/staff/bookings").with(user("h").roles("ADMIN")),
                get("/staff/users").with(user("h").roles("ADMIN")))) {
            String html = this.mockMvc.perform(page).andReturn().getResponse().getContentAsString();
            // JSON-LD data blocks are allowed: browsers never run them (StructuredDataBrowserTest).
            assertThat(html.replace("<script type=\"application/ld+json\">", ""))
                    .doesNotContain("<script")
                    .doesNotContain("style=")
                    .doesNotContain("<style");
        }
    }

    @Test
    void logsCarryReferencesAndIdsButNoPersonalDetails(CapturedOutput output) throws Exception {
        String location = this.mockMvc
                .perform(validBooking(
                        "name",
                        "Hermione Logtest",
                        "email",
                        "hermione.logtest@example.com",
                        "phone",
                        "555 867 5309",
                        "message",
                        "sciatica-logtest"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        this.mockMvc.perform(get("/staff/bookings?q=Logtest").with(user("h").roles("STAFF")));
        this.mockMvc.perform(get("/staff/bookings.csv?q=Logtest").with(user("h").roles("STAFF")));
        this.mockMvc.perform(post("/login")
                .with(csrf())
                .with(freshClient())
                .param("username", "Hermione Logtest")
                .param("password", "sciatica-logtest"));

        assertThat(location).startsWith("/book/confirmation/");
        assertThat(output.getAll())
                .contains("Stored consultation request EF-")
                .doesNotContain("Hermione")
                .doesNotContain("hermione.logtest")
                .doesNotContain("867 5309")
                .doesNotContain("sciatica-logtest")
                .doesNotContain(location);
    }
}
