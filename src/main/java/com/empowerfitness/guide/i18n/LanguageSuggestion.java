package com.empowerfitness.guide.i18n;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The suggestion a page may show ({@link LanguageSuggestions}): the language suggested and the page it is made on.
 * Whether there is anything to show is known only once the page knows its translations, so the layout asks
 * {@link #note} with the page's language links ({@code languageLinks}, set after the controller ran).
 *
 * @param suggested the language the patient's browser prefers over the page's
 * @param page the language of the page
 * @param pagePath the page's address (a path inside the application), to return to after a choice
 */
public record LanguageSuggestion(Language suggested, Language page, String pagePath, MessageSource messages) {

    /** The address of the page that asks whether to stop suggesting, in the suggested language. */
    static final String CHOICE_PATH = "/language-choice";

    /**
     * What the note shows, all in the suggested language (the patient may not read the page's).
     *
     * @param href the same page in the suggested language
     * @param choiceHref the page where the patient says not to suggest it again
     */
    public record Note(Language language, String label, String text, String href, String dismiss, String choiceHref) {}

    /** The note, or null when the page has no translation in the suggested language. */
    public Note note(List<LanguageLink> languageLinks) {
        if (languageLinks == null) {
            return null;
        }
        for (LanguageLink link : languageLinks) {
            if (link.language().equals(suggested) && link.translated()) {
                return new Note(
                        suggested,
                        message("languageSuggestion.label"),
                        message("languageSuggestion.text"),
                        link.href(),
                        message("languageSuggestion.dismiss"),
                        choiceHref(suggested, page, pagePath));
            }
        }
        return null;
    }

    /** {@code /es/language-choice?keep=en&page=/articles/causes}: shown in the suggested language. */
    static String choiceHref(Language shownIn, Language keep, String pagePath) {
        return UriComponentsBuilder.fromPath(shownIn.prefix() + CHOICE_PATH)
                .queryParam("keep", keep.code())
                .queryParam("page", pagePath)
                .encode()
                .build()
                .toUriString();
    }

    private String message(String key) {
        return messages.getMessage(key, null, suggested.locale());
    }
}
