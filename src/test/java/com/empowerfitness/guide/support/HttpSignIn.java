package com.empowerfitness.guide.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** Signs in through the real sign-in form over HTTP, as a browser does: the page's CSRF token, then the post. */
public final class HttpSignIn {

    private HttpSignIn() {}

    /**
     * Loads {@code /login} with the client (whose cookie handler keeps the session), posts the form and returns
     * the answer to the post: a 302 to {@code /staff} on success.
     */
    public static HttpResponse<String> signIn(HttpClient client, String base, String username, String password)
            throws Exception {
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = Jsoup.parse(loginPage).selectFirst("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
