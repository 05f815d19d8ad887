package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.BlockContent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Stores {@code home.md} and {@code blocks/*.md}. */
@Component
public class BlockContentHandler implements ContentHandler {

    private final ContentBlockRepository blocks;

    BlockContentHandler(ContentBlockRepository blocks) {
        this.blocks = blocks;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.HOME, ContentKind.BLOCK);
    }

    @Override
    public Map<String, String> storedHashes() {
        Map<String, String> hashes = new HashMap<>();
        for (ContentBlock block : blocks.findByKindIn(List.of(ContentKind.HOME, ContentKind.BLOCK))) {
            hashes.put(block.getPage().getSourcePath(), block.getPage().getContentHash());
        }
        return hashes;
    }

    @Override
    public void remove(String sourcePath) {
        blocks.findByPageSourcePath(sourcePath)
                .filter(b -> kinds().contains(b.getKind()))
                .ifPresent(blocks::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        BlockContent block = (BlockContent) content;
        Optional<ContentBlock> sameKey = blocks.findByBlockKey(block.key());
        if (sameKey.isPresent() && !sameKey.get().getPage().getSourcePath().equals(block.path())) {
            return Optional.of(new ContentError(
                    block.path(),
                    block.keyLine(),
                    null,
                    "the name `" + block.key() + "` is already used by "
                            + sameKey.get().getPage().getSourcePath()));
        }
        ContentBlock entity = blocks.findByPageSourcePath(block.path())
                .orElseGet(() -> new ContentBlock(block.key(), block.file().kind()));
        entity.update(block, now);
        blocks.save(entity);
        return Optional.empty();
    }
}
