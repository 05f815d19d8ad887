package com.empowerfitness.guide.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * One language the guide is published in, as templates and controllers need it: its code ({@code <html lang>}),
 * its writing direction ({@code <html dir>}) and the path prefix its pages live under (none for the default
 * language, {@code /es} for Spanish).
 *
 * @param code the ISO 639 code, lower case
 * @param isDefault whether this is the default language (the one of {@code content/} and of unprefixed paths)
 */
public record Language(String code, boolean isDefault) {

    /** The languages written right to left that a clinic might add; every other one is left to right. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String dir() {
        return isRtl() ? "rtl" : "ltr";
    }

    public boolean isRtl() {
        return RIGHT_TO_LEFT.contains(code);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The path prefix of this language's pages: empty for the default language, else {@code /<code>}. */
    public String prefix() {
        return isDefault ? "" : "/" + code;
    }

    /** This language's home page: {@code /} or {@code /es/}. */
    public String homePath() {
        return prefix() + "/";
    }

    /** The language's name in itself ("English", "Español"), for the language switcher. */
    public String nativeName() {
        Locale locale = locale();
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
