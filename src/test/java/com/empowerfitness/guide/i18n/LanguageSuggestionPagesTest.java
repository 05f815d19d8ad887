package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.SharedContextTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The note that suggests a page's translation to a patient whose browser prefers its language, on the sample
 * guide: shown in that language with a link to the same page there, never a redirect, and gone once the patient
 * has said not to suggest it again (through a form with its CSRF token).
 */
class LanguageSuggestionPagesTest extends SharedContextTest {

    private static final String PREFERS_SPANISH = "es-ES,es;q=0.9,en;q=0.8";

    private static final String PREFERS_ENGLISH = "en-US,en;q=0.9,es;q=0.5";

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mockMvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as("never a redirect, always the page asked for")
                .isEqualTo(200);
        return response;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(fetch(request).getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder prefers(String path, String acceptLanguage) {
        return get(path).header("Accept-Language", acceptLanguage);
    }

    @Test
    void anEnglishPageSuggestsItsSpanishTranslationInSpanishToABrowserThatPrefersSpanish() throws Exception {
        Document page = page(prefers("/articles/causes", PREFERS_SPANISH));

        assertThat(page.select("html").attr("lang"))
                .as("the page stays English")
                .isEqualTo("en");
        Element note = page.selectFirst("aside.language-suggestion");
        assertThat(note).isNotNull();
        assertThat(note.attr("lang")).isEqualTo("es");
        assertThat(note.attr("aria-label")).isEqualTo("Otro idioma");
        Element link = note.selectFirst("a[hreflang]");
        assertThat(link.attr("href")).isEqualTo("/es/articulos/causas");
        assertThat(link.text()).isEqualTo("Esta página también está en español");
        assertThat(note.select(".language-suggestion-dismiss").attr("href"))
                .isEqualTo("/es/language-choice?keep=en&page=/articles/causes");
        assertThat(note.nextElementSibling().tagName())
                .as("above the header, after the skip link")
                .isEqualTo("header");
    }

    @Test
    void aSpanishPageSuggestsItsEnglishOriginalInEnglishToABrowserThatPrefersEnglish() throws Exception {
        Document page = page(prefers("/es/articulos/causas", PREFERS_ENGLISH));

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        Element note = page.selectFirst("aside.language-suggestion");
        assertThat(note.attr("lang")).isEqualTo("en");
        assertThat(note.selectFirst("a[hreflang]").attr("href")).isEqualTo("/articles/causes");
        assertThat(note.selectFirst("a[hreflang]").text()).isEqualTo("This page is also in English");
    }

    @Test
    void noNoteWithoutTheHeaderOrWhenItPrefersThePagesLanguage() throws Exception {
        assertThat(page(get("/articles/causes")).select(".language-suggestion"))
                .as("a search engine's crawler sends no Accept-Language")
                .isEmpty();
        assertThat(page(prefers("/articles/causes", PREFERS_ENGLISH)).select(".language-suggestion"))
                .isEmpty();
        assertThat(page(prefers("/es/articulos/causas", PREFERS_SPANISH)).select(".language-suggestion"))
                .isEmpty();
    }

    @Test
    void noNoteOnAPageWithoutATranslation() throws Exception {
        // Tags are words of their language: a tag page exists in its own language only.
        Document tag = page(prefers("/tags/stress", PREFERS_SPANISH));
        assertThat(tag.select(".language-switcher a").attr("href")).isEqualTo("/es/");
        assertThat(tag.select(".language-suggestion")).isEmpty();
        MockHttpServletResponse missing = mockMvc.perform(prefers("/articles/no-such-page", PREFERS_SPANISH))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.getContentAsString(StandardCharsets.UTF_8))
                        .select(".language-suggestion"))
                .isEmpty();
    }

    @Test
    void noNoteOnceThePatientHasChosen() throws Exception {
        Cookie chosen = new Cookie(LanguageSuggestions.COOKIE, "en");
        assertThat(page(prefers("/articles/causes", PREFERS_SPANISH).cookie(chosen))
                        .select(".language-suggestion"))
                .isEmpty();
        assertThat(page(prefers("/es/articulos/causas", PREFERS_ENGLISH).cookie(chosen))
                        .select(".language-suggestion"))
                .as("a choice, whichever language it kept, ends the suggestions")
                .isEmpty();
    }

    @Test
    void notSuggestingAgainIsAskedInTheSuggestedLanguageWithATokenAndRememberedInACookie() throws Exception {
        String choiceHref = page(prefers("/articles/causes", PREFERS_SPANISH))
                .select(".language-suggestion-dismiss")
                .attr("href");
        MockHttpServletResponse choice = fetch(prefers(choiceHref, PREFERS_SPANISH));
        assertThat(choice.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(choice.getHeader("X-Robots-Tag")).isEqualTo("noindex");
        Document page = Jsoup.parse(choice.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("h1").text()).isEqualTo("¿Dejar de sugerir las páginas en español?");
        assertThat(page.select("main").text()).contains("La guía sigue en inglés");
        Element form = page.selectFirst("main form[method=post]");
        assertThat(form.select("input[name=_csrf]")).as("the form's CSRF token").hasSize(1);
        assertThat(form.select("input[name=language]").val()).isEqualTo("en");
        assertThat(form.select("input[name=page]").val()).isEqualTo("/articles/causes");

        MockHttpServletResponse forged = mockMvc.perform(
                        post(form.attr("action")).param("language", "en").param("page", "/articles/causes"))
                .andReturn()
                .getResponse();
        assertThat(forged.getStatus()).as("no token, no choice").isEqualTo(403);
        assertThat(forged.getCookie(LanguageSuggestions.COOKIE)).isNull();

        // csrf(): a test's token (the round trip with the site's cookie token is CachingAndCompressionTest's,
        // over real HTTP: MockMvc's csrf() swaps the repository of this shared context).
        MockHttpServletResponse chosen = mockMvc.perform(post(form.attr("action"))
                        .with(csrf())
                        .param("language", "en")
                        .param("page", "/articles/causes"))
                .andReturn()
                .getResponse();
        assertThat(chosen.getStatus()).as("back to the page after the post").isEqualTo(303);
        assertThat(chosen.getHeader("Location")).isEqualTo("/articles/causes");
        Cookie cookie = chosen.getCookie(LanguageSuggestions.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
        assertThat(chosen.getHeader("Set-Cookie")).contains("SameSite=Lax");

        assertThat(page(prefers("/articles/causes", PREFERS_SPANISH).cookie(cookie))
                        .select(".language-suggestion"))
                .isEmpty();
    }

    @Test
    void theChoiceOnlyEverLeadsBackToAPageOfThisSite() throws Exception {
        for (String page : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "x"}) {
            MockHttpServletResponse chosen = mockMvc.perform(post("/language-choice")
                            .with(csrf())
                            .param("language", "es")
                            .param("page", page))
                    .andReturn()
                    .getResponse();
            assertThat(chosen.getHeader("Location")).as(page).isEqualTo("/es/");
        }
        Document asked = page(get("/es/language-choice").param("keep", "en").param("page", "//evil.example/"));
        assertThat(asked.select("main a").attr("href")).isEqualTo("/");
        assertThat(mockMvc.perform(get("/xx/language-choice").param("keep", "en"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
