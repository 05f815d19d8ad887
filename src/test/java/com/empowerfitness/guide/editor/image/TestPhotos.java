package com.empowerfitness.guide.editor.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Pictures for upload tests that compress like photos do: detail at every scale (large shapes, texture, grain) and
 * a gradient, rather than a flat colour that compresses to almost nothing. The same seed gives the same picture.
 */
public final class TestPhotos {

    private TestPhotos() {}

    /** A photo-like opaque picture. */
    public static BufferedImage photo(int width, int height, long seed) {
        Random random = new Random(seed);
        float[] light = octaves(width, height, random, new int[] {320, 96, 24, 6}, new float[] {1f, 0.5f, 0.3f, 0.18f});
        float[] warm = octaves(width, height, random, new int[] {400, 60}, new float[] {1f, 0.4f});
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            float sky = 1f - 0.5f * y / height;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float l = 0.35f * sky + 0.65f * light[i];
                float grain = (float) random.nextGaussian() * 0.02f;
                int r = channel(l * (0.8f + 0.4f * warm[i]) + grain);
                int g = channel(l * 0.95f + grain);
                int b = channel(l * (1.2f - 0.4f * warm[i]) + grain);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        // Things with hard edges (a mat, a chair, a person's outline): edges keep detail after scaling down.
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            for (int i = 0; i < 60; i++) {
                g.setColor(new java.awt.Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 110));
                int w = width / 40 + random.nextInt(width / 5);
                int h = height / 40 + random.nextInt(height / 5);
                int x = random.nextInt(width);
                int y = random.nextInt(height);
                if (random.nextBoolean()) {
                    g.fillOval(x - w / 2, y - h / 2, w, h);
                } else {
                    g.fillRect(x - w / 2, y - h / 2, w, h);
                }
            }
            g.setStroke(new java.awt.BasicStroke(Math.max(1f, width / 600f)));
            for (int i = 0; i < 120; i++) {
                g.setColor(new java.awt.Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160));
                g.drawLine(
                        random.nextInt(width), random.nextInt(height), random.nextInt(width), random.nextInt(height));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** As a JPEG with an APP1 "Exif" segment holding {@code secret}, as phone photos carry their position. */
    public static byte[] jpegWithExif(BufferedImage image, String secret) {
        byte[] jpeg = encoded(image, "jpeg");
        byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** As a PNG with a tEXt chunk ({@code key}: {@code value}) right after its header. */
    public static byte[] pngWithText(BufferedImage image, String key, String value) {
        byte[] png = encoded(image, "png");
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try {
            byte[] typeAndData = new byte[4 + data.length];
            System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
            System.arraycopy(data, 0, typeAndData, 4, data.length);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            whole.write(png, 0, ihdrEnd);
            DataOutputStream chunk = new DataOutputStream(whole);
            chunk.writeInt(data.length);
            chunk.write(typeAndData);
            chunk.writeInt((int) crc.getValue());
            whole.write(png, ihdrEnd, png.length - ihdrEnd);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return whole.toByteArray();
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** Smooth random values at several scales, summed and brought to 0..1. */
    private static float[] octaves(int width, int height, Random random, int[] cells, float[] weights) {
        float[] sum = new float[width * height];
        float total = 0;
        for (int o = 0; o < cells.length; o++) {
            int cell = cells[o];
            int columns = width / cell + 2;
            int rows = height / cell + 2;
            float[] grid = new float[columns * rows];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = random.nextFloat();
            }
            for (int y = 0; y < height; y++) {
                int gy = y / cell;
                float fy = smooth((y % cell) / (float) cell);
                for (int x = 0; x < width; x++) {
                    int gx = x / cell;
                    float fx = smooth((x % cell) / (float) cell);
                    float top = lerp(grid[gy * columns + gx], grid[gy * columns + gx + 1], fx);
                    float bottom = lerp(grid[(gy + 1) * columns + gx], grid[(gy + 1) * columns + gx + 1], fx);
                    sum[y * width + x] += weights[o] * lerp(top, bottom, fy);
                }
            }
            total += weights[o];
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= total;
        }
        return sum;
    }

    private static float smooth(float t) {
        return t * t * (3 - 2 * t);
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value * 255)));
    }
}
