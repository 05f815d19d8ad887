package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.Meta;
import com.empowerfitness.guide.i18n.Language;
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

    /** The keys of a translation (a file in {@code content/<code>/}), besides the page's own. */
    static final List<String> TRANSLATION_KEYS = List.of("translation_of", "source_revision");

    static Set<String> allowedKeys(ContentType type) {
        Set<String> keys = new LinkedHashSet<>(PAGE_KEYS);
        keys.addAll(type.keys());
        return keys;
    }

    static Set<String> allowedKeys(ContentType type, Language language) {
        Set<String> keys = allowedKeys(type);
        if (!language.isDefault()) {
            keys.addAll(TRANSLATION_KEYS);
        }
        return keys;
    }

    public ProcessedContent process(ContentFile file) {
        ContentType type = types.of(file.path())
                .orElseThrow(() -> new ContentException(
                        file.path(), null, null, "this file is not in a place the guide knows: use " + types.places()));
        ParsedDocument parsed = parser.parse(file);
        FrontMatter fm = parsed.frontMatter();
        Language language = types.languageOf(file.path());
        Set<String> allowed = allowedKeys(type, language);
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
        Meta meta = translation(type, language, fm, metaReader.read(fm));
        for (ContentRule rule : rules) {
            rule.check(file, fm);
        }
        String html = rendering.render(parsed.document());
        Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings().prettyPrint(false);
        return type.process(new RenderedPage(parsed, title, summary, meta, dom));
    }

    /**
     * The page's language, and for a translation what it translates: {@code translation_of} names a
     * default-language file of the same kind ({@code articles/causes.md}), {@code source_revision} that file's Git
     * blob id as translated ({@code git hash-object content/articles/causes.md}). Both or neither: a page of
     * another language may also be its own, with no English original. Whether the named file exists is checked
     * by the loader, which sees every file.
     */
    private Meta translation(ContentType type, Language language, FrontMatter fm, Meta meta) {
        if (language.isDefault()) {
            return meta.inLanguage(language.code(), null, null);
        }
        String translationOf = fm.text("translation_of").orElse(null);
        String sourceRevision = fm.text("source_revision").orElse(null);
        if (translationOf != null && sourceRevision == null) {
            throw fm.error(
                    "translation_of",
                    "`translation_of` needs `source_revision`, the Git blob id of the English file as translated: "
                            + "run `git hash-object content/" + translationOf + "` and add e.g. "
                            + "`source_revision: 3b18e512dba79e4c8300dd08aeb37f8e728b8dad`");
        }
        if (sourceRevision != null && translationOf == null) {
            throw fm.error(
                    "source_revision",
                    "`source_revision` needs `translation_of`, the path of the file this page translates, e.g. "
                            + "`translation_of: articles/causes.md`");
        }
        if (sourceRevision != null && !sourceRevision.matches("[0-9a-f]{40}")) {
            throw fm.error(
                    "source_revision",
                    "`source_revision` must be the 40-character Git blob id of the translated file (lower-case "
                            + "hex, from `git hash-object content/" + translationOf + "`), not `" + sourceRevision
                            + "`");
        }
        if (translationOf != null) {
            boolean defaultLanguageFile = types.languageOf(translationOf).isDefault()
                    && translationOf.endsWith(".md")
                    && !translationOf.startsWith("/")
                    && !translationOf.contains("..");
            if (!defaultLanguageFile || types.of(translationOf).orElse(null) != type) {
                throw fm.error(
                        "translation_of",
                        "`translation_of` must name the " + type.description() + " file this page translates, "
                                + "relative to the content folder (" + type.place() + "), not `" + translationOf
                                + "`");
            }
        }
        return meta.inLanguage(language.code(), translationOf, sourceRevision);
    }
}
