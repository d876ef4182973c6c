package ai.iiagent.port.out.documents;

import java.util.List;
import java.util.Objects;

/**
 * What to render: complete HTML documents, one per output page, and the page size in CSS pixels.
 *
 * @param pages one HTML document per page, in order (1 to {@link #MAX_PAGES}, each at most {@link #MAX_PAGE_CHARS} characters)
 * @param widthPx page width in CSS pixels
 * @param heightPx page height in CSS pixels
 */
public record RenderRequest(List<String> pages, int widthPx, int heightPx) {

    /** Upper bound on pages in one request. */
    public static final int MAX_PAGES = 500;
    /** Upper bound on one page's HTML. */
    public static final int MAX_PAGE_CHARS = 5_000_000;

    public RenderRequest {
        Objects.requireNonNull(pages, "pages");
        pages = List.copyOf(pages);
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            throw new IllegalArgumentException("a render request takes 1 to " + MAX_PAGES + " pages");
        }
        for (String page : pages) {
            if (page.length() > MAX_PAGE_CHARS) {
                throw new IllegalArgumentException("a page's HTML exceeds " + MAX_PAGE_CHARS + " characters");
            }
        }
        if (widthPx < 100 || widthPx > 4000 || heightPx < 100 || heightPx > 4000) {
            throw new IllegalArgumentException("page size must be 100 to 4000 CSS pixels each way");
        }
    }

    /** Slides: 16:9 at 1280×720 CSS pixels. */
    public static RenderRequest slides(List<String> pages) {
        return new RenderRequest(pages, 1280, 720);
    }
}
