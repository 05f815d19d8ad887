package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Stage 1: finds every Markdown file under the content folder, in a stable (sorted) order. */
@Component
public class ContentScanner {

    /**
     * Mixed into every hash: bump it when rendering changes, so stored HTML is rebuilt even for unchanged files.
     */
    static final String PIPELINE_VERSION = "guide-content-4";

    /**
     * @param files readable Markdown files in sorted path order
     * @param errors files that cannot be used (unknown folder, not UTF-8, too large, a symbolic link)
     * @param folderProblem set when the folder is missing, unreadable or holds no Markdown file
     */
    public record ScanResult(List<ContentFile> files, List<ContentError> errors, Optional<String> folderProblem) {}

    private final ContentTypes types;

    private final long maxFileBytes;

    /** With the default {@code guide.content.max-file-bytes}. */
    public ContentScanner(ContentTypes types) {
        this(types, GuideProperties.Content.DEFAULT_MAX_FILE_BYTES.toBytes());
    }

    @Autowired
    public ContentScanner(ContentTypes types, GuideProperties properties) {
        this(types, properties.content().maxFileBytes().toBytes());
    }

    public ContentScanner(ContentTypes types, long maxFileBytes) {
        this.types = types;
        this.maxFileBytes = maxFileBytes;
    }

    public ScanResult scan(Path folder) {
        Path configured = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(configured)) {
            return problem("The content folder " + configured + " does not exist; set guide.content-dir "
                    + "(env GUIDE_CONTENT_DIR) to the folder holding the guide's Markdown files");
        }
        Path root;
        List<Path> paths;
        List<ContentError> errors = new ArrayList<>();
        try {
            // The folder itself may be a link (a deployment's current release); nothing inside it may be.
            root = configured.toRealPath();
            paths = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(root.relativize(dir))
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // Without FOLLOW_LINKS the walk reports a link (to a file or a folder) here, never its target.
                    if (isHidden(root.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        errors.add(new ContentError(
                                relative(root, file),
                                null,
                                null,
                                "this is a symbolic link; the guide reads only files inside the content folder, "
                                        + "so copy the file here instead of linking to it"));
                    } else if (attrs.isRegularFile()
                            && file.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".md")) {
                        paths.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException ex) {
                    errors.add(new ContentError(
                            relative(root, file), null, null, "this cannot be read: " + ex.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException ex) {
            return problem("The content folder " + configured + " cannot be read: " + ex.getMessage());
        }
        paths.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
        List<ContentFile> files = new ArrayList<>();
        for (Path file : paths) {
            String path = relative(root, file);
            if (path.equalsIgnoreCase("README.md")) {
                continue; // notes for editors, not a page
            }
            if (types.of(path).isEmpty() || !path.endsWith(".md")) {
                errors.add(new ContentError(
                        path, null, null, "this file is not in a place the guide knows: use " + types.places()));
                continue;
            }
            try {
                String text = decode(read(file, path));
                files.add(new ContentFile(path, text, hash(text)));
            } catch (CharacterCodingException ex) {
                errors.add(new ContentError(
                        path,
                        null,
                        null,
                        "the file is not saved as UTF-8 text; " + "save it again with UTF-8 encoding"));
            } catch (ContentException ex) {
                errors.add(ex.error());
            } catch (IOException ex) {
                errors.add(new ContentError(path, null, null, "the file cannot be read: " + ex.getMessage()));
            }
        }
        errors.sort(Comparator.comparing(ContentError::path));
        if (files.isEmpty() && errors.isEmpty()) {
            return problem("The content folder " + configured + " holds no Markdown (.md) files");
        }
        return new ScanResult(files, errors, Optional.empty());
    }

    /**
     * Reads at most one byte more than the limit, so a huge file (or one growing while it is read) never fills the
     * memory; {@code NOFOLLOW_LINKS} refuses a file swapped for a link since the walk saw it.
     */
    private byte[] read(Path file, String path) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) {
                long size = Math.max(bytes.length, Files.size(file));
                throw new ContentException(path, null, null, tooLarge(size, maxFileBytes));
            }
            return bytes;
        }
    }

    /** The reason given for a file over {@code guide.content.max-file-bytes}. */
    static String tooLarge(long bytes, long maxBytes) {
        return String.format(
                Locale.ROOT,
                "the file is %s, more than the %s a page may have; split it into smaller pages "
                        + "(the limit is guide.content.max-file-bytes)",
                size(bytes),
                size(maxBytes));
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%,d KB", Math.max(1, (bytes + 1023) / 1024));
    }

    private static ScanResult problem(String message) {
        return new ScanResult(List.of(), List.of(), Optional.of(message));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
        // A byte-order mark would hide the front matter's opening "---".
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
