package com.empowerfitness.guide.staff;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** Requests over real HTTP from 127.0.0.1 that claim, in X-Forwarded-For, to come from somewhere else. */
final class ForwardedHeaders {

    private final String base;

    ForwardedHeaders(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A sign-in post (with the page's CSRF token) claiming to come from {@code forwardedFor}. */
    int signIn(String username, String password, String forwardedFor) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = token(client, "/login", forwardedFor);
        HttpResponse<String> response = post(
                client,
                "/login",
                "_csrf=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(password),
                forwardedFor);
        return response.headers().firstValue("Location").orElse("").contains("locked") ? 429 : response.statusCode();
    }

    /** A valid booking claiming to come from {@code forwardedFor}; the answer's status (303 stored, 429 limited). */
    int book(String name, String forwardedFor) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = token(client, "/book/request", forwardedFor);
        return post(
                        client,
                        "/book",
                        "_csrf=" + enc(token) + "&name=" + enc(name) + "&phone=555+123+4567&consent=yes",
                        forwardedFor)
                .statusCode();
    }

    private String token(HttpClient client, String path, String forwardedFor) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(this.base + path))
                                .header("X-Forwarded-For", forwardedFor)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return Jsoup.parse(page).selectFirst("input[name=_csrf]").val();
    }

    private HttpResponse<String> post(HttpClient client, String path, String form, String forwardedFor)
            throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(this.base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", forwardedFor)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
