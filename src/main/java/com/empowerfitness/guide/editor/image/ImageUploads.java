package com.empowerfitness.guide.editor.image;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.ResponsiveImages;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffUserService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Images editors upload: only PNG and JPEG whose bytes decode as such (the file name proves nothing), at most
 * {@link #MAX_BYTES}, re-encoded from the pixels so that no metadata survives (phone photos carry GPS positions),
 * scaled down to a width a page needs, stored under {@code content/images/} with a name that changes when the
 * picture does (so it can be cached for a year) and committed to the content history. Smaller copies for phones
 * are stored and committed beside it, named {@code name-hash-400w.jpg} after the original.
 */
@Service
public class ImageUploads {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Wider than the text column on any screen at twice the pixel density. */
    static final int MAX_WIDTH = 1600;

    /** Refuses a small file that would decode to an enormous picture before any pixel is decoded. */
    static final long MAX_PIXELS = 40_000_000L;

    static final int MAX_ALT = 250;

    /**
     * Widths of the smaller copies, each stored only when narrower than the original: the text column of a phone
     * is a little under 400 CSS pixels wide, so these fit it at one, two and three device pixels per CSS pixel
     * (800 also fits the column on a laptop screen at one).
     */
    static final List<Integer> COPY_WIDTHS = List.of(400, 800, 1200);

    static final float QUALITY = 0.85f;

    /** The copies go to phones, often on slow connections, and are seen small: a lower quality keeps them light. */
    static final float COPY_QUALITY = 0.75f;

    private static final Pattern STORED_NAME =
            Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{10}(?:-[1-9][0-9]{2,3}w)?\\.(?:png|jpg)");

    private final Path folder;

    private final ObjectProvider<ContentRepository> history;

    private final AuditLog audit;

    private final String clinicEmail;

    private final StaffUserService staff;

    ImageUploads(
            GuideProperties properties,
            ObjectProvider<ContentRepository> history,
            AuditLog audit,
            StaffUserService staff) {
        this.staff = staff;
        this.folder = properties.contentDir().toAbsolutePath().normalize().resolve("images");
        this.history = history;
        this.audit = audit;
        this.clinicEmail = properties.clinic().email();
    }

    /** Stores an upload, or says in words why not. */
    public Result upload(String originalName, byte[] bytes, String alt, String actor) {
        String altText = (alt == null) ? "" : alt.strip();
        if (bytes == null || bytes.length == 0) {
            return Result.refused("Choose an image file to upload");
        }
        if (bytes.length > MAX_BYTES) {
            return Result.refused("The image must be 5 MB or smaller");
        }
        if (altText.isEmpty()) {
            return Result.refused("Describe the image for people who cannot see it (alt text)");
        }
        if (altText.length() > MAX_ALT) {
            return Result.refused("Keep the alt text to " + MAX_ALT + " characters");
        }
        Optional<String> format = formatOf(bytes);
        if (format.isEmpty()) {
            return Result.refused("The file is not a PNG or JPEG image");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException ex) {
            image = null;
        }
        if (image == null) {
            return Result.refused("The file is not a PNG or JPEG image");
        }
        boolean photo = format.get().equals("jpg");
        BufferedImage scaled = ImagePixels.resized(image, MAX_WIDTH, photo);
        byte[] clean = photo ? ImagePixels.jpeg(scaled, QUALITY) : ImagePixels.png(scaled);
        String stem = baseName(originalName) + "-" + shortHash(clean);
        String name = stem + "." + format.get();
        List<StoredFile> files = new ArrayList<>();
        files.add(new StoredFile(name, clean, scaled.getWidth()));
        boolean opaque = photo || !ImagePixels.hasTransparency(scaled);
        for (int width : COPY_WIDTHS) {
            if (width < scaled.getWidth()) {
                files.add(copy(scaled, stem, width, photo, opaque));
            }
        }
        if (!store(files, actor)) {
            return Result.refused("The images folder cannot be written");
        }
        this.audit.record(actor, AuditAction.IMAGE_UPLOADED, "images/" + name);
        return new Result(name, markup(files, altText, scaled), null);
    }

    /**
     * A smaller copy, named after the original with its width, so that it is served and cached like the original
     * and a page can find it. A photo gets a JPEG at a lower quality (it is shown at its size or smaller); an
     * opaque PNG gets a JPEG only when that is a small fraction of the PNG (a photo saved as PNG), so a drawing with
     * flat colours and sharp edges stays PNG; a PNG with transparency stays PNG.
     */
    private static StoredFile copy(BufferedImage scaled, String stem, int width, boolean photo, boolean opaque) {
        BufferedImage small = ImagePixels.resized(scaled, width, opaque);
        String ext = "jpg";
        byte[] bytes;
        if (photo) {
            bytes = ImagePixels.jpeg(small, COPY_QUALITY);
        } else if (!opaque) {
            ext = "png";
            bytes = ImagePixels.png(small);
        } else {
            byte[] png = ImagePixels.png(small);
            byte[] jpeg = ImagePixels.jpeg(small, COPY_QUALITY);
            // JPEG blurs sharp edges and flat colours; it is worth that only when it saves most of the bytes.
            if (jpeg.length * 4L <= png.length) {
                bytes = jpeg;
            } else {
                ext = "png";
                bytes = png;
            }
        }
        return new StoredFile(stem + "-" + width + "w." + ext, bytes, width);
    }

    /**
     * Writes the files and commits each to the content history, holding the history's lock so that the commit of
     * files changed on disk cannot take them first. A file already there with the same bytes (the same picture
     * uploaded again) is left as it is: its history has it already.
     */
    private boolean store(List<StoredFile> files, String actor) {
        if (Files.isSymbolicLink(this.folder)
                || files.stream().anyMatch(f -> Files.isSymbolicLink(this.folder.resolve(f.name())))) {
            return false;
        }
        ContentRepository repository = this.history.getIfAvailable();
        Supplier<Boolean> work = () -> {
            List<StoredFile> written = new ArrayList<>();
            try {
                Files.createDirectories(this.folder);
                for (StoredFile file : files) {
                    Path path = this.folder.resolve(file.name());
                    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                            && Arrays.equals(Files.readAllBytes(path), file.bytes())) {
                        continue;
                    }
                    Files.write(path, file.bytes());
                    written.add(file);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("The image could not be stored", ex);
            }
            if (repository != null) {
                String original = "images/" + files.get(0).name();
                for (StoredFile file : written) {
                    String path = "images/" + file.name();
                    String message = path.equals(original)
                            ? "Add image " + original
                            : "Add image " + path + " (a smaller copy of " + original + ")";
                    repository.commitFile(path, this.staff.creditName(actor), this.clinicEmail, message);
                }
            }
            return true;
        };
        if (repository != null) {
            return repository.locked(work);
        }
        synchronized (this) {
            return work.get();
        }
    }

    /**
     * The {@code <img>} for the page: the original as {@code src} (and its width and height, so nothing moves
     * while it loads), the copies in {@code srcset} so that a phone downloads one about as wide as its screen.
     */
    private static String markup(List<StoredFile> files, String alt, BufferedImage original) {
        StringBuilder img = new StringBuilder("<img src=\"/images/")
                .append(files.get(0).name())
                .append('"');
        if (files.size() > 1) {
            img.append(" srcset=\"");
            for (int i = 1; i < files.size(); i++) {
                img.append("/images/")
                        .append(files.get(i).name())
                        .append(' ')
                        .append(files.get(i).width())
                        .append("w, ");
            }
            img.append("/images/")
                    .append(files.get(0).name())
                    .append(' ')
                    .append(files.get(0).width())
                    .append("w\"");
            img.append(" sizes=\"").append(ResponsiveImages.SIZES).append('"');
        }
        img.append(" alt=\"").append(escape(alt)).append('"');
        img.append(" width=\"")
                .append(original.getWidth())
                .append("\" height=\"")
                .append(original.getHeight());
        img.append("\" loading=\"lazy\">");
        return img.toString();
    }

    /** The stored image for a public address, or empty (unknown name, missing file or a symbolic link). */
    public Optional<Path> stored(String name) {
        if (name == null || !STORED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = this.folder.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(this.folder)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** The format the bytes really are, read from their header, and only if the picture is of a sane size. */
    static Optional<String> formatOf(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String ext = switch (format) {
                    case "png" -> "png";
                    case "jpeg", "jpg" -> "jpg";
                    default -> null;
                };
                if (ext == null) {
                    return Optional.empty();
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return (pixels <= 0 || pixels > MAX_PIXELS) ? Optional.empty() : Optional.of(ext);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    static String baseName(String originalName) {
        String name = (originalName == null) ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "image" : slug;
    }

    private static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 10);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** One file of an upload: the original or a smaller copy, {@code width} pixels wide. */
    private record StoredFile(String name, byte[] bytes, int width) {}

    /**
     * @param name the stored file name (under {@code images/}), when stored
     * @param markdown what to put into the page's text to show it
     * @param problem why the upload was refused, when it was
     */
    public record Result(String name, String markdown, String problem) {

        static Result refused(String problem) {
            return new Result(null, null, problem);
        }

        public boolean stored() {
            return this.problem == null;
        }
    }
}
