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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stage 5: upserts processed files by source path and content hash, in one transaction per load. Unchanged
 * files are skipped, changed ones updated, deleted ones removed; a file that failed (still on disk) keeps its
 * last good version. Should that transaction fail, the load is stored again one file per transaction, so the file
 * the database refuses is that file's error and every other file's change is still published.
 */
@Component
public class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    private final ContentTypes types;

    private final ContentErrorRepository errorRepository;

    private final EntityManager entityManager;

    private final Clock clock;

    private final TransactionTemplate transaction;

    public ContentStore(
            ContentTypes types,
            ContentErrorRepository errorRepository,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.types = types;
        this.errorRepository = errorRepository;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Every stored file's source path with what it was stored from, read without taking the load lock. */
    public Map<String, StoredSource> storedSources() {
        return transaction.execute(status -> {
            Map<String, StoredSource> all = new HashMap<>();
            types.all().forEach(type -> all.putAll(type.storedSources()));
            return all;
        });
    }

    /**
     * @param contents the files that passed every stage, in path order
     * @param errors the problems found so far; conflicts found while storing are added
     * @param presentPaths every file on disk, good or bad: stored pages of other paths are removed
     */
    public LoadReport store(
            List<ProcessedContent> contents, List<ContentError> errors, Collection<String> presentPaths) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        try {
            return transaction.execute(status -> storeAll(contents, errors, presentPaths));
        } catch (RuntimeException ex) {
            if (joined) {
                throw ex; // a caller's transaction is rolled back as a whole; nothing can be kept apart in it
            }
            log.warn(
                    "Storing the content in one transaction failed ({}); storing each file on its own",
                    rootCause(ex).getClass().getSimpleName());
            log.debug("Content store failure", ex);
            return storeEachFile(contents, errors, presentPaths);
        }
    }

    private LoadReport storeAll(
            List<ProcessedContent> contents, List<ContentError> errors, Collection<String> presentPaths) {
        lockAgainstOtherInstances();
        Instant now = clock.instant();
        Set<String> present = Set.copyOf(presentPaths);
        Map<ContentType, Map<String, StoredSource>> stored = new HashMap<>();
        int removed = 0;
        for (ContentType type : types.all()) {
            Map<String, StoredSource> hashes = type.storedSources();
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
                StoredSource source = stored.get(type).get(content.path());
                String storedHash = (source == null) ? null : source.hash();
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

    private enum Outcome {
        ADDED,
        UPDATED,
        UNCHANGED,
        CONFLICT
    }

    /**
     * The same steps as {@link #storeAll}, each removal and each file in a transaction of its own (each takes
     * the lock, so other instances still take turns file by file): slower, used only after a failed load.
     */
    private LoadReport storeEachFile(
            List<ProcessedContent> contents, List<ContentError> errors, Collection<String> presentPaths) {
        Set<String> present = Set.copyOf(presentPaths);
        List<ContentError> allErrors = new ArrayList<>(errors);
        int removed = 0;
        for (ContentType type : types.all()) {
            Set<String> storedPaths =
                    transaction.execute(status -> type.storedSources().keySet());
            for (String path : storedPaths) {
                if (present.contains(path)) {
                    continue;
                }
                try {
                    transaction.executeWithoutResult(status -> {
                        lockAgainstOtherInstances();
                        type.remove(path);
                        entityManager.flush();
                    });
                    removed++;
                } catch (RuntimeException ex) {
                    allErrors.add(refused(path, "the deleted file's page could not be removed", ex));
                }
            }
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (boolean existing : new boolean[] {true, false}) {
            for (ProcessedContent content : contents) {
                ContentType type = typeOf(content);
                try {
                    Outcome outcome = transaction.execute(status -> {
                        lockAgainstOtherInstances();
                        StoredSource source = type.storedSources().get(content.path());
                        String storedHash = (source == null) ? null : source.hash();
                        if ((storedHash != null) != existing) {
                            return null;
                        }
                        if (content.hash().equals(storedHash)) {
                            return Outcome.UNCHANGED;
                        }
                        Optional<ContentError> conflict = type.save(content, clock.instant());
                        entityManager.flush();
                        conflict.ifPresent(allErrors::add);
                        return conflict.isPresent() ? Outcome.CONFLICT : existing ? Outcome.UPDATED : Outcome.ADDED;
                    });
                    if (outcome == Outcome.ADDED) {
                        added++;
                    } else if (outcome == Outcome.UPDATED) {
                        updated++;
                    } else if (outcome == Outcome.UNCHANGED) {
                        unchanged++;
                    }
                } catch (RuntimeException ex) {
                    allErrors.add(refused(
                            content.path(),
                            "the database refused this page, so its last good version stays online",
                            ex));
                }
            }
        }
        List<ContentError> result = List.copyOf(allErrors);
        transaction.executeWithoutResult(status -> {
            lockAgainstOtherInstances();
            replaceErrors(result, clock.instant());
        });
        return new LoadReport(added, updated, unchanged, removed, result);
    }

    private static ContentError refused(String path, String what, RuntimeException ex) {
        // The database's own message may quote the page's text: only the kind of failure is shown.
        log.debug("Storing {} failed", path, ex);
        return new ContentError(
                path, null, null, what + " (" + rootCause(ex).getClass().getSimpleName() + ")");
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
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
