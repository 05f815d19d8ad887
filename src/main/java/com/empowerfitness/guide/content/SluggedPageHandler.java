package com.empowerfitness.guide.content;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores one kind of slug-addressed page: one row per source file, updated in place when the file changes. A slug
 * stays with the last good version of the file that had it, so a second file claiming it is reported, not stored.
 */
public abstract class SluggedPageHandler<E extends SluggedPage, C extends ProcessedContent> implements ContentHandler {

    private final ContentKind kind;

    private final Class<C> contentType;

    private final SluggedPageRepository<E> pages;

    protected SluggedPageHandler(ContentKind kind, Class<C> contentType, SluggedPageRepository<E> pages) {
        this.kind = kind;
        this.contentType = contentType;
        this.pages = pages;
    }

    /** A new entity for a file seen for the first time. */
    protected abstract E create(C content, Instant now);

    /** Copies a changed file's content into its stored entity. */
    protected abstract void update(E stored, C content, Instant now);

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(kind);
    }

    @Override
    public Map<String, String> storedHashes() {
        return pages.findAll().stream()
                .collect(Collectors.toMap(
                        p -> p.getPage().getSourcePath(), p -> p.getPage().getContentHash()));
    }

    @Override
    public void remove(String sourcePath) {
        pages.findByPageSourcePath(sourcePath).ifPresent(pages::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent processed, Instant now) {
        C content = contentType.cast(processed);
        Optional<E> sameSlug = pages.findBySlug(content.key());
        if (sameSlug.isPresent() && !sameSlug.get().getPage().getSourcePath().equals(content.path())) {
            return Optional.of(new ContentError(
                    content.path(),
                    content.keyLine(),
                    null,
                    "the slug `"
                            + content.key() + "` is still used by the last good version of "
                            + sameSlug.get().getPage().getSourcePath()
                            + "; fix that file or give this one another slug"));
        }
        pages.findByPageSourcePath(content.path())
                .ifPresentOrElse(stored -> update(stored, content, now), () -> pages.save(create(content, now)));
        return Optional.empty();
    }
}
