package com.empowerfitness.guide.faq;

import com.empowerfitness.guide.content.ContentBlock;
import com.empowerfitness.guide.content.ContentBlockRepository;
import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentHandler;
import com.empowerfitness.guide.content.ContentKind;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.ProcessedContent.FaqEntry;
import com.empowerfitness.guide.content.ProcessedContent.FaqPageContent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Stores {@code faqs.md}: one row per question, plus the page's title and introduction as a block. */
@Component
public class FaqContentHandler implements ContentHandler {

    private final FaqRepository faqs;

    private final ContentBlockRepository blocks;

    FaqContentHandler(FaqRepository faqs, ContentBlockRepository blocks) {
        this.faqs = faqs;
        this.blocks = blocks;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.FAQS);
    }

    @Override
    public Map<String, String> storedHashes() {
        Map<String, String> hashes = new HashMap<>();
        faqs.findAll().forEach(f -> hashes.put(f.getSourcePath(), f.getContentHash()));
        blocks.findByBlockKey(ContentBlock.FAQS)
                .ifPresent(
                        b -> hashes.put(b.getPage().getSourcePath(), b.getPage().getContentHash()));
        return hashes;
    }

    @Override
    public void remove(String sourcePath) {
        faqs.deleteAll(faqs.findBySourcePath(sourcePath));
        blocks.findByBlockKey(ContentBlock.FAQS)
                .filter(b -> b.getPage().getSourcePath().equals(sourcePath))
                .ifPresent(blocks::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        FaqPageContent page = (FaqPageContent) content;
        // Questions have no identity of their own across edits: replace them all, deleting first so that
        // anchors stay unique.
        faqs.deleteAll(faqs.findAll());
        faqs.flush();
        int order = 0;
        for (FaqEntry entry : page.entries()) {
            faqs.save(new Faq(
                    entry.question(), entry.anchor(), entry.answerHtml(), order++, page.path(), page.hash(), now));
        }
        ContentBlock block = blocks.findByBlockKey(ContentBlock.FAQS)
                .orElseGet(() -> new ContentBlock(ContentBlock.FAQS, ContentKind.FAQS));
        block.update(page, now);
        blocks.save(block);
        return Optional.empty();
    }
}
