package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.content.ContentLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance in step with the shared content history: every few seconds
 * ({@code guide.content.git.sync-interval}) it fetches, merges and pushes, and loads the content when the folder
 * changed, so a change saved on one instance is live on every other within the interval plus one load.
 */
public class ContentSync {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

    private final ContentRepository repository;

    private final ContentLoader loader;

    ContentSync(ContentRepository repository, ContentLoader loader) {
        this.repository = repository;
        this.loader = loader;
    }

    /** One round: returns whether the content was loaded because the shared history brought changes. */
    public boolean sync() {
        boolean changed;
        try {
            changed = this.repository.sync();
        } catch (ContentHistoryException ex) {
            log.warn("The content could not be synchronised: {}", ex.getMessage());
            return false;
        }
        if (changed) {
            this.loader.load();
        }
        return changed;
    }

    @Scheduled(
            fixedDelayString = "${guide.content.git.sync-interval:3s}",
            initialDelayString = "${guide.content.git.sync-interval:3s}")
    void scheduled() {
        sync();
    }
}
