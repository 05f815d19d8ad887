package com.empowerfitness.guide.block;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.StoredSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stores files as {@link ContentBlock} rows, one kind at a time; shared by the content types of the blocks,
 * the home page and the FAQ page. Block keys are unique across all kinds.
 */
@Component
public class BlockStorage {

    private final ContentBlockRepository blocks;

    public BlockStorage(ContentBlockRepository blocks) {
        this.blocks = blocks;
    }

    public Map<String, StoredSource> storedSources(BlockKind kind) {
        Map<String, StoredSource> sources = new HashMap<>();
        for (ContentBlock block : blocks.findByKind(kind)) {
            sources.put(block.getPage().getSourcePath(), StoredSource.of(block.getPage()));
        }
        return sources;
    }

    public void remove(BlockKind kind, String sourcePath) {
        blocks.findByPageSourcePath(sourcePath).filter(b -> b.getKind() == kind).ifPresent(blocks::delete);
    }

    public Optional<ContentError> save(BlockKind kind, BlockContent block, Instant now) {
        Optional<ContentBlock> sameKey = blocks.findByPageLanguageAndBlockKey(block.language(), block.key());
        if (sameKey.isPresent() && !sameKey.get().getPage().getSourcePath().equals(block.path())) {
            return Optional.of(new ContentError(
                    block.path(),
                    block.keyLine(),
                    null,
                    "the name `" + block.key() + "` is already used by "
                            + sameKey.get().getPage().getSourcePath()));
        }
        ContentBlock entity = blocks.findByPageSourcePath(block.path())
                .filter(b -> b.getKind() == kind)
                .orElseGet(() -> new ContentBlock(block.key(), kind));
        entity.update(block, now);
        blocks.save(entity);
        return Optional.empty();
    }
}
