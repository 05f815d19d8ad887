package com.empowerfitness.guide.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.nodes.Element;

/**
 * An image an editor wrote in Markdown ({@code ![alt](/images/name.jpg)}) gets what the upload's own markup has:
 * its width and height (nothing moves while it loads), {@code loading="lazy"}, and the smaller copies stored
 * beside it ({@code name-400w.jpg}, ...) in {@code srcset} with {@link #SIZES}, so that a phone downloads one about
 * as wide as its screen. Only the site's own {@code /images/}; attributes the editor wrote are kept; an image the
 * folder does not hold is left as written.
 */
public final class ResponsiveImages {

    /**
     * How wide a picture in the text is shown: the text column ({@code --measure} in site.css, 42rem) inside the
     * page's 1rem margins, or the screen less those margins when it is narrower.
     */
    public static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private static final Pattern OWN_IMAGE = Pattern.compile("/images/([a-z0-9][a-z0-9._-]*)\\.(png|jpg|jpeg)");

    private static final Pattern COPY_SUFFIX = Pattern.compile("-([1-9][0-9]{2,3})w\\.(?:png|jpg|jpeg)");

    private final Path folder;

    /** @param folder the images folder ({@code content/images}), or null where there is none */
    public ResponsiveImages(Path folder) {
        this.folder = folder;
    }

    /** Completes every {@code <img>} of the site's own images in the fragment. */
    void complete(Element fragment) {
        if (this.folder == null || !Files.isDirectory(this.folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (Element img : fragment.select("img[src]")) {
            Matcher own = OWN_IMAGE.matcher(img.attr("src"));
            if (!own.matches() || COPY_SUFFIX.matcher(own.group(0)).find()) {
                continue;
            }
            String file = own.group(1) + "." + own.group(2);
            Optional<int[]> size = size(this.folder.resolve(file));
            if (size.isEmpty()) {
                continue;
            }
            if (!img.hasAttr("width") && !img.hasAttr("height")) {
                img.attr("width", Integer.toString(size.get()[0]));
                img.attr("height", Integer.toString(size.get()[1]));
            }
            if (!img.hasAttr("loading")) {
                img.attr("loading", "lazy");
            }
            Map<Integer, String> copies = copies(own.group(1), size.get()[0]);
            if (!copies.isEmpty() && !img.hasAttr("srcset")) {
                StringBuilder srcset = new StringBuilder();
                copies.forEach((width, name) -> srcset.append("/images/")
                        .append(name)
                        .append(' ')
                        .append(width)
                        .append("w, "));
                srcset.append("/images/")
                        .append(file)
                        .append(' ')
                        .append(size.get()[0])
                        .append('w');
                img.attr("srcset", srcset.toString());
                img.attr("sizes", SIZES);
            }
        }
    }

    /** The stored copies narrower than the original, by width. */
    private Map<Integer, String> copies(String stem, int originalWidth) {
        Map<Integer, String> copies = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder, stem + "-*w.*")) {
            for (Path path : files) {
                String name = path.getFileName().toString();
                Matcher copy = COPY_SUFFIX.matcher(name.substring(stem.length()));
                if (copy.matches() && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    int width = Integer.parseInt(copy.group(1));
                    if (width < originalWidth) {
                        copies.put(width, name);
                    }
                }
            }
        } catch (IOException ex) {
            return Map.of(); // no copies to offer: the original alone still shows
        }
        return copies;
    }

    /** Width and height from the file's header, without decoding its pixels. */
    private static Optional<int[]> size(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
