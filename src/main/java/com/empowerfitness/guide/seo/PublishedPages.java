package com.empowerfitness.guide.seo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pages patients may see now, as the feed and the sitemap list them: what every feature's source gives. */
@Component
class PublishedPages {

    private final List<PublishedPageSource> sources;

    private final Clock clock;

    PublishedPages(List<PublishedPageSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<PublishedPage> now() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PublishedPage> pages = new ArrayList<>();
        for (PublishedPageSource source : sources) {
            pages.addAll(source.publishedPages(now));
        }
        return pages;
    }
}
