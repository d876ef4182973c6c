package ai.iiagent.adapter.documents.render;

import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.documents.RenderAvailability;
import ai.iiagent.port.out.documents.RenderProgress;
import ai.iiagent.port.out.documents.RenderRequest;
import ai.iiagent.port.out.documents.RenderUnavailableException;
import java.io.OutputStream;

/** The renderer on a node without a browser: says why, and refuses every render with that reason. */
public final class UnavailablePagesRenderer implements HtmlPagesRenderPort {

    private final String reason;

    public UnavailablePagesRenderer(String reason) {
        this.reason = reason;
    }

    /** The reason given when the configured Chromium is missing. */
    public static String noChromiumReason(java.nio.file.Path chromium) {
        return "PDF and PNG export needs Chromium, which is not installed at " + chromium
                + " (Debian: apt-get install chromium; bin/run installs it)";
    }

    @Override
    public RenderAvailability availability() {
        return RenderAvailability.no(reason);
    }

    @Override
    public void renderPdf(RenderRequest request, OutputStream out, RenderProgress progress) {
        throw new RenderUnavailableException(reason);
    }

    @Override
    public void renderPngs(RenderRequest request, PngSink sink, RenderProgress progress) {
        throw new RenderUnavailableException(reason);
    }
}
