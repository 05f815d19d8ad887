package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image written in Markdown, through the whole rendering stage (flexmark, the images, the sanitizer): it gets
 * its size, lazy loading and the stored smaller copies, as an uploaded image's markup has them.
 */
class ResponsiveImagesTest {

    @TempDir
    Path images;

    private HtmlRendering rendering;

    private MarkdownDocumentParser parser;

    @BeforeEach
    void anUploadedPictureWithItsCopies() throws IOException {
        write("mat-0123456789.jpg", 1600, 900);
        write("mat-0123456789-400w.jpg", 400, 225);
        write("mat-0123456789-800w.jpg", 800, 450);
        write("mat-0123456789-1200w.jpg", 1200, 675);
        write("icon-abcdef0123.png", 300, 300);
        MarkdownConfiguration markdown = new MarkdownConfiguration();
        this.parser = new MarkdownDocumentParser(markdown.markdownParser());
        this.rendering =
                new HtmlRendering(markdown.markdownRenderer(), new HtmlSanitizer(), new ResponsiveImages(this.images));
    }

    @Test
    void aMarkdownImageGetsItsSizeLazyLoadingAndItsCopiesNarrowestFirst() {
        Element img = render("![A mat on the floor](/images/mat-0123456789.jpg)");

        assertThat(img.attr("src")).isEqualTo("/images/mat-0123456789.jpg");
        assertThat(img.attr("alt")).isEqualTo("A mat on the floor");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        // the sanitizer writes the list with a space before each comma: the candidates are what counts
        assertThat(img.attr("srcset").split("\\s*,\\s*"))
                .containsExactly(
                        "/images/mat-0123456789-400w.jpg 400w",
                        "/images/mat-0123456789-800w.jpg 800w",
                        "/images/mat-0123456789-1200w.jpg 1200w",
                        "/images/mat-0123456789.jpg 1600w");
        assertThat(img.attr("sizes")).isEqualTo(ResponsiveImages.SIZES);
    }

    @Test
    void aSmallImageWithoutCopiesGetsItsSizeButNoSrcset() {
        Element img = render("![Clinic logo](/images/icon-abcdef0123.png)");

        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("300");
        assertThat(img.hasAttr("srcset")).isFalse();
        assertThat(img.hasAttr("sizes")).isFalse();
    }

    @Test
    void whatTheEditorWroteIsKept() {
        Element img = render("<img src=\"/images/mat-0123456789.jpg\" alt=\"Mat\" width=\"800\" height=\"450\""
                + " loading=\"eager\">");

        assertThat(img.attr("width")).isEqualTo("800");
        assertThat(img.attr("height")).isEqualTo("450");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("srcset")).contains("/images/mat-0123456789-400w.jpg 400w");
    }

    @Test
    void anImageTheFolderDoesNotHoldOrACopyOrAnotherSitesIsLeftAsWritten() {
        assertThat(render("![Gone](/images/gone-0123456789.jpg)").attributes().asList())
                .extracting(a -> a.getKey())
                .containsExactlyInAnyOrder("src", "alt");
        assertThat(render("![Small](/images/mat-0123456789-400w.jpg)").hasAttr("srcset"))
                .isFalse();
        assertThat(render("![Elsewhere](https://example.org/images/mat-0123456789.jpg)")
                        .hasAttr("width"))
                .isFalse();
    }

    @Test
    void aCopyThatIsNotNarrowerThanTheOriginalIsNotOffered() throws IOException {
        write("icon-abcdef0123-400w.png", 400, 400);

        assertThat(render("![Clinic logo](/images/icon-abcdef0123.png)").hasAttr("srcset"))
                .isFalse();
    }

    private Element render(String markdown) {
        ParsedDocument parsed = this.parser.parse(
                ContentFixtures.file("articles/test.md", "---\ntitle: Test\n---\n" + markdown + "\n"));
        String html = this.rendering.render(parsed.document());
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img).as(html).isNotNull();
        return img;
    }

    private void write(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        String format = name.endsWith(".png") ? "png" : "jpg";
        assertThat(ImageIO.write(image, format, Files.newOutputStream(this.images.resolve(name))))
                .isTrue();
    }
}
