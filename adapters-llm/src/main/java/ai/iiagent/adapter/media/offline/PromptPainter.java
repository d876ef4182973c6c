package ai.iiagent.adapter.media.offline;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Paints a picture from a prompt, deterministically: the prompt's hash picks the colours and shapes,
 * the prompt is written on it, and a band says it is an offline placeholder. {@code phase} (0..1)
 * moves the shapes, so successive phases are the frames of a short offline video. Headless AWT only.
 */
final class PromptPainter {

    static final String LABEL = "OFFLINE PLACEHOLDER · generated on this server, no model";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PromptPainter() {
    }

    static BufferedImage paint(String prompt, int width, int height, double phase) {
        Random random = new Random(seed(prompt));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, color(random, 0.55f), width, height, color(random, 0.25f)));
            g.fillRect(0, 0, width, height);
            shapes(g, random, width, height, phase);
            text(g, prompt, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void shapes(Graphics2D g, Random random, int width, int height, double phase) {
        int count = 5 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f + random.nextFloat() * 0.4f));
            g.setColor(color(random, 0.8f));
            int size = (int) (Math.min(width, height) * (0.12 + random.nextDouble() * 0.3));
            double angle = 2 * Math.PI * (phase + random.nextDouble());
            int x = (int) (random.nextDouble() * width + Math.cos(angle) * width * 0.08) - size / 2;
            int y = (int) (random.nextDouble() * height + Math.sin(angle) * height * 0.08) - size / 2;
            switch (random.nextInt(3)) {
                case 0 -> g.fillOval(x, y, size, size);
                case 1 -> g.fillRoundRect(x, y, size, size * 2 / 3, size / 5, size / 5);
                default -> {
                    g.setStroke(new BasicStroke(Math.max(2, size / 12f)));
                    g.drawOval(x, y, size, size);
                }
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void text(Graphics2D g, String prompt, int width, int height) {
        try {
            int band = Math.max(14, height / 14);
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, height - band, width, band);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, band / 2)));
            g.drawString(LABEL, band / 3, height - band / 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, Math.min(width, height) / 18)));
            FontMetrics metrics = g.getFontMetrics();
            int y = metrics.getHeight() + height / 20;
            for (String line : wrap(prompt, metrics, width - width / 10)) {
                if (y > height - band - metrics.getDescent()) {
                    break;
                }
                g.setColor(new Color(0, 0, 0, 120));
                g.drawString(line, width / 20 + 2, y + 2);
                g.setColor(Color.WHITE);
                g.drawString(line, width / 20, y);
                y += metrics.getHeight();
            }
        } catch (RuntimeException | LinkageError noFonts) {
            // a server without fonts still gets the picture, only without its caption
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Color color(Random random, float brightness) {
        return Color.getHSBColor(random.nextFloat(), 0.45f + random.nextFloat() * 0.4f,
                Math.min(1f, brightness + random.nextFloat() * 0.2f));
    }

    private static long seed(String prompt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
