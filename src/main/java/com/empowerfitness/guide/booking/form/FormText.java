package com.empowerfitness.guide.booking.form;

import java.beans.PropertyEditorSupport;

/**
 * Text as the booking form keeps it. Two kinds of character cannot be stored as typed and are changed rather
 * than refused, so that a request is never lost over an invisible character: NUL (U+0000), which PostgreSQL's
 * text types reject, is removed; a lone UTF-16 surrogate (half of an emoji, never typed by a person), which has
 * no UTF-8 form, becomes U+FFFD. Everything else (direction marks, any script, emoji) is kept as typed.
 */
final class FormText {

    private FormText() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\u0000') {
                replacement = "";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (cleaned != null) {
                        cleaned.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append((replacement != null) ? replacement : String.valueOf(c));
            }
        }
        return (cleaned == null) ? text : cleaned.toString();
    }

    /** Binds form text cleaned and trimmed; blank is no answer (null), so optional fields skip their checks. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String value = clean(text);
            value = (value == null) ? null : value.strip();
            setValue((value == null || value.isEmpty()) ? null : value);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return (value == null) ? "" : value.toString();
        }
    }
}
