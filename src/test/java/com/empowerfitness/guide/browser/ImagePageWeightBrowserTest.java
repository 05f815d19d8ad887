package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.ContentLoader;
import com.empowerfitness.guide.editor.image.ImageUploads;
import com.empowerfitness.guide.editor.image.TestPhotos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A page with an uploaded photo in its first screen stays within the page-weight budget on a phone: the browser
 * picks the smallest copy from the srcset, and the picture keeps its width and height.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImagePageWeightBrowserTest {

    private static final Path CONTENT_DIR = tempDir("image-weight-content-");

    private static final Path GIT_DIR = tempDir("image-weight-git-");

    /** A database of its own: this test loads its own content folder. */
    private static final Path DATA_DIR = tempDir("image-weight-db-");

    /**
     * Waits for the load event and for the picture itself (a lazy image in the first screen may finish after
     * load), then lists the page and each file it loaded with its size on the wire.
     */
    private static final String RESOURCES = """
            const done = arguments[arguments.length - 1];
            const img = document.querySelector('main img');
            const report = () => setTimeout(() => done(
                performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({url: e.name, bytes: e.transferSize, type: e.initiatorType}))), 100);
            const whenPictureIsIn = () => (img.complete ? report() : img.addEventListener('load', report));
            if (document.readyState === 'complete') { whenPictureIsIn(); }
            else { addEventListener('load', whenPictureIsIn); }
            """;

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    static {
        ContentFixtures.writeGuide(CONTENT_DIR);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
    }

    @Autowired
    ImageUploads uploads;

    @Autowired
    ContentLoader loader;

    @LocalServerPort
    int port;

    @Test
    void onAPhoneAPageWithAPhotoInItsFirstScreenDownloadsTheSmallCopyAndStaysWithinTheBudget() {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(2400, 1600, 42), "GPS 40.7128 N 74.0060 W");
        ImageUploads.Result upload = this.uploads.upload("stretch.jpg", photo, "A person stretching on a mat", "elena");
        assertThat(upload.stored()).as(upload.problem()).isTrue();
        String first = "Spasms are a protective response.\n";
        ContentFixtures.write(
                CONTENT_DIR,
                "articles/causes.md",
                ContentFixtures.ARTICLE.replace(first, first + "\n" + upload.markdown() + "\n"));
        this.loader.load();

        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.viewport(ChromeBrowser.PHONE);
        browser.open(url("/articles/causes"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files =
                (List<Map<String, Object>>) browser.driver().executeAsyncScript(RESOURCES);

        @SuppressWarnings("unchecked")
        Map<String, Object> img = (Map<String, Object>) browser.script("""
                const img = document.querySelector('main img');
                return {currentSrc: img.currentSrc, top: img.getBoundingClientRect().top,
                        screen: innerHeight, width: img.getAttribute('width'), height: img.getAttribute('height'),
                        loading: img.loading, shownWidth: img.getBoundingClientRect().width,
                        shownHeight: img.getBoundingClientRect().height};
                """);
        String stem = upload.name().substring(0, upload.name().length() - ".jpg".length());
        assertThat(((Number) img.get("top")).doubleValue())
                .as("the picture is in the first screen")
                .isLessThan(((Number) img.get("screen")).doubleValue());
        assertThat((String) img.get("currentSrc")).isEqualTo(url("/images/" + stem + "-400w.jpg"));
        assertThat(img.get("width")).isEqualTo("1600");
        assertThat(img.get("height")).isEqualTo("1067");
        assertThat(img.get("loading")).isEqualTo("lazy");
        double ratio = ((Number) img.get("shownWidth")).doubleValue() / ((Number) img.get("shownHeight")).doubleValue();
        assertThat(ratio)
                .as("shown in the original's proportions")
                .isCloseTo(1600 / 1067.0, org.assertj.core.data.Offset.offset(0.02));

        assertThat(files)
                .as("the copy is among the files the page loaded")
                .anySatisfy(f -> assertThat(f.get("url")).isEqualTo(img.get("currentSrc")));
        assertThat(files)
                .as("every request goes to the site itself")
                .allSatisfy(f -> assertThat((String) f.get("url")).startsWith(url("/")));
        long total = files.stream()
                .mapToLong(f -> ((Number) f.get("bytes")).longValue())
                .sum();
        assertThat(total).as("bytes transferred: %s", files).isBetween(1L, PageWeightBrowserTest.MAX_TRANSFERRED_BYTES);
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
