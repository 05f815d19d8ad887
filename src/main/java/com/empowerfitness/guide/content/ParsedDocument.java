package com.empowerfitness.guide.content;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Stage 2's output: a file's typed front matter and its flexmark syntax tree.
 *
 * @param bodyLine the file line (1-based) where the Markdown body starts
 */
public record ParsedDocument(ContentFile file, FrontMatter frontMatter, Document document, int bodyLine) {}
