package com.empowerfitness.guide.scheduling;

/**
 * Words a patient reads, with the language they are in when that is not the page's: a name no one translated
 * yet is shown in the default language and marked {@code lang="en"} so that screen readers pronounce it right.
 *
 * @param text the words
 * @param lang the language code of the words when it differs from the page's, else null
 */
public record LocalText(String text, String lang) {

    /** Words in the page's own language. */
    public static LocalText of(String text) {
        return new LocalText(text, null);
    }

    /** The words of {@code text}, or null when there are none. */
    public static String textOf(LocalText text) {
        return text == null ? null : text.text();
    }

    /** The words alone, for plain text (emails, the .ics, a page title). */
    @Override
    public String toString() {
        return this.text;
    }
}
