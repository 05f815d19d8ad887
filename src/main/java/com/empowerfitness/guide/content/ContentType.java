package com.empowerfitness.guide.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of content file (an article, an exercise, the FAQ page, ...), registered with the pipeline as a
 * Spring bean by the feature it belongs to, the way jbake registers its markup engines. The pipeline scans,
 * parses, renders and stores; a content type says which files are its own, which front-matter keys they may
 * use and what they mean, how they are stored and where patients find them. The pipeline knows no type by name.
 */
public interface ContentType {

    /** What files of this type are, for editors' messages: "articles", "the FAQ page". */
    String description();

    /** Where its files live, for editors' messages: {@code home.md}, {@code articles/*.md}. */
    String place();

    /** @param relativePath a path relative to the content folder, with {@code /} separators */
    boolean accepts(String relativePath);

    /** The front-matter keys this type reads besides the ones every page has ({@link ContentProcessor}). */
    List<String> keys();

    /**
     * Keys ({@link ProcessedContent#key()}) are unique within a namespace; types that store into one table share
     * one (the home page and the blocks).
     */
    default String keyNamespace() {
        return description();
    }

    /**
     * Stage 3 and the rest of stage 4 for this type: validates the type's own keys and turns the rendered page
     * into what the store needs.
     *
     * @throws ContentException naming the file, line and reason when the file cannot be used
     */
    ProcessedContent process(RenderedPage page);

    /** Source path to the stored version of everything stored for this type. */
    Map<String, StoredSource> storedSources();

    /** Removes what was stored from a file that no longer exists. */
    void remove(String sourcePath);

    /**
     * Inserts or updates what a file holds.
     *
     * @return an error when the file's key is still taken by another stored file, in which case nothing changed
     */
    Optional<ContentError> save(ProcessedContent content, Instant now);
}
