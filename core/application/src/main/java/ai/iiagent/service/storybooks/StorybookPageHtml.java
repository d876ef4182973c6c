package ai.iiagent.service.storybooks;

import java.util.Base64;

/** One book page as HTML for the renderer: the illustration (inline, so nothing is fetched) above the text. */
final class StorybookPageHtml {

    static final int WIDTH = 1024;
    static final int HEIGHT = 1280;

    private StorybookPageHtml() {
    }

    static String page(String title, int number, int total, byte[] picture, String pictureType, String text) {
        String image = picture == null ? "<div class=\"blank\"></div>"
                : "<img src=\"data:" + escape(pictureType) + ";base64," + Base64.getEncoder().encodeToString(picture) + "\" alt=\"\">";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "html,body{margin:0;width:" + WIDTH + "px;height:" + HEIGHT + "px;background:#fffaf0;"
                + "font-family:'DejaVu Serif',Georgia,serif;color:#2b2b2b}"
                + "img,.blank{display:block;width:" + WIDTH + "px;height:" + WIDTH + "px;object-fit:cover;background:#eee}"
                + "p{margin:28px 48px 0;font-size:30px;line-height:1.35}"
                + "footer{position:absolute;top:" + (HEIGHT - 44) + "px;width:" + WIDTH + "px;text-align:center;font-size:18px;"
                + "color:#777}</style></head><body>" + image + "<p>" + escape(text) + "</p><footer>" + escape(title) + " · "
                + number + " / " + total + "</footer></body></html>";
    }

    static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
