package com.empowerfitness.guide.content;

/**
 * One Markdown file as read by the scanner.
 *
 * @param path path relative to the content folder, with {@code /} separators
 * @param text the file's text
 * @param hash SHA-256 of the text and the pipeline version, so unchanged files can be skipped
 */
public record ContentFile(String path, String text, String hash) {

    /** The file name without folder and {@code .md}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }
}
