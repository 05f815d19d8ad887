package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.content.ContentChangedEvent;
import com.empowerfitness.guide.content.ContentLoader;
import com.empowerfitness.guide.content.LoadReport;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance in step with the shared content history: every few seconds
 * ({@code guide.content.git.sync-interval}) it fetches, merges and pushes, and loads the content when the folder
 * changed, so a change saved on one instance is live on every other within the interval plus one load. On
 * PostgreSQL {@link ContentNotifications} calls {@link #sync()} as soon as another instance pushed.
 */
public class ContentSync {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

    private final ContentRepository repository;

    private final ContentLoader loader;

    private final ApplicationEventPublisher events;

    ContentSync(ContentRepository repository, ContentLoader loader, ApplicationEventPublisher events) {
        this.repository = repository;
        this.loader = loader;
        this.events = events;
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
            LoadReport report = this.loader.load();
            if (report.added() + report.updated() + report.removed() == 0) {
                // On a shared database the instance that saved has stored the pages already, so this load found
                // nothing new; this instance's rendered pages still show the old text until they are dropped.
                this.events.publishEvent(new ContentChangedEvent(Set.of()));
            }
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
