package com.empowerfitness.guide.content;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores one kind of content (stage 5). Each feature package provides its own, so the pipeline does not depend
 * on the features' entities.
 */
public interface ContentHandler {

    Set<ContentKind> kinds();

    /** Source path to content hash of everything stored by this handler. */
    Map<String, String> storedHashes();

    /** Removes what was stored from a file that no longer exists. */
    void remove(String sourcePath);

    /**
     * Inserts or updates what a file holds.
     *
     * @return an error when the file's key is still taken by another stored file, in which case nothing changed
     */
    Optional<ContentError> save(ProcessedContent content, Instant now);
}
