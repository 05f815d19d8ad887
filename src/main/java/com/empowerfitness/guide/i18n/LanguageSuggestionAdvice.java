package com.empowerfitness.guide.i18n;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code languageSuggestion} in the model of every page: the {@link LanguageSuggestion} of the request, or null.
 * It depends only on what the page cache keys a page's variants on ({@link LanguageSuggestions#candidate}).
 */
@ControllerAdvice
class LanguageSuggestionAdvice {

    static final String ATTRIBUTE = "languageSuggestion";

    private final LanguageSuggestions suggestions;

    private final MessageSource messages;

    LanguageSuggestionAdvice(Languages languages, MessageSource messages) {
        this.suggestions = new LanguageSuggestions(languages);
        this.messages = messages;
    }

    @ModelAttribute(ATTRIBUTE)
    LanguageSuggestion languageSuggestion(HttpServletRequest request) {
        return suggestions
                .candidate(request)
                .map(language -> new LanguageSuggestion(
                        language,
                        suggestions.languages().of(request),
                        request.getRequestURI()
                                .substring(request.getContextPath().length()),
                        messages))
                .orElse(null);
    }
}
