package com.empowerfitness.guide.content;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Runs a text through the same stages as publishing (parse, validate, render, sanitize) without storing it: what
 * the browser editor previews and checks before it writes a file.
 */
@Component
public class ContentCheck {

    private final MarkdownDocumentParser parser;

    private final ContentProcessor processor;

    private final HtmlRendering rendering;

    private final ContentTypes types;

    public ContentCheck(
            MarkdownDocumentParser parser, ContentProcessor processor, HtmlRendering rendering, ContentTypes types) {
        this.parser = parser;
        this.processor = processor;
        this.rendering = rendering;
        this.types = types;
    }

    /**
     * What publishing {@code text} as the file {@code path} would give.
     *
     * @param path a path relative to the content folder, e.g. {@code articles/causes.md}
     */
    public Result check(String path, String text) {
        Optional<ContentType> type = types.of(path);
        if (type.isEmpty()) {
            return new Result(
                    null, null, List.of(new ContentError(path, null, null, "this is not a place the guide knows")));
        }
        ContentFile file = new ContentFile(path, text, ContentScanner.hash(text));
        try {
            ParsedDocument parsed = this.parser.parse(file);
            String title = parsed.frontMatter().text("title").orElse(null);
            String html = this.rendering.render(parsed.document());
            this.processor.process(file);
            return new Result(title, html, List.of());
        } catch (ContentException ex) {
            return new Result(null, null, List.of(ex.error()));
        } catch (StackOverflowError ex) {
            return new Result(
                    null, null, List.of(new ContentError(path, null, null, "the file is nested too deeply to read")));
        }
    }

    /** The kinds of page an editor can create in the browser, by folder. */
    public static boolean isPageFolder(String folder) {
        return folder.equals("articles") || folder.equals("exercises");
    }

    /** The address-friendly form of a title: lower case, words joined by hyphens. */
    public static String slugOf(String title) {
        return RenderedPage.slugify(title);
    }

    /**
     * @param title the page's title, when it could be read
     * @param html the rendered, sanitized body, when it could be rendered
     * @param errors what stops the text from being published (empty when it can be)
     */
    public record Result(String title, String html, List<ContentError> errors) {

        public boolean valid() {
            return this.errors.isEmpty();
        }
    }
}
