package com.empowerfitness.guide.i18n;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code language} (the page's {@link Language}: {@code code}, {@code dir}, {@code prefix()}) and {@code languages}
 * in the model of every page, the error pages too, for {@code <html lang dir>} and links within the language.
 */
@ControllerAdvice
class LanguageAdvice {

    static final String LANGUAGE = "language";

    static final String LANGUAGES = "languages";

    private final Languages languages;

    LanguageAdvice(Languages languages) {
        this.languages = languages;
    }

    @ModelAttribute(LANGUAGE)
    Language language(HttpServletRequest request) {
        return languages.of(request);
    }

    @ModelAttribute(LANGUAGES)
    Languages languages() {
        return languages;
    }
}
