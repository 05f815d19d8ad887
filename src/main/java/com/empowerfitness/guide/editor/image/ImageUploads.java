package com.empowerfitness.guide.editor.image;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffUserService;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Images editors upload: only PNG and JPEG whose bytes decode as such (the file name proves nothing), at most
 * {@link #MAX_BYTES}, re-encoded from the pixels so that no metadata survives (phone photos carry GPS positions),
 * scaled down to a width a page needs, stored under {@code content/images/} with a name that changes when the
 * picture does (so it can be cached for a year) and committed to the content history.
 */
@Service
public class ImageUploads {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Wider than the text column on any screen at twice the pixel density. */
    static final int MAX_WIDTH = 1600;

    /** Refuses a small file that would decode to an enormous picture before any pixel is decoded. */
    static final long MAX_PIXELS = 40_000_000L;

    static final int MAX_ALT = 250;

    private static final Pattern STORED_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{10}\\.(?:png|jpg)");

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
        BufferedImage scaled = scaled(image, format.get().equals("jpg"));
        byte[] clean = encode(scaled, format.get());
        String name = baseName(originalName) + "-" + shortHash(clean) + "." + format.get();
        Path file = this.folder.resolve(name);
        try {
            if (Files.isSymbolicLink(this.folder) || Files.isSymbolicLink(file)) {
                return Result.refused("The images folder cannot be written");
            }
            Files.createDirectories(this.folder);
            Files.write(file, clean);
        } catch (IOException ex) {
            throw new UncheckedIOException("The image could not be stored", ex);
        }
        ContentRepository repository = this.history.getIfAvailable();
        if (repository != null) {
            repository.commitFile(
                    "images/" + name, this.staff.creditName(actor), this.clinicEmail, "Add image images/" + name);
        }
        this.audit.record(actor, AuditAction.IMAGE_UPLOADED, "images/" + name);
        String markdown = "<img src=\"/images/" + name + "\" alt=\"" + escape(altText) + "\" width=\""
                + scaled.getWidth() + "\" height=\"" + scaled.getHeight() + "\" loading=\"lazy\">";
        return new Result(name, markdown, null);
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

    private static BufferedImage scaled(BufferedImage image, boolean opaque) {
        int width = Math.min(image.getWidth(), MAX_WIDTH);
        int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
        BufferedImage out =
                new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Encodes the pixels alone: a new file holds no metadata from the upload. */
    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("png")) {
                ImageIO.write(image, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
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
