package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.support.SharedContextTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a Spanish page says about itself to search engines and to apps that share a link (the description, the
 * Open Graph title and description, the JSON-LD) is Spanish too, also on pages that describe nothing of their own
 * (the booking pages, search, a tag, the 404 page) and on the pages whose words are the interface's, not a file's;
 * a topic keeps its accents.
 */
class SpanishPageDescriptionsTest extends SharedContextTest {

    @LocalServerPort
    int port;

    /** Spanish page to its English one. */
    private static final Map<String, String> PAGES = Map.of(
            "/es/reservar", "/book",
            "/es/reservar/solicitud", "/book/request",
            "/es/buscar?q=espalda", "/search?q=back",
            "/es/etiquetas/postura", "/tags/posture",
            "/es/no-existe", "/no-such-page",
            "/es/ejercicios/rutina", "/exercises/routine",
            "/es/ejercicios/imprimir", "/exercises/print",
            "/es/comprobar/resultado?sign=0", "/check/result?sign=0");

    @Test
    void everySpanishPageDescribesItselfInSpanish() throws Exception {
        String spanishDefault =
                "Consejos fiables y prácticos sobre los espasmos musculares de la parte baja de la espalda";
        for (Map.Entry<String, String> pair : PAGES.entrySet()) {
            Document spanish = page(pair.getKey());
            Document english = page(pair.getValue());
            String description = meta(spanish, "meta[name=description]");
            assertThat(description)
                    .as(pair.getKey())
                    .isNotBlank()
                    .isNotEqualTo(meta(english, "meta[name=description]"));
            assertThat(meta(spanish, "meta[property=og:description]"))
                    .as(pair.getKey())
                    .isEqualTo(description);
            if (!spanish.select("script[type=application/ld+json]").isEmpty()) {
                assertThat(spanish.select("script[type=application/ld+json]").html())
                        .as(pair.getKey())
                        .doesNotContain("Trustworthy, practical advice");
            }
            if (pair.getKey().startsWith("/es/reservar") || pair.getKey().startsWith("/es/no-existe")) {
                assertThat(description).as(pair.getKey()).startsWith(spanishDefault);
            }
        }
    }

    @Test
    void theInterfacesOwnPagesHaveSpanishSharingTitles() throws Exception {
        assertThat(meta(page("/es/ejercicios/rutina"), "meta[property=og:title]"))
                .isEqualTo("Rutina guiada");
        assertThat(meta(page("/es/ejercicios/imprimir"), "meta[property=og:title]"))
                .isEqualTo("Hoja de ejercicios para casa");
        assertThat(meta(page("/es/comprobar/resultado?sign=0"), "meta[property=og:title]"))
                .startsWith("Su resultado – ");
        assertThat(meta(page("/exercises/routine"), "meta[property=og:title]")).isEqualTo("Follow-along routine");
    }

    @Test
    void spanishTopicsAreShownWithTheirAccentsAndAddressedWithout() throws Exception {
        Document causes = page("/es/articulos/causas");
        assertThat(causes.select(".tag-list a").eachText()).containsExactly("causas", "postura", "estrés");
        assertThat(causes.select(".tag-list a").eachAttr("href"))
                .containsExactly("/es/etiquetas/causas", "/es/etiquetas/postura", "/es/etiquetas/estres");

        Document topic = page("/es/etiquetas/senales-de-alarma");
        assertThat(topic.select("h1").text()).isEqualTo("Tema: señales de alarma");
        assertThat(topic.title()).startsWith("Tema: señales de alarma");
        assertThat(topic.select("main a[href^=/es/articulos/]").eachAttr("href"))
                .contains("/es/articulos/sintomas", "/es/articulos/cuando-preocuparse");
    }

    /** Over HTTP: the 404 page is the servlet container's error dispatch, which MockMvc does not make. */
    private Document page(String address) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + address))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(address).isIn(200, 404);
        return Jsoup.parse(response.body());
    }

    private static String meta(Document page, String css) {
        return page.select(css).attr("content");
    }
}
