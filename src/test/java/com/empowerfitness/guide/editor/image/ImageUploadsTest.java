package com.empowerfitness.guide.editor.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffUserService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The smaller copies an upload stores for phones, and the {@code <img>} that offers them. */
class ImageUploadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path content;

    @TempDir
    Path gitDir;

    private ContentRepository history;

    private ImageUploads uploads;

    @BeforeEach
    void setUp() {
        this.history = ContentRepository.open(this.content, this.gitDir, CLOCK, "hello@clinic.example");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("history", this.history));
        StaffUserService staff = mock(StaffUserService.class);
        given(staff.creditName(anyString())).willReturn("Elena Ruiz");
        this.uploads = new ImageUploads(
                GuideProperties.defaults().withContentDir(this.content),
                beans.getBeanProvider(ContentRepository.class),
                mock(AuditLog.class),
                staff);
    }

    @AfterEach
    void close() {
        this.history.close();
    }

    @Test
    void aPhotoGetsSmallerJpegCopiesForPhonesWithTheOriginalsProportionsAndNoMetadata() throws IOException {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(2400, 1600, 7), "GPS 40.7128 N 74.0060 W");

        ImageUploads.Result result = this.uploads.upload("Stretch on a mat.jpg", photo, "A stretch on a mat", "elena");

        assertThat(result.stored()).isTrue();
        Map<String, Integer> srcset = srcset(img(result));
        assertThat(srcset.values()).containsExactly(400, 800, 1200, 1600);
        assertThat(img(result).attr("height")).isEqualTo("1067");
        String stem = result.name().substring(0, result.name().length() - ".jpg".length());
        assertThat(srcset.keySet())
                .containsExactly(
                        "/images/" + stem + "-400w.jpg",
                        "/images/" + stem + "-800w.jpg",
                        "/images/" + stem + "-1200w.jpg",
                        "/images/" + result.name());
        for (Map.Entry<String, Integer> candidate : srcset.entrySet()) {
            byte[] stored =
                    Files.readAllBytes(this.content.resolve(candidate.getKey().substring(1)));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(decoded.getWidth()).as(candidate.getKey()).isEqualTo(candidate.getValue());
            assertThat(decoded.getHeight())
                    .as(candidate.getKey())
                    .isEqualTo(Math.round(candidate.getValue() * 1067 / 1600f));
            assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                    .as(candidate.getKey())
                    .doesNotContain("GPS 40.7128")
                    .doesNotContain("Exif");
        }
    }

    @Test
    void eachCopyIsASmallerFileThanTheNextWiderOneAndThePhoneCopyFarSmallerThanTheOriginal() throws IOException {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(2400, 1600, 11), "none");

        ImageUploads.Result result = this.uploads.upload("photo.jpg", photo, "A photo", "elena");

        long[] sizes = srcset(img(result)).keySet().stream()
                .mapToLong(address -> size(this.content.resolve(address.substring(1))))
                .toArray();
        assertThat(sizes).isSorted();
        assertThat(sizes[0]).as("the 400 px copy").isLessThan(sizes[sizes.length - 1] / 8);
    }

    @Test
    void theImgKeepsTheOriginalAsSrcWithItsSizeLoadsLazilyAndFitsTheTextColumn() {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(1280, 1924, 3), "none");

        ImageUploads.Result result = this.uploads.upload("tall.jpg", photo, "Knees \"up\" & <hold>", "elena");

        Element img = img(result);
        assertThat(img.attr("src")).isEqualTo("/images/" + result.name());
        assertThat(img.attr("alt")).isEqualTo("Knees \"up\" & <hold>");
        assertThat(img.attr("width")).isEqualTo("1280");
        assertThat(img.attr("height")).isEqualTo("1924");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 44rem) 42rem, calc(100vw - 2rem)");
        assertThat(srcset(img).values()).containsExactly(400, 800, 1200, 1280);
    }

    @Test
    void everyCopyIsServedByItsNameAndCommittedToTheHistoryByTheEditor() {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(1000, 700, 5), "none");

        ImageUploads.Result result = this.uploads.upload("desk.jpg", photo, "A desk", "elena");

        Map<String, Integer> srcset = srcset(img(result));
        assertThat(srcset.values()).containsExactly(400, 800, 1000);
        for (String address : srcset.keySet()) {
            String name = address.substring("/images/".length());
            assertThat(this.uploads.stored(name))
                    .as(name)
                    .contains(this.content.resolve("images").resolve(name));
            assertThat(this.history.history("images/" + name))
                    .as(name)
                    .singleElement()
                    .satisfies(commit -> assertThat(commit.author()).isEqualTo("Elena Ruiz"));
        }
    }

    @Test
    void onlyTheNamesOfOriginalsAndTheirCopiesAreServed() {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(900, 600, 9), "none");
        String stem = this.uploads.upload("x.jpg", photo, "X", "elena").name().replace(".jpg", "");

        assertThat(this.uploads.stored(stem + "-400w.jpg")).isPresent();
        assertThat(this.uploads.stored(stem + "-401w.jpg")).as("never stored").isEmpty();
        for (String name : List.of(stem + "-400w", stem + "-400.jpg", stem + "-40w.jpg", stem + "-0400w.jpg")) {
            assertThat(this.uploads.stored(name)).as(name).isEmpty();
        }
    }

    @Test
    void aPictureNoWiderThanThePhoneCopyGetsNoCopiesAndNoSrcset() throws IOException {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(400, 300, 1), "none");

        ImageUploads.Result result = this.uploads.upload("small.jpg", photo, "Small", "elena");

        Element img = img(result);
        assertThat(img.hasAttr("srcset")).isFalse();
        assertThat(img.hasAttr("sizes")).isFalse();
        assertThat(img.attr("width")).isEqualTo("400");
        try (Stream<Path> files = Files.list(this.content.resolve("images"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(result.name());
        }
    }

    @Test
    void aPngWithTransparencyKeepsItInPngCopiesWithoutItsTextChunks() throws IOException {
        BufferedImage drawing = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 1000; x++) {
                drawing.setRGB(x, y, x < 500 ? 0x00000000 : 0xFF2266AA);
            }
        }
        byte[] png = TestPhotos.pngWithText(drawing, "Location", "Clinic back room");

        ImageUploads.Result result = this.uploads.upload("diagram.png", png, "A diagram", "elena");

        Map<String, Integer> srcset = srcset(img(result));
        assertThat(srcset.keySet()).allSatisfy(address -> assertThat(address).endsWith(".png"));
        assertThat(srcset.values()).containsExactly(400, 800, 1000);
        byte[] copy = Files.readAllBytes(
                this.content.resolve(srcset.keySet().iterator().next().substring(1)));
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Clinic back room");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(copy));
        assertThat(decoded.getRGB(50, 100) >>> 24).as("transparent half").isZero();
        assertThat(decoded.getRGB(350, 100)).as("opaque half").isEqualTo(0xFF2266AA);
    }

    @Test
    void anOpaquePhotoSavedAsPngGetsJpegCopiesButAFlatDrawingStaysPng() {
        byte[] photoAsPng = TestPhotos.pngWithText(TestPhotos.photo(1200, 800, 4), "k", "v");
        BufferedImage flat = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1200; x++) {
                flat.setRGB(x, y, (x / 300 % 2 == 0) ? 0xFFFFFF : 0x005A70);
            }
        }
        byte[] drawing = TestPhotos.pngWithText(flat, "k", "v");

        Map<String, Integer> photoCopies = srcset(img(this.uploads.upload("p.png", photoAsPng, "Photo", "elena")));
        Map<String, Integer> drawingCopies = srcset(img(this.uploads.upload("d.png", drawing, "Bars", "elena")));

        assertThat(photoCopies.keySet())
                .hasSize(3)
                .satisfiesExactly(
                        a -> assertThat(a).endsWith("-400w.jpg"),
                        a -> assertThat(a).endsWith("-800w.jpg"),
                        a -> assertThat(a).endsWith(".png"));
        assertThat(drawingCopies.keySet())
                .hasSize(3)
                .allSatisfy(address -> assertThat(address).endsWith(".png"));
    }

    @Test
    void theSamePictureUploadedTwiceGivesTheSameFilesAndOneCommitEach() {
        byte[] photo = TestPhotos.jpegWithExif(TestPhotos.photo(900, 600, 2), "none");

        ImageUploads.Result first = this.uploads.upload("again.jpg", photo, "Again", "elena");
        ImageUploads.Result second = this.uploads.upload("again.jpg", photo, "Again", "elena");

        assertThat(second.stored()).isTrue();
        assertThat(second.markdown()).isEqualTo(first.markdown());
        for (String address : srcset(img(second)).keySet()) {
            assertThat(this.history.history(address.substring(1))).as(address).hasSize(1);
        }
    }

    private static Element img(ImageUploads.Result result) {
        assertThat(result.stored()).as(result.problem()).isTrue();
        return Jsoup.parseBodyFragment(result.markdown()).selectFirst("img");
    }

    /** The srcset's addresses with their widths, in order. */
    private static Map<String, Integer> srcset(Element img) {
        Map<String, Integer> candidates = new LinkedHashMap<>();
        Arrays.stream(img.attr("srcset").split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .forEach(c -> {
                    String[] parts = c.split(" +");
                    assertThat(parts[1]).endsWith("w");
                    candidates.put(parts[0], Integer.parseInt(parts[1].substring(0, parts[1].length() - 1)));
                });
        return candidates;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
