package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a page may suggest, from Accept-Language's q-values and the patient's choice cookie. */
class LanguageSuggestionsTest {

    private final Languages languages = new Languages(List.of("en", "es", "ar"), "en");

    private final LanguageSuggestions suggestions = new LanguageSuggestions(languages);

    private final Language english = languages.byCode("en");

    private final Language spanish = languages.byCode("es");

    private Optional<String> suggested(Language page, String header) {
        return suggestions.preferredOver(page, header).map(Language::code);
    }

    @Test
    void aBrowserPreferringSpanishGetsSpanishSuggestedOnAnEnglishPage() {
        assertThat(suggested(english, "es-ES,es;q=0.9,en;q=0.8")).hasValue("es");
        assertThat(suggested(english, "es-419")).hasValue("es");
        assertThat(suggested(english, "fr-FR, es;q=0.7, en;q=0.3"))
                .as("a language the guide lacks is skipped")
                .hasValue("es");
        assertThat(suggested(spanish, "en-US,en;q=0.9,es;q=0.5")).hasValue("en");
    }

    @Test
    void nothingIsSuggestedWhenThePagesLanguageRanksAsHigh() {
        assertThat(suggested(english, "en-GB,en;q=0.9,es;q=0.8")).isEmpty();
        assertThat(suggested(english, "en;q=0.8, es;q=0.8"))
                .as("a tie keeps the page")
                .isEmpty();
        assertThat(suggested(spanish, "es")).isEmpty();
        assertThat(suggested(english, "fr, de;q=0.5"))
                .as("no language of the guide")
                .isEmpty();
    }

    @Test
    void theWildcardRanksTheLanguagesItDoesNotNameAndNeverSuggestsOne() {
        assertThat(suggested(english, "*")).isEmpty();
        assertThat(suggested(english, "es, *;q=0.5")).hasValue("es");
        assertThat(suggested(english, "*, es;q=0.5")).isEmpty();
        assertThat(suggested(english, "es;q=0, en;q=0.2"))
                .as("q=0: not acceptable")
                .isEmpty();
    }

    @Test
    void anAbsentEmptyOrMalformedHeaderSuggestsNothing() {
        assertThat(suggested(english, null)).isEmpty();
        assertThat(suggested(english, " ")).isEmpty();
        assertThat(suggested(english, "es_ES")).isEmpty();
        assertThat(suggested(english, "es;q=2")).isEmpty();
        assertThat(suggested(english, "es," + "x;q=0.1,".repeat(100)))
                .as("not a browser's")
                .isEmpty();
    }

    @Test
    void aRequestGetsTheSuggestionForItsPathUnlessThePatientHasChosen() {
        MockHttpServletRequest englishPage = request("/articles/causes", "es");
        assertThat(suggestions.candidate(englishPage)).hasValue(spanish);

        MockHttpServletRequest spanishPage = request("/es/articulos/causas", "es");
        assertThat(suggestions.candidate(spanishPage)).isEmpty();

        MockHttpServletRequest chosen = request("/articles/causes", "es");
        chosen.setCookies(new Cookie("theme", "dark"), new Cookie(LanguageSuggestions.COOKIE, "en"));
        assertThat(suggestions.candidate(chosen)).isEmpty();

        MockHttpServletRequest unknownChoice = request("/articles/causes", "es");
        unknownChoice.setCookies(new Cookie(LanguageSuggestions.COOKIE, "xx"));
        assertThat(suggestions.candidate(unknownChoice))
                .as("a cookie naming no language of the guide is no choice")
                .hasValue(spanish);
    }

    @Test
    void theAnswerIsWorkedOutOncePerRequest() {
        MockHttpServletRequest request = request("/articles/causes", "es");
        assertThat(suggestions.candidate(request)).hasValue(spanish);
        request.addHeader("Accept-Language", "en"); // what the page cache keyed on must stay the page's answer
        request.setCookies(new Cookie(LanguageSuggestions.COOKIE, "en"));
        assertThat(suggestions.candidate(request)).hasValue(spanish);

        MockHttpServletRequest none = request("/articles/causes", null);
        assertThat(suggestions.candidate(none)).isEmpty();
        none.addHeader("Accept-Language", "es");
        assertThat(suggestions.candidate(none)).isEmpty();
    }

    private static MockHttpServletRequest request(String path, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
