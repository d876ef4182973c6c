package ai.iiagent.adapter.tools.web.search;

import org.jsoup.Jsoup;

/** Providers' titles and snippets carry markup ({@code <strong>}, entities); the model gets plain text. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    /** Pixel sizes such as "1920x1080", "1920 x 1080" or "1920 × 1080"; {0, 0} when absent. */
    static int[] size(String resolution) {
        if (resolution == null) {
            return new int[] {0, 0};
        }
        String[] parts = resolution.replace('×', 'x').replace(" ", "").toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            return parts.length == 2 ? new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])} : new int[] {0, 0};
        } catch (NumberFormatException e) {
            return new int[] {0, 0};
        }
    }
}
