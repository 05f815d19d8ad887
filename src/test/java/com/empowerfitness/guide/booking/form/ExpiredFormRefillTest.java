package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.support.SharedContextTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A booking form posted after its token expired is shown again in the same response, filled in within the
 * form's limits, with nothing kept on the server. Over real HTTP: the refill is a servlet forward, which MockMvc
 * does not perform.
 */
class ExpiredFormRefillTest extends SharedContextTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void aFormPostedAfterItsTokenExpiredComesBackFilledInAtOnceAndNothingIsKept() throws Exception {
        long before = this.requests.count();
        Patient patient = new Patient();

        HttpResponse<String> refused = patient.postWithoutToken(
                "Sec-Fetch-Site",
                "same-origin",
                "name",
                "Grace Hopper",
                "email",
                "grace@example.com",
                "preferredTimes",
                "weekday-mornings",
                "preferredTimes",
                "saturday",
                "redFlagFever",
                "yes",
                "message",
                "Stiff after gardening.",
                "consent",
                "yes");

        // The refilled form is this very response: no redirect, nothing kept for a later request.
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(this.requests.count()).as("nothing stored").isEqualTo(before);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#expired-title").text()).isEqualTo("Your request has not been sent yet");
        assertThat(form.selectFirst("form.booking-form").attr("action")).isEqualTo("/book");
        assertThat(form.selectFirst("input[name=name]").val()).isEqualTo("Grace Hopper");
        assertThat(form.selectFirst("input[name=email]").val()).isEqualTo("grace@example.com");
        assertThat(form.select("input[name=preferredTimes][checked]"))
                .extracting(Element::val)
                .containsExactlyInAnyOrder("weekday-mornings", "saturday");
        assertThat(form.select("input[name=redFlagFever][checked]").val()).isEqualTo("yes");
        assertThat(form.selectFirst("textarea[name=message]").text()).isEqualTo("Stiff after gardening.");
        assertThat(form.selectFirst("input[name=consent]").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("input[name=_csrf]").val())
                .as("a fresh token")
                .isNotBlank();

        Document later = Jsoup.parse(patient.get("/book/request").body());
        assertThat(later.select("#expired-title"))
                .as("nothing kept for the next page")
                .isEmpty();
        assertThat(later.selectFirst("input[name=name]").val()).isEmpty();
    }

    @Test
    void theRefillKeepsOnlyWhatTheFormsOwnLimitsAllow() throws Exception {
        HttpResponse<String> refused = new Patient()
                .postWithoutToken(
                        "Sec-Fetch-Site",
                        "same-origin",
                        "name",
                        "N".repeat(10_000),
                        "email",
                        "e".repeat(5_000) + "@example.com",
                        "phone",
                        "5".repeat(1_000),
                        "message",
                        "m".repeat(100_000),
                        "preferredTimes",
                        "saturday",
                        "preferredTimes",
                        "saturday",
                        "preferredTimes",
                        "midnight",
                        "preferredTimes",
                        "weekday-mornings",
                        "preferredContact",
                        "carrier-pigeon",
                        "symptomDuration",
                        "forever",
                        "redFlagFall",
                        "x".repeat(10_000),
                        "website",
                        "http://spam.example",
                        "unknownField",
                        "u".repeat(10_000),
                        "preferredTimes[10000]",
                        "saturday");

        assertThat(refused.statusCode()).isEqualTo(403);
        String html = refused.body();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#expired-title")).isNotEmpty();
        assertThat(form.selectFirst("input[name=name]").val()).isEqualTo("N".repeat(100));
        assertThat(form.selectFirst("input[name=email]").val()).hasSize(254);
        assertThat(form.selectFirst("input[name=phone]").val()).hasSize(30);
        assertThat(form.selectFirst("textarea[name=message]").text()).isEqualTo("m".repeat(2000));
        assertThat(form.select("input[name=preferredTimes][checked]"))
                .extracting(Element::val)
                .containsExactly("weekday-mornings", "saturday");
        assertThat(form.select("input[name=preferredContact][checked]")).isEmpty();
        assertThat(form.select("select[name=symptomDuration] option[selected]")).isEmpty();
        assertThat(form.select("input[name=redFlagFall][checked]")).isEmpty();
        assertThat(form.selectFirst("input[name=website]").val()).isEmpty();
        assertThat(html).doesNotContain("uuuuuuuuuu").doesNotContain("xxxxxxxxxx");
        assertThat(html.length()).as("the page is a form's size").isLessThan(60_000);
    }

    @Test
    void theRefillCountsAgainstTheBookingRateLimit() throws Exception {
        Patient patient = new Patient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response =
                    patient.postWithoutToken("Sec-Fetch-Site", "same-origin", "name", "Flooder " + i);
            statuses.add(response.statusCode());
            if (i < 5) {
                assertThat(response.body()).contains("not been sent yet");
            } else {
                assertThat(response.body()).contains("try again in");
            }
        }

        assertThat(statuses).containsExactly(403, 403, 403, 403, 403, 429);
    }

    @Test
    void aBrowserThatSendsOnlyOriginIsRecognisedAsThisSite() throws Exception {
        HttpResponse<String> refused =
                new Patient().postWithoutToken("Origin", "http://localhost:" + this.port, "name", "Origin Only");

        assertThat(refused.body()).contains("not been sent yet");
        assertThat(Jsoup.parse(refused.body()).selectFirst("input[name=name]").val())
                .isEqualTo("Origin Only");
    }

    @Test
    void anOriginThatIsNotAnOriginGetsThe403PageOverRealHttp() throws Exception {
        for (String origin : List.of("null", "http://[", "::", "http://", "%%%")) {
            HttpResponse<String> refused = new Patient().postWithoutToken("Origin", origin, "name", "Bad Origin");

            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.body()).as(origin).doesNotContain("Bad Origin");
        }
    }

    @Test
    void theRefillPathCannotBeRequestedDirectly() throws Exception {
        assertThat(this.mockMvc
                        .perform(post("/book/expired-form").with(csrf()).param("name", "Direct"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(this.mockMvc
                        .perform(get("/book/expired-form"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** One browser: its own cookies and (through the proxy header the tests' server trusts) its own address. */
    private final class Patient {

        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        private final String address =
                "10.251." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);

        HttpResponse<String> get(String path) throws Exception {
            return this.client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("X-Forwarded-For", this.address)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A header name and value, then form field names and values. */
        HttpResponse<String> postWithoutToken(String header, String headerValue, String... fields) throws Exception {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(body.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return this.client.send(
                    HttpRequest.newBuilder(uri("/book"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", this.address)
                            .header(header, headerValue)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + ExpiredFormRefillTest.this.port + path);
        }
    }
}
