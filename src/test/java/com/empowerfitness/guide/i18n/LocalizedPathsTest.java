package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The address table of src/main/resources/i18n/paths_es.properties and how addresses move between languages. */
class LocalizedPathsTest {

    private final Languages languages = Languages.defaults();

    private final LocalizedPaths paths = LocalizedPaths.load(languages);

    private final Language spanish = languages.byCode("es");

    @Test
    void everyContentPageHasItsSpanishAddress() {
        assertThat(paths.localize(spanish, "/")).hasValue("/es/");
        assertThat(paths.localize(spanish, "/articles/causas")).hasValue("/es/articulos/causas");
        assertThat(paths.localize(spanish, "/exercises")).hasValue("/es/ejercicios");
        assertThat(paths.localize(spanish, "/exercises/gato-vaca")).hasValue("/es/ejercicios/gato-vaca");
        assertThat(paths.localize(spanish, "/exercises/routine")).hasValue("/es/ejercicios/rutina");
        assertThat(paths.localize(spanish, "/exercises/print")).hasValue("/es/ejercicios/imprimir");
        assertThat(paths.localize(spanish, "/faq")).hasValue("/es/preguntas-frecuentes");
        assertThat(paths.localize(spanish, "/check/result?flag=1#result"))
                .hasValue("/es/comprobar/resultado?flag=1#result");
        assertThat(paths.localize(spanish, "/search?q=x")).hasValue("/es/buscar?q=x");
        assertThat(paths.localize(spanish, "/tags/postura")).hasValue("/es/etiquetas/postura");
        assertThat(paths.localize(spanish, "/feed.xml")).hasValue("/es/feed.xml");
    }

    @Test
    void addressesWithoutATranslationStayAsTheyAre() {
        assertThat(paths.localize(spanish, "/css/site.css")).isEmpty();
        assertThat(paths.localize(spanish, "/staff/content")).isEmpty();
        assertThat(paths.localize(spanish, "/articles/")).isEmpty();
        assertThat(paths.localize(languages.defaultLanguage(), "/articles/causes"))
                .hasValue("/articles/causes");
    }

    @Test
    void aSpanishAddressLeadsBackToTheSameKindOfPage() {
        assertThat(paths.toDefault("/es/ejercicios/rutina")).hasValue("/exercises/routine");
        assertThat(paths.toDefault("/es/ejercicios/gato-vaca")).hasValue("/exercises/gato-vaca");
        assertThat(paths.toDefault("/es/")).hasValue("/");
        assertThat(paths.toDefault("/es/buscar?q=espalda")).hasValue("/search?q=espalda");
        assertThat(paths.translate("/exercises/print", spanish)).hasValue("/es/ejercicios/imprimir");
        assertThat(paths.translate("/es/preguntas-frecuentes", languages.defaultLanguage()))
                .hasValue("/faq");
    }

    @Test
    void controllersAnswerTheSpanishPatternsToo() {
        assertThat(paths.localizedPatterns("/articles/{slug}")).containsExactly("/es/articulos/{slug}");
        assertThat(paths.localizedPatterns("/")).containsExactly("/es/", "/es");
        assertThat(paths.localizedPatterns("/staff/content")).isEmpty();
        LocalizedPaths none = new LocalizedPaths(new Languages(List.of("en"), "en"), java.util.Map.of());
        assertThat(none.localizedPatterns("/articles/{slug}")).isEmpty();
    }

    @Test
    void theBookingAndAppointmentAddressesKeepTheSpanishAddressesPatientsHave() {
        // Public contracts: in patients' emails, calendars and bookmarks since before the one table.
        assertThat(paths.localize(spanish, "/book")).hasValue("/es/reservar");
        assertThat(paths.localize(spanish, "/book/request")).hasValue("/es/reservar/solicitud");
        assertThat(paths.localize(spanish, "/book/confirmation/t0k")).hasValue("/es/reservar/confirmacion/t0k");
        assertThat(paths.localize(spanish, "/book/expired-form")).hasValue("/es/reservar/formulario-caducado");
        assertThat(paths.localize(spanish, "/book/appointment")).hasValue("/es/reservar/cita");
        assertThat(paths.localize(spanish, "/book/confirmed")).hasValue("/es/reservar/confirmada");
        assertThat(paths.localize(spanish, "/book/initial-assessment")).hasValue("/es/reservar/initial-assessment");
        assertThat(paths.localize(spanish, "/book/initial-assessment/details?slot=1"))
                .hasValue("/es/reservar/initial-assessment/datos?slot=1");
        assertThat(paths.localize(spanish, "/book/manage/t0k")).hasValue("/es/reservar/gestionar/t0k");
        assertThat(paths.localize(spanish, "/book/manage/t0k/move?week=2027-03-15"))
                .hasValue("/es/reservar/gestionar/t0k/mover?week=2027-03-15");
        assertThat(paths.localize(spanish, "/book/manage/t0k/cancel")).hasValue("/es/reservar/gestionar/t0k/cancelar");
        assertThat(paths.localize(spanish, "/book/manage/t0k/appointment.ics"))
                .hasValue("/es/reservar/gestionar/t0k/cita.ics");
        assertThat(paths.localize(spanish, "/privacy")).hasValue("/es/privacidad");
        assertThat(paths.link(spanish, "/css/site.css")).isEqualTo("/css/site.css");
    }

    @Test
    void aFixedWordWinsOverAVariableEitherWay() {
        assertThat(paths.toDefault("/es/reservar/cita")).hasValue("/book/appointment");
        assertThat(paths.toDefault("/es/reservar/confirmada")).hasValue("/book/confirmed");
        assertThat(paths.toDefault("/es/reservar/initial-assessment")).hasValue("/book/initial-assessment");
        // Both /book/manage/{token} and /book/{slug}/details match: the longer fixed start is the page.
        assertThat(paths.localize(spanish, "/book/manage/details")).hasValue("/es/reservar/gestionar/details");
    }

    @Test
    void aControllersRegularExpressionCarriesOverToTheLocalizedPattern() {
        assertThat(paths.localizedPatterns("/book/{slug:[a-z0-9-]+}"))
                .containsExactly("/es/reservar/{slug:[a-z0-9-]+}");
        assertThat(paths.localizedPatterns("/book/{slug:[a-z0-9-]+}/details"))
                .containsExactly("/es/reservar/{slug:[a-z0-9-]+}/datos");
        assertThat(paths.localizedPatterns("/book/manage/{token}/appointment.ics"))
                .containsExactly("/es/reservar/gestionar/{token}/cita.ics");
    }

    @Test
    void aLanguageIsAddedWithItsTableFile() {
        // The test-only right-to-left language: src/test/resources/i18n/paths_ar.properties, nothing else.
        LocalizedPaths three = LocalizedPaths.load(new Languages(List.of("en", "es", "ar"), "en"));
        Language arabic = three.languages().byCode("ar");
        assertThat(three.localize(arabic, "/book/manage/t0k")).hasValue("/ar/book/manage/t0k");
        assertThat(three.localizedPatterns("/privacy")).containsExactly("/es/privacidad", "/ar/privacy");
        assertThat(three.translate("/ar/exercises/routine", spanish)).hasValue("/es/ejercicios/rutina");
    }
}
