package com.empowerfitness.guide.seo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Implemented by a feature whose pages belong in the feed and the sitemap (a Spring bean; {@code @Order} sets
 * where its pages come in the lists).
 */
public interface PublishedPageSource {

    /** The feature's pages in {@code language} that patients may see at {@code now} (clinic time). */
    List<PublishedPage> publishedPages(String language, LocalDateTime now);
}
