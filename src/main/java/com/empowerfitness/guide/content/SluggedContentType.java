package com.empowerfitness.guide.content;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A content type of pages addressed by a slug (articles, exercises), one per file of a folder, stored one row per
 * source file and updated in place when the file changes. A slug stays with the last good version of the file
 * that had it, so a second file claiming it is reported, not stored.
 */
public abstract class SluggedContentType<E extends SluggedPage, C extends ProcessedContent> implements ContentType {

    private final String folder;

    private final Class<C> contentClass;

    private final SluggedPageRepository<E> pages;

    /** @param folder the folder under content/ whose {@code .md} files are of this type, e.g. {@code articles} */
    protected SluggedContentType(String folder, Class<C> contentClass, SluggedPageRepository<E> pages) {
        this.folder = folder;
        this.contentClass = contentClass;
        this.pages = pages;
    }

    /** A new entity for a file seen for the first time. */
    protected abstract E create(C content, Instant now);

    /** Copies a changed file's content into its stored entity. */
    protected abstract void update(E stored, C content, Instant now);

    /** The public address of the page with this slug. */
    public abstract String url(String slug);

    @Override
    public String place() {
        return folder + "/*.md";
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.startsWith(folder + "/")
                && relativePath.endsWith(".md")
                && relativePath.indexOf('/', folder.length() + 1) < 0;
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        return pages.findAll().stream()
                .collect(Collectors.toMap(p -> p.getPage().getSourcePath(), p -> StoredSource.of(p.getPage())));
    }

    @Override
    public void remove(String sourcePath) {
        pages.findByPageSourcePath(sourcePath).ifPresent(pages::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent processed, Instant now) {
        C content = contentClass.cast(processed);
        Optional<E> sameSlug = pages.findByPageLanguageAndSlug(content.language(), content.key());
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
