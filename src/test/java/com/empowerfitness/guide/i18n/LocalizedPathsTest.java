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
}
