package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs the content pipeline: scan, parse, validate, render and sanitize, store. It runs once at start-up, after
 * every bean exists but before the web server takes requests, so the first visitor already sees every page.
 * Problems are logged at WARN as {@code path:line:column: reason} and kept in the {@code content_error} table.
 */
@Component
public class ContentLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final GuideProperties properties;

    private final ContentScanner scanner;

    private final ContentProcessor processor;

    private final ContentStore store;

    private final ContentTypes types;

    private final ApplicationEventPublisher events;

    public ContentLoader(
            GuideProperties properties,
            ContentScanner scanner,
            ContentProcessor processor,
            ContentStore store,
            ContentTypes types,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.scanner = scanner;
        this.processor = processor;
        this.store = store;
        this.types = types;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /**
     * Loads the content folder into the database; safe to call again: a file whose text is the one its stored page
     * was made from is not parsed again.
     */
    public synchronized LoadReport load() {
        long started = System.nanoTime();
        ContentScanner.ScanResult scan = scanner.scan(properties.contentDir());
        if (scan.folderProblem().isPresent()) {
            String message = scan.folderProblem().get();
            log.warn("{}. The site starts with the pages already stored, if any.", message);
            List<ContentError> errors =
                    List.of(new ContentError(properties.contentDir().toString(), null, null, message));
            store.replaceErrors(errors);
            return LoadReport.failed(errors);
        }
        List<ContentError> errors = new ArrayList<>(scan.errors());
        List<String> present =
                new ArrayList<>(errors.stream().map(ContentError::path).toList());
        List<ProcessedContent> processed = new ArrayList<>();
        Map<String, Map<String, String>> keysByNamespace = new HashMap<>();
        Set<String> files = new HashSet<>();
        scan.files().forEach(f -> files.add(f.path()));
        Map<String, StoredSource> stored = storedSources();
        int skipped = 0;
        for (ContentFile file : scan.files()) {
            present.add(file.path());
            StoredSource storedSource = stored.get(file.path());
            if (storedSource != null && storedSource.hash().equals(file.hash())) {
                // Stored from this very text: processing it again would store nothing new (the store compares the
                // same hash), so a restart or a reload parses only what changed. A key it holds is still checked
                // against changed files, by the store.
                missingOriginal(file, storedSource.translationOf(), files).ifPresent(errors::add);
                skipped++;
                continue;
            }
            try {
                ProcessedContent content = processor.process(file);
                Optional<ContentError> missing =
                        missingOriginal(file, content.meta().translationOf(), files);
                if (missing.isPresent()) {
                    errors.add(missing.get());
                    continue;
                }
                duplicateOf(content, keysByNamespace).ifPresentOrElse(errors::add, () -> processed.add(content));
            } catch (ContentException ex) {
                errors.add(ex.error());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
                errors.add(unprocessable(file, ex));
            }
        }
        LoadReport report;
        try {
            report = store.store(processed, errors, present).withUnchanged(skipped);
        } catch (RuntimeException ex) {
            // The transaction rolled back: every page stays as it was. Not expected; the stack trace is at DEBUG.
            log.warn("Content could not be stored, the pages already stored stay online: {}", ex.toString());
            log.debug("Content store failure", ex);
            errors.add(new ContentError(
                    properties.contentDir().toString(),
                    null,
                    null,
                    "the content could not be stored (" + ex.getClass().getSimpleName()
                            + "); the pages already stored stay online"));
            report = LoadReport.failed(List.copyOf(errors));
            try {
                store.replaceErrors(report.errors());
            } catch (RuntimeException again) {
                log.debug("Content errors could not be stored", again);
            }
        }
        for (ContentError error : report.errors()) {
            log.warn("{}", error.toLogLine());
        }
        log.info(
                "Content loaded from {}: {} added, {} updated, {} unchanged, {} removed, {} with errors ({} ms)",
                properties.contentDir(),
                report.added(),
                report.updated(),
                report.unchanged(),
                report.removed(),
                report.errors().size(),
                (System.nanoTime() - started) / 1_000_000);
        if (report.added() + report.updated() + report.removed() > 0) {
            events.publishEvent(new ContentChangedEvent(java.util.Set.copyOf(present)));
        }
        return report;
    }

    /** The stored sources, or none when they cannot be read: then every file is processed, as on a first start. */
    private Map<String, StoredSource> storedSources() {
        try {
            return store.storedSources();
        } catch (RuntimeException ex) {
            log.debug("Stored content could not be read; processing every file", ex);
            return Map.of();
        }
    }

    /** A translation must name a file of the folder; it may have been deleted since the translation was stored. */
    private static Optional<ContentError> missingOriginal(ContentFile file, String translated, Set<String> files) {
        if (translated == null || files.contains(translated)) {
            return Optional.empty();
        }
        return Optional.of(new ContentError(
                file.path(),
                lineOf(file.text(), "translation_of:"),
                null,
                "`translation_of: " + translated + "` names no file of the content folder; give the "
                        + "path of the file this page translates, relative to the content folder"));
    }

    /** The 1-based line of the first line starting with {@code start}, or null. */
    private static Integer lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        return null;
    }

    /**
     * One file must never stop the start-up or live reload: whatever processing it throws (beyond the limits
     * checked before parsing, which catch the known cases with a line) is that file's error. Both errors are
     * thrown from within this file's own processing, whose memory and stack are released once it unwinds.
     */
    private static ContentError unprocessable(ContentFile file, Throwable ex) {
        String reason;
        if (ex instanceof StackOverflowError) {
            reason = "the file is structured too deeply to be read (for example lists, quotes, links or emphasis "
                    + "inside each other); simplify it";
        } else if (ex instanceof OutOfMemoryError) {
            reason = "the file needs more memory to be read than the site has; split it into smaller pages";
        } else {
            reason = "the file could not be read (" + ex.getClass().getSimpleName() + "); simplify it";
        }
        log.error("Content file {} could not be processed: {}", file.path(), ex.toString());
        log.debug("Content processing failure", ex);
        return new ContentError(file.path(), null, null, reason);
    }

    /** Keys are unique per namespace of a content type (slugs of articles, names of blocks and the home page). */
    private Optional<ContentError> duplicateOf(
            ProcessedContent content, Map<String, Map<String, String>> keysByNamespace) {
        // Slugs are unique within one language: the Spanish article may keep the English slug.
        String namespace =
                types.of(content.path()).map(ContentType::keyNamespace).orElse("") + "/" + content.language();
        Map<String, String> keys = keysByNamespace.computeIfAbsent(namespace, k -> new HashMap<>());
        String other = keys.putIfAbsent(content.key(), content.path());
        if (other == null) {
            return Optional.empty();
        }
        return Optional.of(new ContentError(
                content.path(),
                content.keyLine(),
                null,
                "the slug `" + content.key() + "` is already used by " + other
                        + "; give this file another file name or `slug`"));
    }
}
