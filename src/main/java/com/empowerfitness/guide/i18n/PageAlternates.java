package com.empowerfitness.guide.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * Which languages a page exists in, as its controller knows them: language code to the page's address written
 * the default language's way ({@code /articles/causas}: the language's own slug, the English path segments; the
 * page metadata turns it into {@code /es/articulos/causas}). A page that says nothing exists in every language
 * whose address table knows its address (lists, search); see seo's PageMetadataInterceptor.
 */
public final class PageAlternates {

    /** The model attribute holding the map. */
    public static final String ATTRIBUTE = "pageAlternates";

    private PageAlternates() {}

    public static void put(Model model, Map<String, String> pathsByLanguage) {
        model.addAttribute(ATTRIBUTE, Map.copyOf(new LinkedHashMap<>(pathsByLanguage)));
    }
}
