package ai.iiagent.adapter.documents.render;

import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.documents.RenderAvailability;
import ai.iiagent.port.out.documents.RenderFailedException;
import ai.iiagent.port.out.documents.RenderProgress;
import ai.iiagent.port.out.documents.RenderRequest;
import ai.iiagent.port.out.documents.RenderUnavailableException;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.ScreenshotType;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.jboss.logging.Logger;

/**
 * Renders pages in the host's headless Chromium through Playwright. Each page is loaded into a fresh
 * context with no network: every request but {@code data:}/{@code blob:} is aborted, and everything else
 * Chromium might send goes to a proxy address where nothing listens. Pages are printed one at a time
 * (progress per page, bounded memory) and the one-page PDFs are merged with PDFBox into a temporary file.
 *
 * <p>Playwright objects are not thread-safe, so all browser work runs on one driver thread; renders on
 * one node therefore queue behind each other. The browser starts at the first render and is closed after
 * {@code idleClose} without work, so an idle server does not keep it in memory.
 */
public final class ChromiumPagesRenderer implements HtmlPagesRenderPort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChromiumPagesRenderer.class);

    private final PageRenderBrowser browser;
    private final Duration pageTimeout;
    private final Duration idleClose;
    private final ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "html-pages-renderer");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> idleStop;

    /**
     * @param chromium the Chromium executable
     * @param pageTimeout the longest one page may take to load and print (a page that loops is cut off)
     * @param idleClose how long the browser stays up without work
     */
    public ChromiumPagesRenderer(Path chromium, Duration pageTimeout, Duration idleClose) {
        this.browser = new PageRenderBrowser(chromium);
        this.pageTimeout = pageTimeout;
        this.idleClose = idleClose;
    }

    @Override
    public RenderAvailability availability() {
        return browser.installed() ? RenderAvailability.yes()
                : RenderAvailability.no(UnavailablePagesRenderer.noChromiumReason(browser.executable()));
    }

    @Override
    public void renderPdf(RenderRequest request, OutputStream out, RenderProgress progress) {
        Path merged = onDriver(() -> {
            List<byte[]> pdfs = new ArrayList<>();
            renderEach(request, progress, (page, index) -> pdfs.add(page.pdf(new Page.PdfOptions()
                    .setWidth(request.widthPx() + "px").setHeight(request.heightPx() + "px")
                    .setPrintBackground(true).setPageRanges("1")
                    .setMargin(new com.microsoft.playwright.options.Margin().setTop("0").setBottom("0")
                            .setLeft("0").setRight("0")))));
            return merge(pdfs);
        });
        try {
            Files.copy(merged, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the rendered PDF", e);
        } finally {
            deleteQuietly(merged);
        }
    }

    @Override
    public void renderPngs(RenderRequest request, PngSink sink, RenderProgress progress) {
        List<byte[]> pngs = onDriver(() -> {
            List<byte[]> shots = new ArrayList<>();
            renderEach(request, progress, (page, index) -> shots.add(page.screenshot(new Page.ScreenshotOptions()
                    .setType(ScreenshotType.PNG).setFullPage(false))));
            return shots;
        });
        for (int i = 0; i < pngs.size(); i++) {
            sink.accept(i, pngs.get(i));
        }
    }

    @Override
    public void close() {
        driver.submit(browser::stop);
        driver.shutdown();
        try {
            driver.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What to take from a page once it has loaded. */
    private interface PageOutput {
        void take(Page page, int index);
    }

    private void renderEach(RenderRequest request, RenderProgress progress, PageOutput output) {
        int total = request.pages().size();
        for (int index = 0; index < total; index++) {
            renderOne(request, index, output);
            progress.pageRendered(index + 1, total);
        }
    }

    private void renderOne(RenderRequest request, int index, PageOutput output) {
        BrowserContext context = null;
        try {
            context = browser.isolatedContext(request.widthPx(), request.heightPx());
            Page page = context.newPage();
            page.setDefaultTimeout(pageTimeout.toMillis());
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            page.setContent(request.pages().get(index), new Page.SetContentOptions()
                    .setWaitUntil(WaitUntilState.LOAD).setTimeout(pageTimeout.toMillis()));
            output.take(page, index);
        } catch (PlaywrightException e) {
            // a page that hangs or kills its renderer must not poison the next one: start over
            browser.restartAfterFailure();
            context = null;
            throw new RenderFailedException(index, "page " + (index + 1) + " could not be rendered: "
                    + firstLine(e.getMessage()), e);
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (PlaywrightException e) {
                    LOG.debugf("closing a render context: %s", e.getMessage());
                }
            }
        }
    }

    private <T> T onDriver(Callable<T> work) {
        if (!browser.installed()) {
            throw new RenderUnavailableException(UnavailablePagesRenderer.noChromiumReason(browser.executable()));
        }
        Future<T> result = driver.submit(() -> {
            cancelIdleStop();
            try {
                return work.call();
            } finally {
                idleStop = driver.schedule(browser::stop, idleClose.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new RenderFailedException(0, "rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RenderFailedException(0, "rendering failed: " + e.getCause(), e.getCause());
        }
    }

    private void cancelIdleStop() {
        if (idleStop != null) {
            idleStop.cancel(false);
            idleStop = null;
        }
    }

    private static Path merge(List<byte[]> pdfs) throws IOException {
        Path target = Files.createTempFile("ii-agent-render-", ".pdf");
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] pdf : pdfs) {
                merger.addSource(new RandomAccessReadBuffer(pdf));
            }
            merger.setDestinationFileName(target.toString());
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("deleting %s: %s", file, e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
