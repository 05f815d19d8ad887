package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.content.ContentChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Files changed in the folder directly (by an editor who prefers a text editor and Git, or a deploy) keep working
 * as before; after each load their change is committed with the author "content folder", so the history has no
 * holes and a browser save never takes someone else's change as its own.
 */
class FolderChangesCommitter {

    private static final Logger log = LoggerFactory.getLogger(FolderChangesCommitter.class);

    private final ContentRepository repository;

    FolderChangesCommitter(ContentRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void contentChanged(ContentChangedEvent event) {
        try {
            this.repository
                    .commitFolderChanges()
                    .ifPresent(
                            commit -> log.info("Committed changes made in the content folder as {}", commit.shortId()));
            this.repository.pushPending();
        } catch (ContentHistoryException ex) {
            // The pages are live either way; the next change or browser save commits what is pending.
            log.warn("Changes in the content folder could not be committed yet: {}", ex.getMessage());
        }
    }
}
