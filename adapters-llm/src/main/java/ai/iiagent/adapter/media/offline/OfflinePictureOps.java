package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.ImageRegion;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/** The offline editor's pixel work on ARGB pictures (headless {@code java.awt}). */
final class OfflinePictureOps {

    static final String LABEL = "OFFLINE EDIT · no model";
    /** Neighbouring background pixels differ by at most this much (sum over R, G, B). */
    static final int SMOOTH = 24;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private OfflinePictureOps() {
    }

    static BufferedImage argbCopy(BufferedImage source) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** Covers the region with the colour around it and writes {@code text} in a contrasting colour. */
    static void replaceText(BufferedImage image, ImageRegion region, String text) {
        Box box = Box.of(image, region == null ? new ImageRegion(5, 5, 90, 20) : region);
        Color around = averageBorder(image, box);
        Graphics2D g = graphics(image);
        try {
            g.setColor(around);
            g.fillRect(box.x, box.y, box.width, box.height);
            g.setColor(luminance(around) > 140 ? new Color(20, 20, 20) : Color.WHITE);
            write(g, text, box, Font.BOLD);
        } finally {
            g.dispose();
        }
    }

    /** Tints the region (or the whole picture) in a colour taken from {@code text} and writes the request on it. */
    static void modify(BufferedImage image, ImageRegion region, String text) {
        Box box = Box.of(image, region == null ? new ImageRegion(0, 0, 100, 100) : region);
        byte[] seed = text.getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(seed);
        Graphics2D g = graphics(image);
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            g.setColor(Color.getHSBColor((hash & 0xffff) / 65535f, 0.6f, 0.9f));
            g.fillRect(box.x, box.y, box.width, box.height);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            Box caption = new Box(box.x, box.y, box.width, Math.max(12, Math.min(box.height, image.getHeight() / 12)));
            write(g, text, caption, Font.PLAIN);
        } finally {
            g.dispose();
        }
    }

    /** Makes transparent every pixel reachable from the border through neighbours differing by at most {@link #SMOOTH}. */
    static void removeBackground(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        boolean[] background = new boolean[pixels.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < width; x++) {
            seed(queue, background, x);
            seed(queue, background, (height - 1) * width + x);
        }
        for (int y = 0; y < height; y++) {
            seed(queue, background, y * width);
            seed(queue, background, y * width + width - 1);
        }
        while (!queue.isEmpty()) {
            int at = queue.poll();
            int x = at % width;
            int y = at / width;
            if (x > 0) {
                grow(pixels, background, queue, at, at - 1);
            }
            if (x < width - 1) {
                grow(pixels, background, queue, at, at + 1);
            }
            if (y > 0) {
                grow(pixels, background, queue, at, at - width);
            }
            if (y < height - 1) {
                grow(pixels, background, queue, at, at + width);
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            if (background[i]) {
                pixels[i] = pixels[i] & 0x00ffffff;
            }
        }
        image.setRGB(0, 0, width, height, pixels, 0, width);
    }

    /** A small band naming the picture an offline edit. */
    static void label(BufferedImage image) {
        Graphics2D g = graphics(image);
        try {
            int band = Math.max(12, image.getHeight() / 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, band * 2 / 3)));
            int width = g.getFontMetrics().stringWidth(LABEL) + band;
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(image.getWidth() - width, 0, width, band);
            g.setColor(Color.WHITE);
            g.drawString(LABEL, image.getWidth() - width + band / 2, band * 3 / 4);
        } catch (RuntimeException | LinkageError noFonts) {
            // a server without fonts still gets the edit, only without its label
        } finally {
            g.dispose();
        }
    }

    static int difference(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static void seed(ArrayDeque<Integer> queue, boolean[] background, int at) {
        if (!background[at]) {
            background[at] = true;
            queue.add(at);
        }
    }

    private static void grow(int[] pixels, boolean[] background, ArrayDeque<Integer> queue, int from, int to) {
        if (!background[to] && difference(pixels[from], pixels[to]) <= SMOOTH) {
            background[to] = true;
            queue.add(to);
        }
    }

    private static void write(Graphics2D g, String text, Box box, int style) {
        try {
            int size = Math.max(8, box.height * 2 / 3);
            g.setFont(new Font(Font.SANS_SERIF, style, size));
            FontMetrics metrics = g.getFontMetrics();
            while (size > 8 && metrics.stringWidth(text) > box.width - 4) {
                size--;
                g.setFont(new Font(Font.SANS_SERIF, style, size));
                metrics = g.getFontMetrics();
            }
            g.setClip(box.x, box.y, box.width, box.height);
            g.drawString(text, box.x + 2, box.y + (box.height + metrics.getAscent() - metrics.getDescent()) / 2);
            g.setClip(null);
        } catch (RuntimeException | LinkageError noFonts) {
            // without fonts the region is still covered or tinted
        }
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Color averageBorder(BufferedImage image, Box box) {
        long r = 0;
        long gr = 0;
        long b = 0;
        int n = 0;
        int left = Math.max(0, box.x - 1);
        int right = Math.min(image.getWidth() - 1, box.x + box.width);
        int top = Math.max(0, box.y - 1);
        int bottom = Math.min(image.getHeight() - 1, box.y + box.height);
        for (int x = left; x <= right; x++) {
            for (int y : new int[] {top, bottom}) {
                int rgb = image.getRGB(x, y);
                r += (rgb >> 16) & 0xff;
                gr += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
                n++;
            }
        }
        for (int y = top; y <= bottom; y++) {
            for (int x : new int[] {left, right}) {
                int rgb = image.getRGB(x, y);
                r += (rgb >> 16) & 0xff;
                gr += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
                n++;
            }
        }
        return new Color((int) (r / n), (int) (gr / n), (int) (b / n));
    }

    private static int luminance(Color color) {
        return (color.getRed() * 299 + color.getGreen() * 587 + color.getBlue() * 114) / 1000;
    }

    /** A region in pixels, clipped to the picture. */
    record Box(int x, int y, int width, int height) {

        static Box of(BufferedImage image, ImageRegion region) {
            int x = Math.min(region.left(image.getWidth()), image.getWidth() - 1);
            int y = Math.min(region.top(image.getHeight()), image.getHeight() - 1);
            return new Box(x, y, Math.min(region.pixelWidth(image.getWidth()), image.getWidth() - x),
                    Math.min(region.pixelHeight(image.getHeight()), image.getHeight() - y));
        }
    }
}
