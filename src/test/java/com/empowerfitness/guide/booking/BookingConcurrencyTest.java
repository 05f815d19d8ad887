package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.support.SharedContextTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

class BookingConcurrencyTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @LocalServerPort
    int port;

    @Autowired
    GuideProperties.Booking properties;

    @Autowired
    BookingMailer mailer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Test
    void takenReferenceIsRefusedByTheDatabaseAndRetriedWithANewOne() {
        String taken = this.bookings
                .submit(InboxTest.form("First holder", "no").toRequest())
                .reference();
        Deque<String> references = new ArrayDeque<>(List.of(taken, taken, "EF-ZZZZ22"));
        ReferenceGenerator colliding = new ReferenceGenerator() {
            @Override
            public String nextReference() {
                return references.isEmpty() ? super.nextReference() : references.pop();
            }
        };
        BookingService service = new BookingService(
                this.requests, colliding, this.properties, this.mailer, this.transactionManager, this.clock);
        this.requests.findByReference("EF-ZZZZ22").ifPresent(this.requests::delete);
        long before = this.requests.count();

        BookingService.Submission submission =
                service.submit(InboxTest.form("Second holder", "no").toRequest());

        assertThat(submission.reference()).isEqualTo("EF-ZZZZ22");
        assertThat(this.requests.count()).isEqualTo(before + 1);
        assertThat(this.requests.findByReference(taken).orElseThrow().getName()).isEqualTo("First holder");
    }

    @Test
    void hundredSimultaneousPostsThroughTheServerAreAllStored() throws Exception {
        int count = 100;
        String tag = InboxTest.tag();
        String base = "http://127.0.0.1:" + this.port;
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    // Each patient has their own session (CSRF token) and, via the proxy header, address.
                    HttpClient client = HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .build();
                    String address = "10.250." + (n / 250) + "." + (n % 250 + 1);
                    String form = client.send(
                                    HttpRequest.newBuilder(URI.create(base + "/book/request"))
                                            .header("X-Forwarded-For", address)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    String token =
                            Jsoup.parse(form).selectFirst("input[name=_csrf]").val();
                    String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&name=Server+" + n
                            + "+" + tag + "&phone=555+123+4567&consent=yes";
                    start.await();
                    return client.send(
                            HttpRequest.newBuilder(URI.create(base + "/book"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Forwarded-For", address)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location"))
                        .hasValueSatisfying((location) -> assertThat(location).contains("/book/confirmation/"));
            }
        } finally {
            pool.shutdownNow();
        }

        List<ConsultationRequest> stored = this.requests.findAll().stream()
                .filter((request) -> request.getName().endsWith(" " + tag))
                .toList();
        assertThat(stored).hasSize(count);
        assertThat(stored).extracting(ConsultationRequest::getReference).doesNotHaveDuplicates();
    }

    @Test
    void hundredSimultaneousRequestsGiveHundredRowsWithUniqueReferences() throws Exception {
        int count = 100;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingService.Submission>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                BookingForm form = new BookingForm();
                form.setName("Concurrent patient " + i);
                form.setPhone("555 000 " + String.format("%04d", i));
                form.setConsent("yes");
                futures.add(pool.submit(() -> {
                    start.await();
                    return this.bookings.submit(form.toRequest());
                }));
            }
            start.countDown();
            List<BookingService.Submission> submissions = new ArrayList<>();
            for (Future<BookingService.Submission> future : futures) {
                submissions.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(submissions)
                    .extracting(BookingService.Submission::reference)
                    .doesNotHaveDuplicates()
                    .hasSize(count);
            List<ConsultationRequest> stored = this.requests.findAllById(
                    submissions.stream().map(BookingService.Submission::id).toList());
            assertThat(stored).hasSize(count);
            assertThat(stored)
                    .extracting(ConsultationRequest::getName)
                    .doesNotHaveDuplicates()
                    .allMatch((name) -> name.startsWith("Concurrent patient "));
        } finally {
            pool.shutdownNow();
        }
    }
}
