package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size and nesting limits (issue 11.1): a small file nested deeply enough to exhaust flexmark's recursion, or a
 * huge one, is that file's content error with its line, checked before the parser sees the text.
 */
class ContentLimitsTest {

    private static final String FRONT = "---\ntitle: Deep\n---\n";

    @TempDir
    Path root;

    private static ContentError errorOf(String body) {
        ContentException ex = catchThrowableOfType(
                ContentException.class,
                () -> ContentFixtures.processor().process(ContentFixtures.file("articles/deep.md", FRONT + body)));
        assertThat(ex).as("a content error").isNotNull();
        return ex.error();
    }

    @Test
    void aThousandNestedListMarkersInTwoKilobytesAreThatFilesErrorOnItsLine() {
        String body = "Fine text.\n\n" + "- ".repeat(1000) + "deep\n";
        assertThat((FRONT + body).length()).isLessThan(2100);

        ContentError error = errorOf(body);

        assertThat(error.path()).isEqualTo("articles/deep.md");
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.reason()).contains("lists, quotes or callouts are nested more than 32 deep");
    }

    @Test
    void tenThousandQuoteMarkersAreAnError() {
        assertThat(errorOf(">".repeat(10_000) + " deep\n").reason()).contains("quotes");
        assertThat(errorOf("> ".repeat(1_000) + "deep\n").line()).isEqualTo(4);
        assertThat(errorOf("1. ".repeat(700) + "deep\n").reason()).contains("more than 32 deep");
    }

    @Test
    void listsNestedByIndentationCountEveryLevel() {
        StringBuilder spaces = new StringBuilder();
        StringBuilder tabs = new StringBuilder();
        StringBuilder callouts = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            spaces.append("  ".repeat(level)).append("- level ").append(level).append('\n');
            tabs.append("\t".repeat(level)).append("* level ").append(level).append('\n');
            callouts.append("    ".repeat(level)).append("!!! note \"Level\"\n");
        }

        assertThat(errorOf(spaces.toString()).line()).isEqualTo(3 + 33);
        assertThat(errorOf(tabs.toString()).reason()).contains("lists, quotes or callouts");
        assertThat(errorOf(callouts.toString()).reason()).contains("lists, quotes or callouts");
    }

    @Test
    void nestedImagesAndLongEmphasisRunsAreErrors() {
        assertThat(errorOf("![".repeat(3_000) + "x" + "](a.png)".repeat(3_000) + "\n")
                        .reason())
                .contains("links or images");
        assertThat(errorOf("*".repeat(3_000) + "x\n").reason()).contains("more than 500 `*` in a row");
        assertThat(errorOf("_".repeat(3_000) + "x\n").reason()).contains("`_`");
    }

    @Test
    void nestingUpToTheLimitStillRenders() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 16; level++) {
            body.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        body.append("\n").append("> ".repeat(31)).append("quoted\n\n");
        body.append("[link ![image](a.png) text](/articles/causes) and **bold** and _it_ \\[\\[\\[\n\n");
        body.append("```\n").append(" ".repeat(200)).append("deeply indented code, no marker\n```\n");
        body.append("\n").append("*".repeat(60)).append("\n");

        assertThatCode(() ->
                        ContentFixtures.processor().process(ContentFixtures.file("articles/deep.md", FRONT + body)))
                .doesNotThrowAnyException();
    }

    @Test
    void everySampleFileOfTheGuidePassesTheChecks() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md"))::iterator) {
                String text = Files.readString(file);
                assertThatCode(() -> NestingCheck.check(file.toString(), text, 4))
                        .as(file.toString())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theLimitIsConfigurable() {
        MarkdownDocumentParser strict =
                new MarkdownDocumentParser(new MarkdownConfiguration().markdownParser(), 1_000, 2);
        ContentFile nested = ContentFixtures.file("articles/x.md", FRONT + "- a\n  - b\n    - c\n");
        ContentFile big = ContentFixtures.file("articles/x.md", FRONT + "x".repeat(1_000));

        assertThat(catchThrowableOfType(ContentException.class, () -> strict.parse(nested))
                        .error()
                        .reason())
                .contains("nested more than 2 deep");
        assertThat(catchThrowableOfType(ContentException.class, () -> strict.parse(big))
                        .error()
                        .reason())
                .contains("more than the 1 KB", "guide.content.max-file-bytes");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithoutBeingRead() throws IOException {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        Path huge = root.resolve("articles/huge.md");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024); // 20 MB, sparse: nothing is written but its length
        }

        ContentScanner.ScanResult result = new ContentScanner(ContentFixtures.types()).scan(root);

        assertThat(result.files()).extracting(ContentFile::path).containsExactly("home.md");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("articles/huge.md");
            assertThat(error.reason()).contains("20.0 MB", "more than the 256 KB");
        });
    }

    @Test
    void aSymbolicLinkIsAnErrorAndItsTargetIsNeverRead(@TempDir Path outside) throws IOException {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        Path secret = ContentFixtures.write(outside, "secret.md", ContentFixtures.ARTICLE);
        Path secretFolder = ContentFixtures.write(outside, "folder/other.md", ContentFixtures.ARTICLE)
                .getParent();
        Files.createDirectories(root.resolve("articles"));
        Files.createSymbolicLink(root.resolve("articles/linked.md"), secret);
        Files.createSymbolicLink(root.resolve("exercises"), secretFolder);

        ContentScanner.ScanResult result = new ContentScanner(ContentFixtures.types()).scan(root);

        assertThat(result.files()).extracting(ContentFile::path).containsExactly("home.md");
        assertThat(result.errors()).extracting(ContentError::path).containsExactly("articles/linked.md", "exercises");
        assertThat(result.errors())
                .allSatisfy(error -> assertThat(error.reason()).contains("symbolic link"));
    }

    @Test
    void theContentFolderItselfMayBeALink(@TempDir Path elsewhere) throws IOException {
        Path real = Files.createDirectories(elsewhere.resolve("release-1"));
        ContentFixtures.write(real, "home.md", ContentFixtures.HOME);
        Path link = Files.createSymbolicLink(elsewhere.resolve("current"), real);

        ContentScanner.ScanResult result = new ContentScanner(ContentFixtures.types()).scan(link);

        assertThat(result.errors()).isEmpty();
        assertThat(result.files()).extracting(ContentFile::path).containsExactly("home.md");
    }
}
