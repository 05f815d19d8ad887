package com.empowerfitness.guide.seo;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One page patients may see now, as the feed and the sitemap list it ({@link PublishedPageSource}).
 *
 * @param path the page's address, starting with {@code /}
 * @param lastReviewed the clinical review date, or null
 * @param updated when the page last changed
 * @param language the page's language code (set by {@link PublishedPages})
 * @param translationKey what the same page in every language shares ({@code PageInfo.getTranslationKey()})
 */
public record PublishedPage(
        String path,
        String title,
        String summary,
        LocalDate lastReviewed,
        OffsetDateTime updated,
        String language,
        String translationKey) {

    /** A page as its feature describes it: its default-language path, no language known yet. */
    public PublishedPage(String path, String title, String summary, LocalDate lastReviewed, OffsetDateTime updated) {
        this(path, title, summary, lastReviewed, updated, null, path);
    }

    /**
     * A page with what says which language it is in and which pages are the same page in other languages.
     *
     * @param translationKey the default-language file it translates, or its own source file
     */
    public PublishedPage inLanguage(String address, String languageCode, String key) {
        return new PublishedPage(address, title, summary, lastReviewed, updated, languageCode, key);
    }

    /** The date search engines and feed readers are told: the review date, else the last change. */
    public LocalDate lastModified() {
        return lastReviewed != null ? lastReviewed : updated.toLocalDate();
    }
}
