package com.empowerfitness.guide.scheduling;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;

/**
 * Many patients posting the same time at the same moment over real HTTP: each opens the details page in its own
 * session (its own CSRF token), then all are released together by a barrier and post the booking.
 */
final class SlotRace {

    private SlotRace() {}

    /** Client {@code i} uses {@code bases[i % bases.length]}; returns every answer, in client order. */
    static List<HttpResponse<String>> run(int clients, String type, String slot, String... bases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier together = new CyclicBarrier(clients);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                int n = i;
                String base = bases[i % bases.length];
                futures.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .build();
                    String address = "10.199." + (n / 250) + "." + (n % 250 + 1);
                    String details = client.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(base + "/book/" + type + "/details?slot=" + enc(slot)))
                                            .header("X-Forwarded-For", address)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    String csrf = Jsoup.parse(details)
                            .selectFirst("form[action=/book/appointment] input[name=_csrf]")
                            .val();
                    String form = "_csrf=" + enc(csrf) + "&type=" + type + "&slot=" + enc(slot) + "&name="
                            + enc("Racer " + n) + "&email=" + enc("racer" + n + "@example.com")
                            + "&phone=555+123+4567&redFlagNumbness=no&redFlagBladderBowel=no&redFlagWeakness=no"
                            + "&redFlagFever=no&redFlagFall=no&message=" + enc("Racer message " + n) + "&consent=yes";
                    together.await(60, TimeUnit.SECONDS);
                    return client.send(
                            HttpRequest.newBuilder(URI.create(base + "/book/appointment"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Forwarded-For", address)
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(180, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
