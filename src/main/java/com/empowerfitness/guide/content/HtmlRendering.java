package com.empowerfitness.guide.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Stage 4: flexmark HTML, admonitions rewritten into the site's callouts, the site's own images given their size
 * and smaller copies ({@link ResponsiveImages}), then the allow-list sanitizer.
 */
@Component
public class HtmlRendering {

    private final HtmlRenderer renderer;

    private final HtmlSanitizer sanitizer;

    private final ResponsiveImages images;

    public HtmlRendering(HtmlRenderer renderer, HtmlSanitizer sanitizer, ResponsiveImages images) {
        this.renderer = renderer;
        this.sanitizer = sanitizer;
        this.images = images;
    }

    /** @return safe HTML for {@code th:utext} */
    public String render(Document document) {
        return sanitizer.sanitize(rewrite(renderer.render(document)));
    }

    /**
     * flexmark's admonitions come with an SVG sprite and icons meant for its own CSS and JavaScript; the site
     * uses plain semantic elements instead: {@code <div class="callout callout-danger" role="note">} with a visible title,
     * and a quotation as {@code <figure><blockquote>..</blockquote><figcaption>}.
     */
    private String rewrite(String html) {
        org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings().prettyPrint(false); // keep the renderer's whitespace as it is
        dom.select("svg").remove();
        for (Element block : dom.select("div.adm-block")) {
            String type = block.classNames().stream()
                    .filter(c -> c.startsWith("adm-")
                            && !c.equals("adm-block")
                            && !c.equals("adm-collapsed")
                            && !c.equals("adm-open"))
                    .findFirst()
                    .orElse("adm-note")
                    .substring("adm-".length())
                    .toLowerCase(Locale.ROOT);
            Element heading = block.selectFirst(".adm-heading");
            String title = heading == null ? "" : heading.text().strip();
            Element body = block.selectFirst(".adm-body");
            String bodyHtml = body == null ? "" : body.html();
            Element replacement;
            if (type.equals("quote") || type.equals("cite")) {
                replacement = new Element("figure").addClass("callout").addClass("callout-quote");
                replacement.appendElement("blockquote").html(bodyHtml);
                if (!title.isEmpty()) {
                    replacement.appendElement("figcaption").text("\u2014 " + title);
                }
            } else {
                // Not <aside>: inside <main> that is a complementary landmark nested in another one (axe
                // landmark-complementary-is-top-level); role=note keeps it marked as a set-apart note.
                replacement = new Element("div")
                        .addClass("callout")
                        .addClass("callout-" + calloutLevel(type))
                        .attr("role", "note");
                if (!title.isEmpty()) {
                    replacement.appendElement("p").addClass("callout-title").text(title);
                }
                replacement.append(bodyHtml);
            }
            block.replaceWith(replacement);
        }
        // The page title is the only h1: a "# Heading" in the body becomes a section heading.
        dom.select("h1").tagName("h2");
        images.complete(dom.body());
        return dom.body().html();
    }

    private static String calloutLevel(String type) {
        return switch (type) {
            case "danger", "warning", "caution", "attention", "error", "failure", "fail", "bug", "missing" -> "danger";
            case "tip", "hint", "success", "check", "done", "important" -> "tip";
            default -> "note";
        };
    }
}
