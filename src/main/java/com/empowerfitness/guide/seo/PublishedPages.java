package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages patients may see now, as the feed and the sitemap list them: what every feature's source gives, per
 * language, each at its address in its language.
 */
@Component
class PublishedPages {

    private final List<PublishedPageSource> sources;

    private final LocalizedPaths paths;

    private final Clock clock;

    PublishedPages(List<PublishedPageSource> sources, LocalizedPaths paths, Clock clock) {
        this.sources = sources;
        this.paths = paths;
        this.clock = clock;
    }

    /** The default language's pages. */
    @Transactional(readOnly = true)
    List<PublishedPage> now() {
        return now(paths.languages().defaultLanguage());
    }

    @Transactional(readOnly = true)
    List<PublishedPage> now(Language language) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PublishedPage> pages = new ArrayList<>();
        for (PublishedPageSource source : sources) {
            for (PublishedPage page : source.publishedPages(language.code(), now)) {
                String address = paths.localize(language, page.path()).orElse(page.path());
                pages.add(page.inLanguage(address, language.code(), page.translationKey()));
            }
        }
        return pages;
    }

    /** Every language's pages, the default language first. */
    @Transactional(readOnly = true)
    List<PublishedPage> everyLanguage() {
        List<PublishedPage> pages = new ArrayList<>();
        for (Language language : paths.languages().all()) {
            pages.addAll(now(language));
        }
        return pages;
    }

    LocalizedPaths paths() {
        return paths;
    }
}
