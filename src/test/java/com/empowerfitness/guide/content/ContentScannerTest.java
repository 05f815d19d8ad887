package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    private final ContentScanner scanner = new ContentScanner(ContentFixtures.types());

    @TempDir
    Path root;

    @Test
    void filesAreFoundRecursivelyInSortedOrderWithTheirKind() {
        ContentFixtures.write(root, "exercises/b.md", "x");
        ContentFixtures.write(root, "articles/z.md", "x");
        ContentFixtures.write(root, "articles/a.md", "x");
        ContentFixtures.write(root, "home.md", "x");
        ContentFixtures.write(root, "articles/picture.png", "not markdown");
        ContentFixtures.write(root, ".drafts/hidden.md", "x");

        ContentScanner.ScanResult result = scanner.scan(root);

        assertThat(result.folderProblem()).isEmpty();
        assertThat(result.files())
                .extracting(ContentFile::path)
                .containsExactly("articles/a.md", "articles/z.md", "exercises/b.md", "home.md");
    }

    @Test
    void fileInAnUnknownPlaceIsAnError() {
        ContentFixtures.write(root, "home.md", "x");
        ContentFixtures.write(root, "articles/deep/nested.md", "x");

        ContentScanner.ScanResult result = scanner.scan(root);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("articles/deep/nested.md");
            assertThat(error.reason()).contains("not in a place the guide knows");
        });
    }

    @Test
    void hashChangesWithTheTextOnly() {
        ContentFixtures.write(root, "home.md", "one");
        String first = scanner.scan(root).files().get(0).hash();
        String again = scanner.scan(root).files().get(0).hash();
        ContentFixtures.write(root, "home.md", "two");
        String changed = scanner.scan(root).files().get(0).hash();

        assertThat(first).hasSize(64).isEqualTo(again).isNotEqualTo(changed);
    }

    @Test
    void missingContentFolderIsOneClearProblem() {
        ContentScanner.ScanResult result = scanner.scan(root.resolve("no-such-folder"));

        assertThat(result.files()).isEmpty();
        assertThat(result.folderProblem())
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("no-such-folder")
                        .contains("does not exist")
                        .contains("GUIDE_CONTENT_DIR"));
    }

    @Test
    void emptyContentFolderIsOneClearProblem() throws Exception {
        Files.createDirectories(root.resolve("articles"));

        ContentScanner.ScanResult result = scanner.scan(root);

        assertThat(result.folderProblem())
                .hasValueSatisfying(message -> assertThat(message).contains("holds no Markdown (.md) files"));
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.write(root.resolve("articles/latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

        ContentScanner.ScanResult result = scanner.scan(root);

        assertThat(result.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.reason()).contains("not saved as UTF-8"));
    }
}
