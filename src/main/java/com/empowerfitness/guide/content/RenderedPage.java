package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.Meta;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * What the pipeline hands a {@link ContentType}: the parsed file, the keys every page has, and the body rendered
 * and sanitized as a jsoup document the type may take apart (steps, sections, questions).
 *
 * @param parsed the file and its front matter
 * @param title the {@code title}, required on every page
 * @param summary the {@code summary}, or null
 * @param meta authorship, review and visibility keys
 * @param dom the sanitized body (pretty printing off)
 */
public record RenderedPage(ParsedDocument parsed, String title, String summary, Meta meta, Document dom) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Average adult reading speed for plain-language health text. */
    public static final int WORDS_PER_MINUTE = 200;

    public ContentFile file() {
        return parsed.file();
    }

    public String path() {
        return parsed.file().path();
    }

    public FrontMatter frontMatter() {
        return parsed.frontMatter();
    }

    /** The body as sanitized HTML. */
    public String bodyHtml() {
        return dom.body().html();
    }

    /** The {@code slug} key when set (checked), else the file name as an address. */
    public String slug() {
        FrontMatter fm = frontMatter();
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
        return slugFromFileName();
    }

    /** The line that sets the slug, or null when it comes from the file name. */
    public Integer slugLine() {
        return frontMatter().has("slug") ? frontMatter().lineOf("slug") : null;
    }

    public String slugFromFileName() {
        String slug = slugify(file().baseName());
        if (slug.isEmpty()) {
            throw new ContentException(
                    path(),
                    null,
                    null,
                    "the file name cannot be used as a web address; " + "rename it using letters, digits and hyphens");
        }
        return slug;
    }

    /** File names become addresses as they are, only lower-cased and with other characters turned into hyphens. */
    public static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The {@code tags} list: words of the page's language, each shown as written and linked at the address made
     * from it ({@link TagNames}).
     */
    public java.util.List<String> tags() {
        java.util.List<String> tags = frontMatter().list("tags");
        for (String tag : tags) {
            if (!TagNames.isName(tag)) {
                throw frontMatter()
                        .error(
                                "tags",
                                "`tags`: " + tag + " can only use letters, digits and single spaces or hyphens"
                                        + " between words, e.g. `tags: [posture, getting help]`");
            }
        }
        fitting("the `tags`", String.join(",", tags), StoredLength.LINE);
        return tags;
    }

    public int wordCount() {
        String text = dom.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * Checks that a value fits the column it is stored in, so that an oversized page is this file's error and
     * never a failed insert that would roll back the other files' changes.
     *
     * @return the value
     */
    public String fitting(String what, String value, int maxCharacters) {
        return StoredLength.check(path(), what, value, maxCharacters);
    }
}
