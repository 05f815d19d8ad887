package com.empowerfitness.guide.home;

import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.block.BlockContentType;
import com.empowerfitness.guide.block.BlockKind;
import com.empowerfitness.guide.block.BlockStorage;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.content.ContentError;
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

/** {@code home.md}: the front page's title, highlights and introduction, stored as the block {@code home}. */
@Component
public class HomeContentType implements ContentType {

    static final String FILE = "home.md";

    /** The front page's address. */
    public static final String URL = "/";

    private final BlockStorage storage;

    public HomeContentType(BlockStorage storage) {
        this.storage = storage;
    }

    @Override
    public String description() {
        return "the home page";
    }

    @Override
    public String place() {
        return FILE;
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public List<String> keys() {
        return List.of("reading_minutes", "highlights");
    }

    @Override
    public String keyNamespace() {
        return BlockContentType.NAMESPACE;
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        List<String> highlights = page.frontMatter().list("highlights");
        for (String highlight : highlights) {
            page.fitting("a highlight", highlight, StoredLength.SUMMARY);
        }
        return new BlockContent(
                page.file(),
                ContentBlock.HOME,
                null,
                page.title(),
                page.summary(),
                null,
                page.meta(),
                page.frontMatter()
                        .number("reading_minutes")
                        .orElseGet(() -> RenderedPage.readingMinutes(page.wordCount())),
                highlights,
                page.fitting("the home page's HTML", page.bodyHtml(), StoredLength.PAGE_HTML));
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        return storage.storedSources(BlockKind.HOME);
    }

    @Override
    public void remove(String sourcePath) {
        storage.remove(BlockKind.HOME, sourcePath);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        return storage.save(BlockKind.HOME, (BlockContent) content, now);
    }
}
