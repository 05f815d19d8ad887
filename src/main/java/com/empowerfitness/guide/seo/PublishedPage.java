package com.empowerfitness.guide.seo;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One page patients may see now, as the feed and the sitemap list it ({@link PublishedPageSource}).
 *
 * @param path the page's address, starting with {@code /}
 * @param lastReviewed the clinical review date, or null
 * @param updated when the page last changed
 */
public record PublishedPage(String path, String title, String summary, LocalDate lastReviewed, OffsetDateTime updated) {

    /** The date search engines and feed readers are told: the review date, else the last change. */
    public LocalDate lastModified() {
        return lastReviewed != null ? lastReviewed : updated.toLocalDate();
    }
}
