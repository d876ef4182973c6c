package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageRegion;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the parts of a picture that carry detail, without a model: the picture is cut into square
 * cells, a cell with enough sharp neighbour-to-neighbour changes is "busy", and each group of touching
 * busy cells is one component (its bounding box). Wide, low groups are reported as {@code text}, the
 * others as {@code shape}. Deterministic; at most {@link #MAX_COMPONENTS}, largest first, then
 * ordered top to bottom.
 */
final class OfflineComponentFinder {

    static final int MAX_COMPONENTS = 20;
    private static final int SHARP = 60;

    private OfflineComponentFinder() {
    }

    static List<ImageComponent> find(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int cell = Math.max(4, Math.max(width, height) / 64);
        int columns = (width + cell - 1) / cell;
        int rows = (height + cell - 1) / cell;
        boolean[] busy = busyCells(image, cell, columns, rows);
        List<int[]> groups = new ArrayList<>();
        boolean[] seen = new boolean[busy.length];
        for (int i = 0; i < busy.length; i++) {
            if (busy[i] && !seen[i]) {
                int[] group = group(busy, seen, i, columns, rows);
                if (group[4] >= 2) {
                    groups.add(group);
                }
            }
        }
        groups.sort(Comparator.comparingInt((int[] g) -> -g[4]));
        List<int[]> kept = new ArrayList<>(groups.subList(0, Math.min(MAX_COMPONENTS, groups.size())));
        kept.sort(Comparator.comparingInt((int[] g) -> g[1]).thenComparingInt(g -> g[0]));
        List<ImageComponent> components = new ArrayList<>();
        for (int[] g : kept) {
            double x = percent(g[0] * cell, width);
            double y = percent(g[1] * cell, height);
            double w = Math.min(100 - x, percent((g[2] - g[0] + 1) * cell, width));
            double h = Math.min(100 - y, percent((g[3] - g[1] + 1) * cell, height));
            boolean text = w >= 3 * h * height / width && (g[3] - g[1] + 1) <= 6;
            int n = components.size() + 1;
            components.add(new ImageComponent("component-" + n, text ? "text" : "shape",
                    (text ? "Text region " : "Shape ") + n, null, new ImageRegion(x, y, w, h), n, 0.5));
        }
        return components;
    }

    private static boolean[] busyCells(BufferedImage image, int cell, int columns, int rows) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        int[] sharp = new int[columns * rows];
        for (int y = 0; y < height - 1; y++) {
            for (int x = 0; x < width - 1; x++) {
                int at = y * width + x;
                if (OfflinePictureOps.difference(pixels[at], pixels[at + 1]) > SHARP
                        || OfflinePictureOps.difference(pixels[at], pixels[at + width]) > SHARP) {
                    sharp[(y / cell) * columns + x / cell]++;
                }
            }
        }
        boolean[] busy = new boolean[sharp.length];
        for (int i = 0; i < sharp.length; i++) {
            busy[i] = sharp[i] >= Math.max(2, cell / 2);
        }
        return busy;
    }

    /** {minColumn, minRow, maxColumn, maxRow, cells} of the busy cells touching {@code start}. */
    private static int[] group(boolean[] busy, boolean[] seen, int start, int columns, int rows) {
        int[] box = {start % columns, start / columns, start % columns, start / columns, 0};
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int at = queue.poll();
            int column = at % columns;
            int row = at / columns;
            box[0] = Math.min(box[0], column);
            box[1] = Math.min(box[1], row);
            box[2] = Math.max(box[2], column);
            box[3] = Math.max(box[3], row);
            box[4]++;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int c = column + dx;
                    int r = row + dy;
                    if (c >= 0 && c < columns && r >= 0 && r < rows) {
                        int next = r * columns + c;
                        if (busy[next] && !seen[next]) {
                            seen[next] = true;
                            queue.add(next);
                        }
                    }
                }
            }
        }
        return box;
    }

    private static double percent(int pixels, int of) {
        return Math.round(Math.min(100.0, 100.0 * pixels / of) * 100) / 100.0;
    }
}
