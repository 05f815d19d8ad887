package com.empowerfitness.guide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
     * @param errors files that cannot be used (unknown folder, not UTF-8)
     * @param folderProblem set when the folder is missing, unreadable or holds no Markdown file
     */
    public record ScanResult(List<ContentFile> files, List<ContentError> errors, Optional<String> folderProblem) {}

    private final ContentTypes types;

    public ContentScanner(ContentTypes types) {
        this.types = types;
    }

    public ScanResult scan(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return problem("The content folder " + root + " does not exist; set guide.content-dir "
                    + "(env GUIDE_CONTENT_DIR) to the folder holding the guide's Markdown files");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
        } catch (IOException | UncheckedIOException ex) {
            return problem("The content folder " + root + " cannot be read: " + ex.getMessage());
        }
        List<ContentFile> files = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
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
                String text = decode(Files.readAllBytes(file));
                files.add(new ContentFile(path, text, hash(text)));
            } catch (CharacterCodingException ex) {
                errors.add(new ContentError(
                        path,
                        null,
                        null,
                        "the file is not saved as UTF-8 text; " + "save it again with UTF-8 encoding"));
            } catch (IOException ex) {
                errors.add(new ContentError(path, null, null, "the file cannot be read: " + ex.getMessage()));
            }
        }
        if (files.isEmpty() && errors.isEmpty()) {
            return problem("The content folder " + root + " holds no Markdown (.md) files");
        }
        return new ScanResult(files, errors, Optional.empty());
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
