package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.empowerfitness.guide.config.GuideProperties;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguagesTest {

    private final Languages languages = new Languages(List.of("en", "es", "ar"), "en");

    @Test
    void theDefaultLanguageHasNoPrefixAndComesFirst() {
        assertThat(languages.all()).extracting(Language::code).containsExactly("en", "es", "ar");
        assertThat(languages.defaultLanguage().prefix()).isEmpty();
        assertThat(languages.byCode("es").prefix()).isEqualTo("/es");
        assertThat(languages.byCode("es").homePath()).isEqualTo("/es/");
        assertThat(languages.translations()).extracting(Language::code).containsExactly("es", "ar");
    }

    @Test
    void directionIsRightToLeftOnlyForRightToLeftScripts() {
        assertThat(languages.byCode("ar").dir()).isEqualTo("rtl");
        assertThat(new Language("he", false).dir()).isEqualTo("rtl");
        assertThat(languages.byCode("es").dir()).isEqualTo("ltr");
        assertThat(languages.byCode("en").dir()).isEqualTo("ltr");
    }

    @Test
    void theFirstPathSegmentChoosesTheLanguage() {
        assertThat(languages.ofPath("/es/articulos/causas").code()).isEqualTo("es");
        assertThat(languages.ofPath("/es/").code()).isEqualTo("es");
        assertThat(languages.ofPath("/es").code()).isEqualTo("es");
        assertThat(languages.ofPath("/estonia").code()).isEqualTo("en");
        assertThat(languages.ofPath("/articles/es").code()).isEqualTo("en");
        assertThat(languages.ofPath("/fr/x").code()).isEqualTo("en");
        assertThat(languages.ofPath("/").code()).isEqualTo("en");
        assertThat(languages.withoutPrefix("/es/articulos/causas")).isEqualTo("/articulos/causas");
        assertThat(languages.withoutPrefix("/es")).isEqualTo("/");
        assertThat(languages.withoutPrefix("/faq")).isEqualTo("/faq");
    }

    @Test
    void theLocaleComesFromThePathNeverFromAcceptLanguage() {
        PathLocaleResolver resolver = new PathLocaleResolver(languages);
        MockHttpServletRequest english = new MockHttpServletRequest("GET", "/articles/causes");
        english.addHeader("Accept-Language", "es-MX,es;q=0.9");
        english.addPreferredLocale(Locale.forLanguageTag("es-MX"));
        assertThat(resolver.resolveLocale(english)).isEqualTo(Locale.ENGLISH);

        MockHttpServletRequest spanish = new MockHttpServletRequest("GET", "/es/articulos/causas");
        spanish.addPreferredLocale(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(spanish)).isEqualTo(Locale.forLanguageTag("es"));

        assertThatThrownBy(() -> resolver.setLocale(english, null, Locale.FRENCH))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anErrorPageIsInTheLanguageOfTheAddressThatFailed() {
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/es/articulos/no-existe");
        assertThat(languages.of(error).code()).isEqualTo("es");
    }

    @Test
    void theConfigurationRefusesAMalformedCodeAndAlwaysHoldsTheDefault() {
        GuideProperties d = GuideProperties.defaults();
        assertThat(d.languages()).containsExactly("en", "es");
        assertThat(d.defaultLanguage()).isEqualTo("en");
        assertThat(Languages.of(d).byCode("es").nativeName()).isEqualTo("Español");
        assertThatThrownBy(() -> new GuideProperties(
                        d.siteName(),
                        d.baseUrl(),
                        d.timeZone(),
                        d.contentDir(),
                        d.content(),
                        d.clinic(),
                        d.booking(),
                        d.mail(),
                        d.admin(),
                        d.backup(),
                        d.scheduling(),
                        List.of("en", "ES-mx"),
                        "en"))
                .hasMessageContaining("guide.languages");
        GuideProperties onlySpanish = new GuideProperties(
                d.siteName(),
                d.baseUrl(),
                d.timeZone(),
                d.contentDir(),
                d.content(),
                d.clinic(),
                d.booking(),
                d.mail(),
                d.admin(),
                d.backup(),
                d.scheduling(),
                List.of("es"),
                "en");
        assertThat(onlySpanish.languages()).containsExactly("en", "es");
    }
}
