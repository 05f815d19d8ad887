package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.empowerfitness.guide.config.GuideProperties;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front matter of a translation (content/es/...): translation_of and source_revision, checked at load. */
class TranslationKeysTest {

    private static final String REVISION = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";

    private final ContentProcessor processor = ContentFixtures.processor();

    private static String article(String extra) {
        return "---\ntitle: Causas\n" + extra + "---\nTexto.\n";
    }

    @Test
    void aTranslationIsStoredInItsLanguageWithItsSource() {
        ProcessedContent content = processor.process(ContentFixtures.file(
                "es/articles/causas.md",
                article("translation_of: articles/causes.md\nsource_revision: " + REVISION + "\n")));
        assertThat(content.language()).isEqualTo("es");
        assertThat(content.key()).isEqualTo("causas");
        assertThat(content.meta().translationOf()).isEqualTo("articles/causes.md");
        assertThat(content.meta().sourceRevision()).isEqualTo(REVISION);
        assertThat(processor
                        .process(ContentFixtures.file("articles/causes.md", article("")))
                        .language())
                .isEqualTo("en");
    }

    @Test
    void aPageOfAnotherLanguageMayBeItsOwnWithoutASource() {
        ProcessedContent content = processor.process(ContentFixtures.file("es/articles/solo.md", article("")));
        assertThat(content.language()).isEqualTo("es");
        assertThat(content.meta().translationOf()).isNull();
    }

    @Test
    void theTranslationKeysAreRefusedWhereTheyMeanNothingOrAreMalformed() {
        assertThatThrownBy(() -> processor.process(
                        ContentFixtures.file("articles/causes.md", article("translation_of: articles/other.md\n"))))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("unknown front-matter key `translation_of`");
        assertThatThrownBy(() -> processor.process(
                        ContentFixtures.file("es/articles/causas.md", article("translation_of: articles/causes.md\n"))))
                .hasMessageContaining("needs `source_revision`");
        assertThatThrownBy(() -> processor.process(
                        ContentFixtures.file("es/articles/causas.md", article("source_revision: " + REVISION + "\n"))))
                .hasMessageContaining("needs `translation_of`");
        assertThatThrownBy(() -> processor.process(ContentFixtures.file(
                        "es/articles/causas.md",
                        article("translation_of: articles/causes.md\nsource_revision: abc123\n"))))
                .hasMessageContaining("40-character Git blob id");
        assertThatThrownBy(() -> processor.process(ContentFixtures.file(
                        "es/articles/causas.md",
                        article("translation_of: exercises/cat-cow.md\nsource_revision: " + REVISION + "\n"))))
                .hasMessageContaining("must name the articles file");
        assertThatThrownBy(() -> processor.process(ContentFixtures.file(
                        "es/articles/causas.md",
                        article("translation_of: es/articles/otra.md\nsource_revision: " + REVISION + "\n"))))
                .hasMessageContaining("must name the articles file");
    }

    @Test
    void aTranslationOfAFileThatDoesNotExistIsReportedAndNotStored(@TempDir Path root) {
        ContentFixtures.writeGuide(root);
        ContentFixtures.write(
                root,
                "es/articles/causas.md",
                article("translation_of: articles/causes.md\nsource_revision: " + REVISION + "\n"));
        ContentFixtures.write(
                root,
                "es/articles/huerfana.md",
                article("translation_of: articles/gone.md\nsource_revision: " + REVISION + "\n"));
        ContentStore store = mock(ContentStore.class);
        given(store.store(any(), any(), any()))
                .willAnswer(call -> new LoadReport(
                        call.<List<ProcessedContent>>getArgument(0).size(), 0, 0, 0, call.getArgument(1)));
        ContentLoader loader = new ContentLoader(
                GuideProperties.defaults().withContentDir(root),
                new ContentScanner(ContentFixtures.types()),
                ContentFixtures.processor(),
                store,
                ContentFixtures.types(),
                event -> {});

        LoadReport report = loader.load();

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("es/articles/huerfana.md");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).contains("`translation_of: articles/gone.md` names no file");
        });
        // The guide's five files and the good translation are stored; the orphan is not.
        assertThat(report.added()).isEqualTo(6);
    }
}
