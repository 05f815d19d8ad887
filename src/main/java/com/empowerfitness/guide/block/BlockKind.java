package com.empowerfitness.guide.block;

/** Which file a {@link ContentBlock} comes from; stored by name in {@code content_block.kind}. */
public enum BlockKind {
    /** {@code home.md}. */
    HOME,
    /** {@code blocks/*.md}. */
    BLOCK,
    /** The FAQ page's title and introduction, from {@code faqs.md}. */
    FAQS
}
