package com.empowerfitness.guide.faq;

import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.block.BlockKind;
import com.empowerfitness.guide.block.BlockStorage;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.ContentType;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.RenderedPage;
import com.empowerfitness.guide.content.StoredLength;
import com.empowerfitness.guide.content.StoredSource;
import com.empowerfitness.guide.faq.FaqPageContent.FaqEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * {@code faqs.md}, the page at {@code /faq}: each {@code ## Question} heading and the text under it is one
 * question, stored one row each, plus the page's title and introduction as a block.
 */
@Component
public class FaqContentType implements ContentType {

    static final String FILE = "faqs.md";

    /** The FAQ page's address; a question's is this and {@code #} its anchor. */
    public static final String URL = "/faq";

    private final FaqRepository faqs;

    private final BlockStorage blocks;

    public FaqContentType(FaqRepository faqs, BlockStorage blocks) {
        this.faqs = faqs;
        this.blocks = blocks;
    }

    @Override
    public String description() {
        return "the FAQ page";
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
        return List.of();
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        List<FaqEntry> entries = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        String question = null;
        String anchor = null;
        StringBuilder answer = new StringBuilder();
        for (Element element : page.dom().body().children()) {
            if (element.tagName().equals("h2")) {
                if (question != null) {
                    entries.add(entry(page, question, anchor, answer));
                }
                question = element.text();
                anchor = element.id().isEmpty() ? RenderedPage.slugify(question) : element.id();
                answer.setLength(0);
            } else if (question == null) {
                intro.append(element.outerHtml()).append('\n');
            } else {
                answer.append(element.outerHtml()).append('\n');
            }
        }
        if (question != null) {
            entries.add(entry(page, question, anchor, answer));
        }
        if (entries.isEmpty()) {
            throw new ContentException(
                    page.path(),
                    page.parsed().bodyLine(),
                    null,
                    "the FAQ page needs at least "
                            + "one question as a heading line starting with ## and the answer under it");
        }
        for (FaqEntry entry : entries) {
            if (entry.answerHtml().isEmpty()) {
                throw new ContentException(
                        page.path(), null, null, "the question \"" + entry.question() + "\" has no answer under it");
            }
        }
        return new FaqPageContent(
                page.file(),
                page.title(),
                page.summary(),
                page.meta(),
                page.fitting("the introduction's HTML", intro.toString().strip(), StoredLength.PAGE_HTML),
                List.copyOf(entries));
    }

    private static FaqEntry entry(RenderedPage page, String question, String anchor, StringBuilder answer) {
        return new FaqEntry(
                page.fitting("a question", question, StoredLength.LINE),
                page.fitting("a question's anchor", anchor, StoredLength.ANCHOR),
                page.fitting("the answer's HTML", answer.toString().strip(), StoredLength.PAGE_HTML));
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        // The questions' rows and the page's block come from the same file; the block knows what it translates.
        Map<String, StoredSource> sources = new HashMap<>();
        faqs.findAll().forEach(f -> sources.put(f.getSourcePath(), new StoredSource(f.getContentHash(), null)));
        sources.putAll(blocks.storedSources(BlockKind.FAQS));
        return sources;
    }

    @Override
    public void remove(String sourcePath) {
        faqs.deleteAll(faqs.findBySourcePath(sourcePath));
        blocks.remove(BlockKind.FAQS, sourcePath);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        FaqPageContent page = (FaqPageContent) content;
        // Questions have no identity of their own across edits: replace them all, deleting first so that
        // anchors stay unique.
        faqs.deleteAll(faqs.findBySourcePath(page.path()));
        faqs.flush();
        int order = 0;
        for (FaqEntry entry : page.entries()) {
            faqs.save(new Faq(
                    entry.question(),
                    entry.anchor(),
                    entry.answerHtml(),
                    order++,
                    page.path(),
                    page.language(),
                    page.hash(),
                    now));
        }
        return blocks.save(
                BlockKind.FAQS,
                new BlockContent(
                        page.file(),
                        ContentBlock.FAQS,
                        null,
                        page.title(),
                        page.summary(),
                        null,
                        page.meta(),
                        null,
                        List.of(),
                        page.introHtml()),
                now);
    }
}
