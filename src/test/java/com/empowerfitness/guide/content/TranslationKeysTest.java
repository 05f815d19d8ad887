package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
