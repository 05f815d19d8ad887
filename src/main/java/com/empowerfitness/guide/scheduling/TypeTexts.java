package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The words of appointment types in a patient's language: the administrator's translation where there is one,
 * field by field, else the default language's words marked with that language. The therapist's name is a
 * person's name and is never translated.
 */
@Component
public class TypeTexts {

    static final String PHONE_PLACE = "schedule.place.phone";

    private final AppointmentTypeTextRepository texts;

    private final Languages languages;

    private final Messages messages;

    TypeTexts(AppointmentTypeTextRepository texts, Languages languages, Messages messages) {
        this.texts = texts;
        this.languages = languages;
        this.messages = messages;
    }

    /** In the language of the request being handled (the page's). */
    public TypeWords words(AppointmentType type) {
        return words(type, this.languages.current().code());
    }

    /** In a language given by its code, such as the one a patient booked in. */
    public TypeWords words(AppointmentType type, String language) {
        AppointmentTypeText text = isDefault(language)
                ? null
                : this.texts.findByTypeIdAndLanguage(type.getId(), language).orElse(null);
        return words(type, language, text);
    }

    /** Several types in the page's language, in their order, with one query. */
    public List<TypeWords> words(List<AppointmentType> types) {
        String language = this.languages.current().code();
        if (isDefault(language) || types.isEmpty()) {
            return types.stream().map((type) -> words(type, language, null)).toList();
        }
        Map<Long, AppointmentTypeText> byType =
                this.texts
                        .findByLanguageAndTypeIdIn(
                                language,
                                types.stream().map(AppointmentType::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(AppointmentTypeText::getTypeId, Function.identity()));
        return types.stream()
                .map((type) -> words(type, language, byType.get(type.getId())))
                .toList();
    }

    private TypeWords words(AppointmentType type, String language, AppointmentTypeText text) {
        String fallback =
                isDefault(language) ? null : this.languages.defaultLanguage().code();
        LocalText place = type.isPhoneCall()
                ? LocalText.of(this.messages.get(Locale.forLanguageTag(language), PHONE_PLACE))
                : pick(text == null ? null : text.getLocation(), type.getLocation(), fallback);
        return new TypeWords(
                type,
                pick(text == null ? null : text.getName(), type.getName(), fallback),
                pick(text == null ? null : text.getDescription(), type.getDescription(), fallback),
                place);
    }

    /** The translation, else the default language's words marked as such (null when neither has any). */
    private static LocalText pick(String translated, String original, String fallbackLanguage) {
        if (translated != null) {
            return LocalText.of(translated);
        }
        if (original == null) {
            return null;
        }
        return new LocalText(original, fallbackLanguage);
    }

    private boolean isDefault(String language) {
        return this.languages.defaultLanguage().code().equals(language);
    }
}
