package com.empowerfitness.guide.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which files are blocks: Markdown files directly in {@code blocks/}, named by their file name. */
class BlockContentTypeTest {

    private final BlockContentType blocks = new BlockContentType(null);

    @Test
    void aMarkdownFileDirectlyInTheBlocksFolderIsABlock() {
        assertThat(this.blocks.accepts("blocks/booking-cta.md")).isTrue();
        assertThat(this.blocks.accepts("blocks/red-flags.md")).isTrue();
    }

    @Test
    void filesInASubfolderOtherFoldersOrOfAnotherTypeAreNotBlocks() {
        assertThat(this.blocks.accepts("blocks/old/booking-cta.md")).isFalse();
        assertThat(this.blocks.accepts("blocks/booking-cta.txt")).isFalse();
        assertThat(this.blocks.accepts("articles/booking-cta.md")).isFalse();
        assertThat(this.blocks.accepts("home.md")).isFalse();
    }

    @Test
    void theStaffPagesNameThePlaceBlocksLive() {
        assertThat(this.blocks.place()).isEqualTo("blocks/*.md");
        assertThat(this.blocks.keys()).containsExactly("order");
    }
}
