package com.empowerfitness.guide.block;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.ContentType;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.RenderedPage;
import com.empowerfitness.guide.content.StoredLength;
import com.empowerfitness.guide.content.StoredSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code blocks/*.md}: reusable boxes that pages show (the booking call, the red flags), named by their file
 * name. They have no address of their own.
 */
@Component
public class BlockContentType implements ContentType {

    /** Shared with the home page: both are rows of {@code content_block}, keyed by name. */
    public static final String NAMESPACE = "blocks";

    static final String FOLDER = "blocks/";

    private final BlockStorage storage;

    public BlockContentType(BlockStorage storage) {
        this.storage = storage;
    }

    @Override
    public String description() {
        return "blocks";
    }

    @Override
    public String place() {
        return FOLDER + "*.md";
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.startsWith(FOLDER)
                && relativePath.endsWith(".md")
                && relativePath.indexOf('/', FOLDER.length()) < 0;
    }

    @Override
    public List<String> keys() {
        return List.of("order");
    }

    @Override
    public String keyNamespace() {
        return NAMESPACE;
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        String name = page.slugFromFileName();
        if (name.equals(ContentBlock.HOME) || name.equals(ContentBlock.FAQS)) {
            throw new ContentException(
                    page.path(),
                    null,
                    null,
                    "the name `" + name + "` belongs to " + name + ".md in the content folder; "
                            + "give this block another file name");
        }
        return new BlockContent(
                page.file(),
                name,
                null,
                page.title(),
                page.summary(),
                page.frontMatter().number("order").orElse(null),
                page.meta(),
                null,
                List.of(),
                page.fitting("the block's HTML", page.bodyHtml(), StoredLength.PAGE_HTML));
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        return storage.storedSources(BlockKind.BLOCK);
    }

    @Override
    public void remove(String sourcePath) {
        storage.remove(BlockKind.BLOCK, sourcePath);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        return storage.save(BlockKind.BLOCK, (BlockContent) content, now);
    }
}
