package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.Meta;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stages 2 to 4 for one file: parse, validate the keys every page has, render; the file's {@link ContentType}
 * does the rest. Throws a {@link ContentException} naming the file, line and reason when the file cannot be used.
 * {@link ContentRule}s run after the shared keys are read, before the page is rendered.
 */
@Component
public class ContentProcessor {

    private final MarkdownDocumentParser parser;

    private final HtmlRendering rendering;

    private final ContentTypes types;

    private final PageMetaReader metaReader;

    private final List<ContentRule> rules;

    public ContentProcessor(
            MarkdownDocumentParser parser, HtmlRendering rendering, ContentTypes types, PageMetaReader metaReader) {
        this(parser, rendering, types, metaReader, List.of());
    }

    public ContentProcessor(
            MarkdownDocumentParser parser,
            HtmlRendering rendering,
            ContentTypes types,
            PageMetaReader metaReader,
            List<ContentRule> rules) {
        this.parser = parser;
        this.rendering = rendering;
        this.types = types;
        this.metaReader = metaReader;
        this.rules = List.copyOf(rules);
    }

    @Autowired
    ContentProcessor(
            MarkdownDocumentParser parser,
            HtmlRendering rendering,
            ContentTypes types,
            PageMetaReader metaReader,
            ObjectProvider<ContentRule> rules) {
        this(parser, rendering, types, metaReader, rules.orderedStream().toList());
    }

    /** The keys every page may have, whatever its type. */
    static final List<String> PAGE_KEYS = List.of(
            "title",
            "summary",
            "author",
            "author_credentials",
            "published",
            "last_reviewed",
            "reviewed_by",
            "next_review_due",
            "based_on",
            "based_on_author",
            "based_on_date",
            "draft",
            "publish_at",
            "expires_at");

    static Set<String> allowedKeys(ContentType type) {
        Set<String> keys = new LinkedHashSet<>(PAGE_KEYS);
        keys.addAll(type.keys());
        return keys;
    }

    public ProcessedContent process(ContentFile file) {
        ContentType type = types.of(file.path())
                .orElseThrow(() -> new ContentException(
                        file.path(), null, null, "this file is not in a place the guide knows: use " + types.places()));
        ParsedDocument parsed = parser.parse(file);
        FrontMatter fm = parsed.frontMatter();
        Set<String> allowed = allowedKeys(type);
        for (String key : fm.keys()) {
            if (!allowed.contains(key)) {
                throw fm.errorAtKey(
                        key,
                        "unknown front-matter key `" + key + "` for " + type.description() + "; allowed keys are "
                                + String.join(", ", allowed));
            }
        }
        String title = fm.requiredText("title", "Causes of lower back spasms");
        String summary = fm.text("summary").orElse(null);
        StoredLength.check(file.path(), "the `title`", title, StoredLength.TITLE);
        StoredLength.check(file.path(), "the `summary`", summary, StoredLength.SUMMARY);
        Meta meta = metaReader.read(fm);
        for (ContentRule rule : rules) {
            rule.check(file, fm);
        }
        String html = rendering.render(parsed.document());
        Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings().prettyPrint(false);
        return type.process(new RenderedPage(parsed, title, summary, meta, dom));
    }
}
