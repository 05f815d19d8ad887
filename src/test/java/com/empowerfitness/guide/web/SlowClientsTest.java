package com.empowerfitness.guide.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.support.SharedContextTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11.3: with the site's four request threads, fifty clients that send a {@code POST /book} body one byte
 * every two seconds must not stop it serving pages. The bound is generous on purpose: the claim is that pages
 * answer at all while the slow clients hold their connections, not how fast.
 */
class SlowClientsTest extends SharedContextTest {

    private static final int SLOW_CLIENTS = 50;

    private static final Duration PAGE_WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Test
    void fiftySlowBookingBodiesLeaveThreadsForPages() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        ExecutorService readers = Executors.newFixedThreadPool(SLOW_CLIENTS);
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(SLOW_CLIENTS - 2);
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                sockets.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /book HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: 10000\r\n\r\nname=")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                readers.submit(() -> {
                    try {
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                        String status = in.readLine();
                        if (status != null && status.startsWith("HTTP/1.1 503")) {
                            refused.incrementAndGet();
                        }
                        answered.countDown();
                    } catch (Exception ex) {
                        // the socket is closed at the end of the test
                    }
                    return null;
                });
            }
            trickle.scheduleAtFixedRate(
                    () -> {
                        for (Socket socket : sockets) {
                            try {
                                socket.getOutputStream().write('a');
                                socket.getOutputStream().flush();
                            } catch (Exception ex) {
                                // refused and closed by the site
                            }
                        }
                    },
                    2,
                    2,
                    TimeUnit.SECONDS);
            // Every slow client has reached the site: all but the few allowed to read a body were refused.
            assertThat(answered.await(60, TimeUnit.SECONDS))
                    .as("the slow clients were answered")
                    .isTrue();
            assertThat(refused.get()).isGreaterThanOrEqualTo(SLOW_CLIENTS - 2);

            HttpClient http =
                    HttpClient.newBuilder().connectTimeout(PAGE_WITHIN).build();
            for (String path : List.of("/", "/articles/causes", "/faq", "/search?q=spasm", "/book")) {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(PAGE_WITHIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
            readers.shutdownNow();
        }
    }
}
