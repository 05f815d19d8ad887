package com.empowerfitness.guide.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The allow-list every rendered page passes through before it is stored, so templates may use {@code th:utext}.
 * Scripts, event handlers, styles, forms and frames are dropped; links keep only http(s), mailto, tel and
 * relative addresses; an image's {@code srcset} may offer only the site's own {@code /images/} files.
 */
@Component
public class HtmlSanitizer {

    private static final Pattern ANCHOR_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

    private static final Pattern CALLOUT_CLASS = Pattern.compile(
            "callout(?:-(?:danger|tip|note|quote|title))?(?:\\s+callout(?:-(?:danger|tip|note|quote|title))?)*");

    private static final Pattern ALIGN = Pattern.compile("left|center|right");

    /** One image the site itself serves, with its width or pixel density: {@code /images/x-400w.jpg 400w}. */
    private static final String SITE_IMAGE_CANDIDATE =
            "/images/[a-z0-9][a-z0-9-]{0,80}\\.(?:png|jpg) +(?:[1-9][0-9]{0,4}w|[1-4](?:\\.[0-9]{1,2})?x)";

    /** Only the site's own images may be offered in a {@code srcset}: no other origin, no other scheme. */
    private static final Pattern SRCSET =
            Pattern.compile(SITE_IMAGE_CANDIDATE + "(?: *, *" + SITE_IMAGE_CANDIDATE + "){0,9}");

    /** Media conditions and lengths only: {@code (min-width: 44rem) 42rem, calc(100vw - 2rem)}. */
    private static final Pattern SIZES = Pattern.compile("[a-z0-9 (),.:%+*/-]{1,200}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "s",
                    "del",
                    "sub",
                    "sup",
                    "small",
                    "mark",
                    "abbr",
                    "code",
                    "pre",
                    "kbd",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "figure",
                    "figcaption",
                    "aside",
                    "div",
                    "a",
                    "img")
            .allowAttributes("id")
            .matching(ANCHOR_ID)
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class")
            .matching(CALLOUT_CLASS)
            .onElements("aside", "div", "figure", "p")
            .allowAttributes("role")
            .matching(Pattern.compile("note"))
            .onElements("div", "aside")
            .allowAttributes("align")
            .matching(ALIGN)
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(Pattern.compile("\\d{1,4}"))
            .onElements("ol")
            .allowAttributes("title")
            .onElements("a", "abbr")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("src", "alt")
            .onElements("img")
            // Uploaded images carry their size (no layout shift) and load lazily below the fold.
            .allowAttributes("width", "height")
            .matching(Pattern.compile("[1-9]\\d{0,3}"))
            .onElements("img")
            .allowAttributes("loading")
            .matching(Pattern.compile("lazy|eager"))
            .onElements("img")
            // Smaller copies of an uploaded image, so that a phone downloads one about as wide as its screen.
            .allowAttributes("srcset")
            .matching(SRCSET)
            .onElements("img")
            .allowAttributes("sizes")
            .matching(SIZES)
            .onElements("img")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("tel")
            .toFactory();

    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
