package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The allow-list's rules for images: their size and loading, and the smaller copies a srcset may offer. */
class HtmlSanitizerTest {

    private static final String SRCSET =
            "/images/mat-0123456789-400w.jpg 400w, /images/mat-0123456789-800w.jpg 800w, /images/mat-0123456789.jpg 1600w";

    private static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void anUploadedImageKeepsItsSrcsetSizesDimensionsAndLazyLoading() {
        Element img = sanitizedImg("<img src=\"/images/mat-0123456789.jpg\" srcset=\"" + SRCSET + "\" sizes=\"" + SIZES
                + "\" alt=\"A mat\" width=\"1600\" height=\"1067\" loading=\"lazy\">");

        assertThat(img.attr("src")).isEqualTo("/images/mat-0123456789.jpg");
        assertThat(candidates(img)).isEqualTo(candidates(SRCSET));
        assertThat(img.attr("sizes")).isEqualTo(SIZES);
        assertThat(img.attr("alt")).isEqualTo("A mat");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("1067");
        assertThat(img.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void aSrcsetWithDensitiesOfTheSitesOwnImagesIsKept() {
        Element img = sanitizedImg("<img src=\"/images/a-0123456789.png\" alt=\"A\""
                + " srcset=\"/images/a-0123456789-400w.png 1x,/images/a-0123456789.png 2x\">");

        assertThat(candidates(img)).containsExactly("/images/a-0123456789-400w.png 1x", "/images/a-0123456789.png 2x");
    }

    @Test
    void aSrcsetOfferingAnythingButTheSitesOwnImagesIsDroppedWholeAndTheImageKept() {
        List<String> foreign = List.of(
                "https://tracker.example/mat.jpg 400w",
                "/images/mat-0123456789-400w.jpg 400w, https://tracker.example/mat.jpg 800w",
                "//tracker.example/images/mat.jpg 400w",
                "http://localhost/images/mat.jpg 400w",
                "/images/../home.md 1x",
                "/images/mat.svg 1x",
                "/IMAGES/mat.jpg 1x",
                "images/mat.jpg 1x",
                "/images/mat.jpg",
                "javascript:alert(1) 1x",
                "data:image/png;base64,iVBORw0KGgo= 1x",
                "/images/mat.jpg?track=1 400w",
                "/images/mat.jpg 400w /images/other.jpg 800w");
        for (String srcset : foreign) {
            Element img =
                    sanitizedImg("<img src=\"/images/mat-0123456789.jpg\" alt=\"A mat\" srcset=\"" + srcset + "\">");

            assertThat(img.hasAttr("srcset")).as(srcset).isFalse();
            assertThat(img.attr("src")).as(srcset).isEqualTo("/images/mat-0123456789.jpg");
            assertThat(img.attr("alt")).as(srcset).isEqualTo("A mat");
        }
    }

    @Test
    void sizesThatAreNotMediaConditionsAndLengthsAreDropped() {
        for (String sizes :
                List.of("100vw; background: red", "\"><script>alert(1)</script>", "100vw\n" + "x".repeat(300))) {
            Element img = sanitizedImg("<img src=\"/images/mat-0123456789.jpg\" alt=\"A mat\" srcset=\"" + SRCSET
                    + "\" sizes=\"" + sizes.replace("\"", "&quot;").replace("<", "&lt;") + "\">");

            assertThat(img.hasAttr("sizes")).as(sizes).isFalse();
            assertThat(candidates(img)).as(sizes).isEqualTo(candidates(SRCSET));
        }
    }

    @Test
    void srcsetAndSizesAreKeptOnImagesOnly() {
        String html = this.sanitizer.sanitize("<p srcset=\"" + SRCSET + "\" sizes=\"100vw\">Text</p>");

        assertThat(html).isEqualTo("<p>Text</p>");
    }

    @Test
    void anImageWithoutAltStaysWithoutAltSoTheContentCheckStillListsIt() {
        Element img = sanitizedImg("<img src=\"/images/mat-0123456789.jpg\" srcset=\"" + SRCSET + "\" sizes=\"" + SIZES
                + "\" width=\"1600\" height=\"1067\">");

        assertThat(img.hasAttr("alt")).isFalse();
        assertThat(candidates(img)).isEqualTo(candidates(SRCSET));
    }

    /** The candidates of a srcset (the sanitizer may respace the commas between them). */
    private static List<String> candidates(Element img) {
        assertThat(img.hasAttr("srcset")).isTrue();
        return candidates(img.attr("srcset"));
    }

    private static List<String> candidates(String srcset) {
        return Arrays.stream(srcset.split(",")).map(String::strip).toList();
    }

    private Element sanitizedImg(String html) {
        Element img = Jsoup.parseBodyFragment(this.sanitizer.sanitize("<p>" + html + "</p>"))
                .selectFirst("img");
        assertThat(img).as(html).isNotNull();
        return img;
    }
}
