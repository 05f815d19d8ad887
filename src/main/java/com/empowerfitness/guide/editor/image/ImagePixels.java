package com.empowerfitness.guide.editor.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Scaling and encoding of uploaded pictures. Every file is encoded from the pixels alone, so it holds no metadata
 * from the upload (no position, camera or text chunks).
 */
final class ImagePixels {

    private ImagePixels() {}

    /**
     * The picture scaled to {@code width} (never up), as plain RGB on white when {@code opaque}, else with its
     * alpha channel.
     */
    static BufferedImage resized(BufferedImage image, int width, boolean opaque) {
        int target = Math.min(width, image.getWidth());
        int height = Math.max(1, (int) Math.round(image.getHeight() * (target / (double) image.getWidth())));
        BufferedImage current = image;
        // One bilinear pass reads only four source pixels for each new one, so a large reduction in one step skips
        // most of the picture: halving first keeps it smooth (and a smoother picture also compresses better).
        while (current.getWidth() / 2 >= target && current.getHeight() / 2 >= 1) {
            current = drawn(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), opaque);
        }
        return drawn(current, target, height, opaque);
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, boolean opaque) {
        BufferedImage out =
                new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Whether any pixel is at all see-through (a picture without an alpha channel never is). */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** A baseline JPEG of an opaque picture at {@code quality} (0 to 1), with Huffman tables fitted to it. */
    static byte[] jpeg(BufferedImage image, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param instanceof JPEGImageWriteParam jpeg) {
                jpeg.setOptimizeHuffmanTables(true);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
