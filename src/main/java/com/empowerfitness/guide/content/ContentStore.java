package com.empowerfitness.guide.content;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 5: upserts processed files by source path and content hash, in one transaction per load. Unchanged
 * files are skipped, changed ones updated, deleted ones removed; a file that failed (still on disk) keeps its
 * last good version.
 */
@Component
public class ContentStore {

    private final ContentTypes types;

    private final ContentErrorRepository errorRepository;

    private final EntityManager entityManager;

    private final Clock clock;

    public ContentStore(
            ContentTypes types, ContentErrorRepository errorRepository, EntityManager entityManager, Clock clock) {
        this.types = types;
        this.errorRepository = errorRepository;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param contents the files that passed every stage, in path order
     * @param errors the problems found so far; conflicts found while storing are added
     * @param presentPaths every file on disk, good or bad: stored pages of other paths are removed
     */
    @Transactional
    public LoadReport store(
            List<ProcessedContent> contents, List<ContentError> errors, Collection<String> presentPaths) {
        lockAgainstOtherInstances();
        Instant now = clock.instant();
        Set<String> present = Set.copyOf(presentPaths);
        Map<ContentType, Map<String, String>> stored = new HashMap<>();
        int removed = 0;
        for (ContentType type : types.all()) {
            Map<String, String> hashes = type.storedHashes();
            stored.put(type, hashes);
            for (String path : hashes.keySet()) {
                if (!present.contains(path)) {
                    type.remove(path);
                    removed++;
                }
            }
        }
        // Hibernate flushes inserts before updates and deletes: flush in steps so that a slug freed by a
        // deleted or renamed file can be taken by another file in the same load.
        entityManager.flush();
        List<ContentError> allErrors = new ArrayList<>(errors);
        int updated = 0;
        int added = 0;
        int unchanged = 0;
        for (boolean existing : new boolean[] {true, false}) {
            for (ProcessedContent content : contents) {
                ContentType type = typeOf(content);
                String storedHash = stored.get(type).get(content.path());
                if ((storedHash != null) != existing) {
                    continue;
                }
                if (content.hash().equals(storedHash)) {
                    unchanged++;
                    continue;
                }
                Optional<ContentError> conflict = type.save(content, now);
                if (conflict.isPresent()) {
                    allErrors.add(conflict.get());
                } else if (existing) {
                    updated++;
                } else {
                    added++;
                }
            }
            entityManager.flush();
        }
        replaceErrors(allErrors, now);
        return new LoadReport(added, updated, unchanged, removed, List.copyOf(allErrors));
    }

    /** Used when the folder cannot be read at all: stored pages stay, only the error list is replaced. */
    @Transactional
    public void replaceErrors(List<ContentError> errors) {
        lockAgainstOtherInstances();
        replaceErrors(errors, clock.instant());
    }

    private void replaceErrors(List<ContentError> errors, Instant now) {
        errorRepository.deleteAllInBatch();
        errorRepository.saveAll(
                errors.stream().map(e -> new ContentErrorRecord(e, now)).toList());
    }

    /**
     * Instances sharing a database that load at the same moment take turns: the one-row lock is held until
     * this transaction ends, and the next one then sees what the first stored (no duplicate, no failed start).
     */
    private void lockAgainstOtherInstances() {
        entityManager
                .createNativeQuery("SELECT id FROM content_load_lock WHERE id = 1 FOR UPDATE")
                .getResultList();
    }

    private ContentType typeOf(ProcessedContent content) {
        return types.of(content.path())
                .orElseThrow(() -> new IllegalStateException("No content type for " + content.path()));
    }
}
