package ai.iiagent.port.out.documents;

import java.io.OutputStream;

/**
 * Prints self-contained HTML pages (slides, storybook pages) the way a browser shows them: one PDF with
 * one page per HTML page, or one PNG per page. The HTML is untrusted: the renderer gives it no network
 * (only {@code data:} URLs and inline content load) and no access to the host, and bounds each page's time.
 * Fonts used by a page are embedded in the PDF.
 *
 * <p>Rendering is local work; the caller decides whether to bill it (through the reservation path). The
 * caller owns {@code out} and closes it. Progress is reported after each page, in page order, on the
 * rendering thread. A renderer that cannot run here (no browser installed) answers
 * {@link #availability()} with the reason and raises {@link RenderUnavailableException} from the render
 * methods, which HTTP maps to {@code export_unavailable}.
 */
public interface HtmlPagesRenderPort {

    /** Whether rendering works on this node, and why not when it does not. */
    RenderAvailability availability();

    /**
     * Writes one PDF whose page {@code i} is {@code request.pages().get(i)} at the request's size.
     *
     * @throws RenderUnavailableException when no browser is available
     * @throws RenderFailedException when a page cannot be rendered (timeout, crash); nothing usable was written
     */
    void renderPdf(RenderRequest request, OutputStream out, RenderProgress progress);

    /**
     * Hands {@code sink} one PNG per page, in order, at the request's size (device scale factor 1).
     *
     * @throws RenderUnavailableException when no browser is available
     * @throws RenderFailedException when a page cannot be rendered
     */
    void renderPngs(RenderRequest request, PngSink sink, RenderProgress progress);

    /** Receives rendered PNG pages in order. */
    @FunctionalInterface
    interface PngSink {
        /** {@code pageIndex} counts from 0; {@code png} is a complete PNG file. */
        void accept(int pageIndex, byte[] png);
    }
}
