package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.AppointmentTypeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The appointment type form; numbers arrive as text so that "abc" is a field error, not a binding failure.
 * {@code place} is {@code phone} or {@code clinic}; {@code active} is posted when offered online. {@code texts}
 * holds the patients' words in each language but the default one, posted as {@code texts[es].name} and so on;
 * every one of them is optional (patients see the default language's words for a field left empty).
 */
record TypeForm(
        String name,
        String slug,
        String description,
        String duration,
        String buffer,
        String place,
        String location,
        String active,
        Map<String, TextForm> texts) {

    /** The words in one language; any of them may be empty. */
    record TextForm(String name, String description, String location) {

        static final TextForm EMPTY = new TextForm("", "", "");

        static TextForm of(AppointmentTypeText text) {
            return new TextForm(
                    text.getName() == null ? "" : text.getName(),
                    text.getDescription() == null ? "" : text.getDescription(),
                    text.getLocation() == null ? "" : text.getLocation());
        }
    }

    /** The words in one language as checked; null where the field was left empty. */
    record TextValues(String name, String description, String location) {}

    /** The field names of one language's words, as posted and as errors are keyed: {@code texts[es].name}. */
    static String field(String language, String part) {
        return "texts[" + language + "]." + part;
    }

    /** The element id of such a field: {@code name-es}. */
    static String fieldId(String language, String part) {
        return part + "-" + language;
    }

    static final String NAME = "typeForm";

    /** Lower-case letters, digits and single hyphens: the address {@code /book/{slug}}. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Addresses under /book that are pages of their own, never a type. */
    static final Set<String> RESERVED = Set.of("request", "appointment", "confirmed", "confirmation", "manage");

    static TypeForm empty() {
        return new TypeForm("", "", "", "20", "10", "phone", "", "yes", Map.of());
    }

    static TypeForm of(AppointmentType type, List<AppointmentTypeText> texts) {
        Map<String, TextForm> words = new LinkedHashMap<>();
        texts.forEach((text) -> words.put(text.getLanguage(), TextForm.of(text)));
        return new TypeForm(
                type.getName(),
                type.getSlug(),
                type.getDescription() == null ? "" : type.getDescription(),
                Integer.toString(type.getDurationMinutes()),
                Integer.toString(type.getBufferAfterMinutes()),
                type.isPhoneCall() ? "phone" : "clinic",
                type.getLocation() == null ? "" : type.getLocation(),
                type.isOfferedOnline() ? "yes" : null,
                words);
    }

    /** The words posted or stored for a language, empty ones when there are none (for the form's fields). */
    public TextForm text(String language) {
        TextForm text = this.texts == null ? null : this.texts.get(language);
        return text == null ? TextForm.EMPTY : text;
    }

    /** What a valid form says, checked field by field. */
    record Values(
            String name,
            String slug,
            String description,
            int duration,
            int buffer,
            boolean phoneCall,
            String location,
            boolean active,
            Map<String, TextValues> texts) {}

    /** Checks the default language's fields, then each translation's (those of {@code translations} only). */
    Values check(FormErrors errors, List<Language> translations) {
        String cleanName = FormErrors.strip(this.name);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.reject("name", "Enter a name of at most 100 characters");
        }
        String cleanSlug = FormErrors.strip(this.slug);
        if (cleanSlug.length() > 60 || !SLUG.matcher(cleanSlug).matches()) {
            errors.reject(
                    "slug",
                    "Enter an address of at most 60 characters: lower-case letters, digits and single hyphens, "
                            + "for example initial-assessment");
        } else if (RESERVED.contains(cleanSlug)) {
            errors.reject("slug", "That address is used by another booking page; choose another");
        }
        String cleanDescription = FormErrors.strip(this.description);
        if (cleanDescription.length() > 500) {
            errors.reject("description", "Enter a description of at most 500 characters");
        }
        Integer minutes = errors.minutes("duration", this.duration, 5, 480, "duration");
        Integer after = errors.minutes("buffer", this.buffer, 0, 240, "buffer");
        boolean phone = "phone".equals(this.place);
        if (!phone && !"clinic".equals(this.place)) {
            errors.reject("place", "Choose whether it is a phone call or at a place");
        }
        String cleanLocation = FormErrors.strip(this.location);
        if (!phone && (cleanLocation.isEmpty() || cleanLocation.length() > 200)) {
            errors.reject("location", "Enter where it takes place, at most 200 characters");
        }
        Map<String, TextValues> words = new LinkedHashMap<>();
        for (Language language : translations) {
            words.put(language.code(), checkText(errors, language, phone));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Values(
                cleanName,
                cleanSlug,
                cleanDescription.isEmpty() ? null : cleanDescription,
                minutes,
                after,
                phone,
                phone ? null : cleanLocation,
                this.active != null,
                words);
    }

    /** The same lengths as the default language's fields; a phone call has no place in any language. */
    private TextValues checkText(FormErrors errors, Language language, boolean phone) {
        TextForm text = text(language.code());
        String in = language.locale().getDisplayLanguage(Locale.ENGLISH);
        String cleanName = FormErrors.strip(text.name());
        if (cleanName.length() > 100) {
            errors.reject(
                    field(language.code(), "name"),
                    "Enter a name in " + in + " of at most 100 characters, or leave it empty");
        }
        String cleanDescription = FormErrors.strip(text.description());
        if (cleanDescription.length() > 500) {
            errors.reject(
                    field(language.code(), "description"),
                    "Enter a description in " + in + " of at most 500 characters, or leave it empty");
        }
        String cleanLocation = FormErrors.strip(text.location());
        if (!phone && cleanLocation.length() > 200) {
            errors.reject(
                    field(language.code(), "location"),
                    "Enter the place in " + in + " in at most 200 characters, or leave it empty");
        }
        return new TextValues(
                cleanName.isEmpty() ? null : cleanName,
                cleanDescription.isEmpty() ? null : cleanDescription,
                phone || cleanLocation.isEmpty() ? null : cleanLocation);
    }
}
