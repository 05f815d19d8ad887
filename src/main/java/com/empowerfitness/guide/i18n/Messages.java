package com.empowerfitness.guide.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The interface text of {@code i18n/messages*.properties} for Java code: in the current request's language
 * (the path's, see {@link PathLocaleResolver}) or in a language given, such as a patient's for an email.
 * Addresses are not messages: each language's are in {@link LocalizedPaths}.
 */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    /** The message in the current request's language. */
    public String get(String key, Object... args) {
        return this.source.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    public String get(Locale locale, String key, Object... args) {
        return this.source.getMessage(key, args, locale);
    }

    /** The language code of the current request ({@code en}, {@code es}), as stored with a patient's request. */
    public static String currentLanguage() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    public MessageSource source() {
        return this.source;
    }
}
