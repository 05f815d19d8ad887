package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.ArticleContent;
import com.empowerfitness.guide.content.ProcessedContent.BlockContent;
import com.empowerfitness.guide.content.ProcessedContent.CheckContent;
import com.empowerfitness.guide.content.ProcessedContent.ExerciseContent;
import com.empowerfitness.guide.content.ProcessedContent.FaqEntry;
import com.empowerfitness.guide.content.ProcessedContent.FaqPageContent;
import com.empowerfitness.guide.content.ProcessedContent.Heading;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stages 2 to 4 for one file: parse, validate the front matter for the file's kind, render. Throws a
 * {@link ContentException} naming the file, line and reason when the file cannot be used.
 */
@Component
public class ContentProcessor {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Average adult reading speed for plain-language health text. */
    private static final int WORDS_PER_MINUTE = 200;

    private final MarkdownDocumentParser parser;

    private final HtmlRendering rendering;

    private final PageMetaReader metaReader;

    private final List<ContentRule> rules;

    public ContentProcessor(MarkdownDocumentParser parser, HtmlRendering rendering, PageMetaReader metaReader) {
        this(parser, rendering, metaReader, List.of());
    }

    public ContentProcessor(
            MarkdownDocumentParser parser,
            HtmlRendering rendering,
            PageMetaReader metaReader,
            List<ContentRule> rules) {
        this.parser = parser;
        this.rendering = rendering;
        this.metaReader = metaReader;
        this.rules = List.copyOf(rules);
    }

    @Autowired
    ContentProcessor(
            MarkdownDocumentParser parser,
            HtmlRendering rendering,
            PageMetaReader metaReader,
            ObjectProvider<ContentRule> rules) {
        this(parser, rendering, metaReader, rules.orderedStream().toList());
    }

    static Set<String> allowedKeys(ContentKind kind) {
        Set<String> keys = new LinkedHashSet<>(List.of(
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
                "expires_at"));
        switch (kind) {
            case ARTICLE -> keys.addAll(List.of("slug", "order", "reading_minutes", "tags"));
            case EXERCISE ->
                keys.addAll(List.of(
                        "slug",
                        "order",
                        "tags",
                        "position",
                        "hold_seconds",
                        "move_seconds",
                        "repetitions",
                        "sides",
                        "purpose",
                        "stop_if"));
            case HOME -> keys.addAll(List.of("reading_minutes", "highlights"));
            case BLOCK -> keys.add("order");
            case FAQS -> {}
            case CHECK -> keys.addAll(List.of("red_flags_question", "red_flags", "consult_question", "consult_signs"));
        }
        return keys;
    }

    public ProcessedContent process(ContentFile file) {
        ParsedDocument parsed = parser.parse(file);
        FrontMatter fm = parsed.frontMatter();
        Set<String> allowed = allowedKeys(file.kind());
        for (String key : fm.keys()) {
            if (!allowed.contains(key)) {
                throw fm.errorAtKey(
                        key,
                        "unknown front-matter key `" + key + "` for "
                                + file.kind().description() + "; allowed keys are " + String.join(", ", allowed));
            }
        }
        String title = fm.requiredText("title", "Causes of lower back spasms");
        String summary = fm.text("summary").orElse(null);
        Meta meta = metaReader.read(fm);
        for (ContentRule rule : rules) {
            rule.check(file, fm);
        }
        String html = rendering.render(parsed.document());
        Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings().prettyPrint(false);
        return switch (file.kind()) {
            case ARTICLE -> article(file, fm, title, summary, meta, dom);
            case EXERCISE -> exercise(parsed, fm, title, summary, meta, dom);
            case FAQS -> faqs(parsed, title, summary, meta, dom);
            case CHECK -> check(parsed, fm, title, summary, meta, dom);
            case HOME ->
                new BlockContent(
                        file,
                        "home",
                        null,
                        title,
                        summary,
                        null,
                        meta,
                        fm.number("reading_minutes").orElseGet(() -> readingMinutes(dom)),
                        fm.list("highlights"),
                        dom.body().html());
            case BLOCK ->
                new BlockContent(
                        file,
                        slugFromFileName(file),
                        null,
                        title,
                        summary,
                        fm.number("order").orElse(null),
                        meta,
                        null,
                        List.of(),
                        dom.body().html());
        };
    }

    private ArticleContent article(
            ContentFile file, FrontMatter fm, String title, String summary, Meta meta, Document dom) {
        List<Heading> toc = new ArrayList<>();
        for (Element h2 : dom.select("h2[id]")) {
            toc.add(new Heading(h2.id(), h2.text()));
        }
        int words = wordCount(dom);
        return new ArticleContent(
                file,
                slug(file, fm),
                slugLine(fm),
                title,
                summary,
                fm.number("order").orElse(null),
                meta,
                fm.list("tags"),
                fm.number("reading_minutes").orElseGet(() -> readingMinutes(words)),
                words,
                dom.body().html(),
                List.copyOf(toc));
    }

    private ExerciseContent exercise(
            ParsedDocument parsed, FrontMatter fm, String title, String summary, Meta meta, Document dom) {
        ContentFile file = parsed.file();
        String position = fm.requiredText("position", "Lying on your back");
        String purpose = fm.requiredText("purpose", "Gently stretches the lower back muscles.");
        IntRange hold = fm.range("hold_seconds").orElse(null);
        IntRange move = fm.range("move_seconds").orElse(null);
        IntRange repetitions = fm.range("repetitions").orElse(null);
        if (hold == null && move == null && repetitions == null) {
            throw new ContentException(
                    file.path(),
                    1,
                    null,
                    "an exercise needs `hold_seconds`, `move_seconds` or "
                            + "`repetitions` in its front matter, e.g. `hold_seconds: [20, 30]`");
        }
        String sides = fm.text("sides").map(s -> s.toLowerCase(Locale.ROOT)).orElse("none");
        if (!sides.equals("both") && !sides.equals("none")) {
            throw fm.error("sides", "`sides`: " + sides + " must be `both` (each side in turn) or `none`");
        }
        // The steps are the first numbered list at the top level (not one inside a callout).
        Element list = dom.body().children().stream()
                .filter(e -> e.nameIs("ol"))
                .findFirst()
                .orElse(null);
        if (list == null || list.children().isEmpty()) {
            throw new ContentException(
                    file.path(),
                    parsed.bodyLine(),
                    null,
                    "an exercise needs its steps as a "
                            + "numbered list (lines starting 1., 2., 3., ...) after the front matter");
        }
        List<String> steps =
                list.children().stream().map(li -> li.html().strip()).toList();
        list.remove();
        return new ExerciseContent(
                file,
                slug(file, fm),
                slugLine(fm),
                title,
                summary,
                fm.number("order").orElse(null),
                meta,
                fm.list("tags"),
                position,
                hold,
                move,
                repetitions,
                sides,
                purpose,
                fm.text("stop_if").orElse(null),
                steps,
                dom.body().html().strip());
    }

    /** Outcome sections of check.md, in order. */
    static final List<String> CHECK_OUTCOMES = List.of("emergency", "book a consultation", "self-care");

    private CheckContent check(
            ParsedDocument parsed, FrontMatter fm, String title, String summary, Meta meta, Document dom) {
        String path = parsed.file().path();
        String redFlagsQuestion = fm.requiredText("red_flags_question", "Do you have back pain and any of these?");
        String consultQuestion = fm.requiredText("consult_question", "Is any of this true for your back pain?");
        List<String> redFlags = fm.list("red_flags");
        List<String> consultSigns = fm.list("consult_signs");
        if (redFlags.isEmpty()) {
            throw fm.has("red_flags")
                    ? fm.error("red_flags", "`red_flags` needs at least one question")
                    : new ContentException(
                            path,
                            1,
                            null,
                            "the check needs `red_flags:`, a list of the signs "
                                    + "that need emergency care, e.g. `red_flags: [a fever, loss of bladder control]`");
        }
        if (consultSigns.isEmpty()) {
            throw fm.has("consult_signs")
                    ? fm.error("consult_signs", "`consult_signs` needs at least one question")
                    : new ContentException(
                            path,
                            1,
                            null,
                            "the check needs `consult_signs:`, a list of the signs "
                                    + "that need a consultation, e.g. `consult_signs: [the pain keeps coming back]`");
        }
        StringBuilder intro = new StringBuilder();
        List<String> titles = new ArrayList<>();
        List<StringBuilder> bodies = new ArrayList<>();
        for (Element element : dom.body().children()) {
            if (element.nameIs("h2")) {
                titles.add(element.text());
                bodies.add(new StringBuilder());
            } else if (bodies.isEmpty()) {
                intro.append(element.outerHtml()).append('\n');
            } else {
                bodies.get(bodies.size() - 1).append(element.outerHtml()).append('\n');
            }
        }
        if (titles.size() != CHECK_OUTCOMES.size()) {
            throw new ContentException(
                    path,
                    parsed.bodyLine(),
                    null,
                    "the check needs exactly three `##` sections, "
                            + "in this order: the " + String.join(", the ", CHECK_OUTCOMES) + " advice; found "
                            + titles.size());
        }
        for (int i = 0; i < titles.size(); i++) {
            if (bodies.get(i).toString().isBlank()) {
                throw new ContentException(
                        path,
                        null,
                        null,
                        "the " + CHECK_OUTCOMES.get(i) + " section \"" + titles.get(i) + "\" has no text under it");
            }
        }
        return new CheckContent(
                parsed.file(),
                title,
                summary,
                meta,
                intro.toString().strip(),
                redFlagsQuestion,
                redFlags,
                consultQuestion,
                consultSigns,
                titles.get(0),
                bodies.get(0).toString().strip(),
                titles.get(1),
                bodies.get(1).toString().strip(),
                titles.get(2),
                bodies.get(2).toString().strip());
    }

    private FaqPageContent faqs(ParsedDocument parsed, String title, String summary, Meta meta, Document dom) {
        List<FaqEntry> entries = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        String question = null;
        String anchor = null;
        StringBuilder answer = new StringBuilder();
        for (Element element : dom.body().children()) {
            if (element.tagName().equals("h2")) {
                if (question != null) {
                    entries.add(new FaqEntry(question, anchor, answer.toString().strip()));
                }
                question = element.text();
                anchor = element.id().isEmpty() ? slugify(question) : element.id();
                answer.setLength(0);
            } else if (question == null) {
                intro.append(element.outerHtml()).append('\n');
            } else {
                answer.append(element.outerHtml()).append('\n');
            }
        }
        if (question != null) {
            entries.add(new FaqEntry(question, anchor, answer.toString().strip()));
        }
        if (entries.isEmpty()) {
            throw new ContentException(
                    parsed.file().path(),
                    parsed.bodyLine(),
                    null,
                    "the FAQ page needs at least "
                            + "one question as a heading line starting with ## and the answer under it");
        }
        for (FaqEntry entry : entries) {
            if (entry.answerHtml().isEmpty()) {
                throw new ContentException(
                        parsed.file().path(),
                        null,
                        null,
                        "the question \"" + entry.question() + "\" has no answer under it");
            }
        }
        return new FaqPageContent(
                parsed.file(), title, summary, meta, intro.toString().strip(), List.copyOf(entries));
    }

    private static String slug(ContentFile file, FrontMatter fm) {
        if (fm.has("slug")) {
            String slug = fm.text("slug").orElseThrow();
            if (!SLUG.matcher(slug).matches()) {
                throw fm.error(
                        "slug",
                        "`slug`: " + slug + " can only use lower-case letters, digits and single "
                                + "hyphens, e.g. `slug: lower-back-causes`");
            }
            return slug;
        }
        return slugFromFileName(file);
    }

    private static Integer slugLine(FrontMatter fm) {
        return fm.has("slug") ? fm.lineOf("slug") : null;
    }

    private static String slugFromFileName(ContentFile file) {
        String slug = slugify(file.baseName());
        if (slug.isEmpty()) {
            throw new ContentException(
                    file.path(),
                    null,
                    null,
                    "the file name cannot be used as a web address; " + "rename it using letters, digits and hyphens");
        }
        return slug;
    }

    /** File names become addresses as they are, only lower-cased and with other characters turned into hyphens. */
    static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static int wordCount(Document dom) {
        String text = dom.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static int readingMinutes(Document dom) {
        return readingMinutes(wordCount(dom));
    }

    private static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
