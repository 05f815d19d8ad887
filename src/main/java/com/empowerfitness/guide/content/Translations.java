package com.empowerfitness.guide.content;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.PageAlternates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;

/**
 * What a page made from a content file tells the layout about its languages: the languages it exists in
 * ({@link PageAlternates}, for hreflang links and the language switcher) and, for a translation no clinician has
 * reviewed yet, {@code awaitingReview} (the layout shows a short note: the English original was reviewed, this
 * text not yet).
 */
public final class Translations {

    /** The model attribute: true on a page of a non-default language without a clinical review. */
    public static final String AWAITING_REVIEW = "awaitingReview";

    private Translations() {}

    /**
     * @param page the page shown
     * @param versions the same page in every language patients may see it in now
     * @param info the page's stored details
     * @param address the page's address written the default language's way ({@code /articles/causas})
     */
    public static <T> void describe(
            Model model,
            Language language,
            T page,
            List<T> versions,
            Function<T, PageInfo> info,
            Function<T, String> address) {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (T version : versions) {
            alternates.putIfAbsent(info.apply(version).getLanguage(), address.apply(version));
        }
        alternates.put(language.code(), address.apply(page));
        PageAlternates.put(model, alternates);
        model.addAttribute(
                AWAITING_REVIEW, !language.isDefault() && !info.apply(page).isReviewed());
    }
}
