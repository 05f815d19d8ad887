package com.empowerfitness.guide.content;

import java.util.Optional;

/** What a Markdown file is, decided by where it lives under the content folder. */
public enum ContentKind {
    HOME("the home page"),
    ARTICLE("articles"),
    EXERCISE("exercises"),
    FAQS("the FAQ page"),
    BLOCK("blocks"),
    CHECK("the red-flag check");

    private final String description;

    ContentKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** @param relativePath a path relative to the content folder, with {@code /} separators */
    static Optional<ContentKind> of(String relativePath) {
        String[] parts = relativePath.split("/");
        if (parts.length == 1) {
            return switch (parts[0]) {
                case "home.md" -> Optional.of(HOME);
                case "faqs.md" -> Optional.of(FAQS);
                case "check.md" -> Optional.of(CHECK);
                default -> Optional.empty();
            };
        }
        if (parts.length == 2) {
            return switch (parts[0]) {
                case "articles" -> Optional.of(ARTICLE);
                case "exercises" -> Optional.of(EXERCISE);
                case "blocks" -> Optional.of(BLOCK);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }
}
