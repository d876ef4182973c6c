package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.documents.render.ChromiumPagesRenderer;
import ai.iiagent.adapter.documents.render.UnavailablePagesRenderer;
import ai.iiagent.bootstrap.config.BrowserConfig;
import ai.iiagent.bootstrap.config.ExportConfig;
import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The HTML page renderer behind PDF/PNG export: the host's Chromium (its own instance, without network),
 * or, when Chromium is missing, a renderer that refuses with the reason ({@code export_unavailable}).
 */
@ApplicationScoped
public class ExportWiring {

    private static final Logger LOG = Logger.getLogger(ExportWiring.class);

    @Produces
    @Singleton
    HtmlPagesRenderPort pagesRenderer(BrowserConfig browser, ExportConfig export) {
        Path chromium = Path.of(browser.chromiumPath());
        if (!Files.isExecutable(chromium)) {
            String reason = UnavailablePagesRenderer.noChromiumReason(chromium);
            LOG.warnf("PDF/PNG export is off: %s", reason);
            return new UnavailablePagesRenderer(reason);
        }
        return new ChromiumPagesRenderer(chromium, export.pageTimeout(), export.idleClose());
    }

    void close(@Disposes HtmlPagesRenderPort renderer) {
        if (renderer instanceof ChromiumPagesRenderer chromium) {
            chromium.close();
        }
    }
}
