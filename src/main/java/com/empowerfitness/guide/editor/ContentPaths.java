package com.empowerfitness.guide.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which files the browser may touch, and where they are: only the guide's own Markdown files, by a path relative to
 * the content folder. No {@code ..}, no absolute path, no other extension, and never through a symbolic link: a
 * path whose file or folder is a link is refused, wherever the link points.
 */
final class ContentPaths {

    private static final Pattern EDITABLE =
            Pattern.compile("(?:home|faqs|check)\\.md|(?:articles|exercises|blocks)/[a-z0-9]+(?:-[a-z0-9]+)*\\.md");

    private final Path root;

    ContentPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Whether {@code path} names a file the editor may open, create or change. */
    static boolean isEditable(String path) {
        return path != null && EDITABLE.matcher(path).matches();
    }

    /**
     * The file for {@code path}, if the path is one the editor may touch and neither the file nor its folder is a
     * symbolic link (the file need not exist yet).
     */
    Optional<Path> resolve(String path) {
        if (!isEditable(path)) {
            return Optional.empty();
        }
        Path file = this.root.resolve(path).normalize();
        if (!file.startsWith(this.root) || Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        try {
            Path realRoot = this.root.toRealPath();
            Path folder = file.getParent();
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isSymbolicLink(folder) || !folder.toRealPath().startsWith(realRoot)) {
                    return Optional.empty();
                }
            }
        } catch (IOException ex) {
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
