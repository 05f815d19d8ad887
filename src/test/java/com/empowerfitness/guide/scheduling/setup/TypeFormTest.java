package com.empowerfitness.guide.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.i18n.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type form's words per language: every configured language is checked, whatever it is; others are ignored. */
class TypeFormTest {

    static final List<Language> SPANISH_AND_FRENCH = List.of(new Language("es", false), new Language("fr", false));

    static TypeForm form(String place, Map<String, TypeForm.TextForm> texts) {
        return new TypeForm("Follow-up session", "follow-up", "", "30", "5", place, "At the clinic", "yes", texts);
    }

    @Test
    void eachConfiguredLanguageGetsItsWordsTrimmedAndEmptyFieldsAsNone() {
        FormErrors errors = new FormErrors();
        TypeForm.Values values = form(
                        "clinic",
                        Map.of(
                                "fr", new TypeForm.TextForm(" Séance de suivi ", "", " À la clinique "),
                                "de", new TypeForm.TextForm("Folgetermin", "", "")))
                .check(errors, SPANISH_AND_FRENCH);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(values.texts())
                .as("Spanish was not posted: no words; German is not configured: ignored")
                .containsOnlyKeys("es", "fr");
        assertThat(values.texts().get("es")).isEqualTo(new TypeForm.TextValues(null, null, null));
        assertThat(values.texts().get("fr"))
                .isEqualTo(new TypeForm.TextValues("Séance de suivi", null, "À la clinique"));
    }

    @Test
    void aTooLongFieldInAnyLanguageIsAnErrorOnThatLanguagesField() {
        FormErrors errors = new FormErrors();
        TypeForm.Values values = form(
                        "clinic",
                        Map.of(
                                "es", new TypeForm.TextForm("", "d".repeat(501), ""),
                                "fr", new TypeForm.TextForm("n".repeat(101), "", "")))
                .check(errors, SPANISH_AND_FRENCH);

        assertThat(values).isNull();
        assertThat(errors.asMap()).containsOnlyKeys("texts[es].description", "texts[fr].name");
        assertThat(errors.asMap().get("texts[fr].name")).contains("in French", "100 characters");
    }

    @Test
    void aPhoneCallHasNoPlaceInAnyLanguage() {
        FormErrors errors = new FormErrors();
        TypeForm.Values values = form("phone", Map.of("es", new TypeForm.TextForm("Llamada", "", "x".repeat(300))))
                .check(errors, SPANISH_AND_FRENCH);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(values.texts().get("es")).isEqualTo(new TypeForm.TextValues("Llamada", null, null));
    }
}
