package com.empowerfitness.guide.content;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Languages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every registered {@link ContentType}: the features' beans, collected by Spring. A file of a non-default
 * language lives in {@code content/<code>/}, in the same places as the default language's files
 * ({@code es/articles/causas.md} is an article in Spanish), so each type sees the path within its language.
 */
@Component
public class ContentTypes {

    private final List<ContentType> types;

    private final Languages languages;

    public ContentTypes(List<ContentType> types) {
        this(types, Languages.defaults());
    }

    public ContentTypes(List<ContentType> types, Languages languages) {
        this.types = List.copyOf(types);
        this.languages = languages;
    }

    /** Slice tests without the web configuration get the default languages. */
    @Autowired
    ContentTypes(List<ContentType> types, ObjectProvider<Languages> languages) {
        this(types, languages.getIfAvailable(Languages::defaults));
    }

    public List<ContentType> all() {
        return types;
    }

    /** The type whose file this is (in any language), or empty when no type claims the path. */
    public Optional<ContentType> of(String relativePath) {
        String inLanguage = pathInLanguage(relativePath);
        return types.stream().filter(t -> t.accepts(inLanguage)).findFirst();
    }

    /** The language of a file: the folder {@code <code>/} of a non-default language, else the default language. */
    public Language languageOf(String relativePath) {
        int slash = relativePath.indexOf('/');
        if (slash > 0) {
            String first = relativePath.substring(0, slash);
            for (Language language : languages.translations()) {
                if (language.code().equals(first)) {
                    return language;
                }
            }
        }
        return languages.defaultLanguage();
    }

    /** The path without its language folder: {@code es/articles/causas.md} is {@code articles/causas.md}. */
    public String pathInLanguage(String relativePath) {
        Language language = languageOf(relativePath);
        return language.isDefault()
                ? relativePath
                : relativePath.substring(language.code().length() + 1);
    }

    public Languages languages() {
        return languages;
    }

    /** The places files may live, for the message about a file elsewhere. */
    public String places() {
        String places = types.stream().map(ContentType::place).sorted().collect(Collectors.joining(", "));
        List<Language> translations = languages.translations();
        if (translations.isEmpty()) {
            return places;
        }
        return places + " (and the same in "
                + translations.stream().map(l -> l.code() + "/").collect(Collectors.joining(", ")) + " for "
                + translations.stream().map(Language::nativeName).collect(Collectors.joining(", ")) + ")";
    }
}
