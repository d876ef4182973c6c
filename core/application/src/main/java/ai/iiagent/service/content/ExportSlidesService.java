package ai.iiagent.service.content;

import ai.iiagent.domain.content.SlideWire;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideExport;
import ai.iiagent.domain.content.SlideExportFormat;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.content.ExportSlidesCommand;
import ai.iiagent.port.in.content.ExportSlidesUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.SlideExportRepository;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.documents.RenderAvailability;
import ai.iiagent.port.out.documents.RenderFailedException;
import ai.iiagent.port.out.documents.RenderRequest;
import ai.iiagent.port.out.documents.RenderUnavailableException;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import ai.iiagent.domain.credits.CreditReservation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a readable deck through {@link HtmlPagesRenderPort} (PDF at 1280x720 CSS pixels, 16:9, or
 * PNGs zipped) or zips its HTML. The export runs under a credit hold of the session's owner taken by
 * {@link BillableExecutor} (the price is {@code price}, zero by default: rendering is local work) and
 * is recorded running → done/failed, with the hold's id, so one cut short by a restart can be failed
 * and its hold released ({@link FailInterruptedSlideExportsService}).
 */
public final class ExportSlidesService implements ExportSlidesUseCase {

    static final String TOOL_NAME = SlideWire.EXPORT_TOOL;

    private final SlideAccess access;
    private final HtmlPagesRenderPort renderer;
    private final SlideExportRepository exports;
    private final BillableExecutor billable;
    private final ClockPort clock;
    private final Credits price;

    public ExportSlidesService(SessionRepository sessions, SlideRepository slides, HtmlPagesRenderPort renderer,
                               SlideExportRepository exports, BillableExecutor billable, ClockPort clock, Credits price) {
        this.access = new SlideAccess(sessions, slides);
        this.renderer = renderer;
        this.exports = exports;
        this.billable = billable;
        this.clock = clock;
        this.price = price;
    }

    @Override
    public void check(SlideQuery deck, SlideExportFormat format) {
        access.readable(deck.caller(), deck.sessionId());
        access.deck(deck.sessionId(), deck.presentationName());
        checkRenderer(format);
    }

    private void checkRenderer(SlideExportFormat format) {
        if (format != SlideExportFormat.ZIP) {
            RenderAvailability availability = renderer.availability();
            if (!availability.available()) {
                throw new ServiceUnavailableException(SlideErrors.EXPORT_UNAVAILABLE, "export is unavailable: "
                        + availability.reason());
            }
        }
    }

    @Override
    public SlideExport export(ExportSlidesCommand command) {
        Session session = access.readable(command.deck().caller(), command.deck().sessionId());
        List<Slide> deck = access.deck(command.deck().sessionId(), command.deck().presentationName());
        checkRenderer(command.format());
        UserId payer = session.snapshot().ownerId();
        UUID id = UUID.randomUUID();
        SlideExport started = new SlideExport(id, payer, session.id(), deck.get(0).presentationName(), command.format(),
                SlideExport.Status.RUNNING, deck.size(), null, null, clock.now(), null);
        try {
            return billable.runPaidTool(new ToolCharge(payer, session.id().value(), null, TOOL_NAME, "export:" + id, price),
                    new PaidToolCall<>() {
                        @Override
                        public SlideExport call(CreditReservation reservation) {
                            exports.save(withStatus(started, SlideExport.Status.RUNNING, reservation.id().value(), null));
                            write(deck, command);
                            SlideExport done = withStatus(started, SlideExport.Status.DONE, reservation.id().value(), null);
                            exports.save(done);
                            return done;
                        }

                        @Override
                        public Credits cost(SlideExport result) {
                            return price;
                        }
                    });
        } catch (RenderUnavailableException e) {
            exports.save(withStatus(started, SlideExport.Status.FAILED, null, SlideErrors.EXPORT_UNAVAILABLE.value()));
            throw new ServiceUnavailableException(SlideErrors.EXPORT_UNAVAILABLE, "export is unavailable: " + e.getMessage());
        } catch (RenderFailedException e) {
            exports.save(withStatus(started, SlideExport.Status.FAILED, null, "slide " + (e.pageIndex() + 1) + " failed"));
            throw new UpstreamFailureException(SlideErrors.EXPORT_FAILED, "slide " + (e.pageIndex() + 1)
                    + " could not be rendered: " + e.getMessage());
        } catch (RuntimeException e) {
            exports.save(withStatus(started, SlideExport.Status.FAILED, null, e.getClass().getSimpleName()));
            throw e;
        }
    }

    private SlideExport withStatus(SlideExport export, SlideExport.Status status, UUID reservation, String error) {
        return new SlideExport(export.id(), export.owner(), export.sessionId(), export.presentationName(), export.format(),
                status, export.slides(), reservation, error, export.startedAt(),
                status == SlideExport.Status.RUNNING ? null : clock.now());
    }

    private void write(List<Slide> deck, ExportSlidesCommand command) {
        List<String> pages = deck.stream().map(Slide::html).toList();
        switch (command.format()) {
            case PDF -> renderer.renderPdf(RenderRequest.slides(pages), command.out(),
                    (done, total) -> command.progress().accept(done, total));
            case PNG -> zip(command, zip -> renderer.renderPngs(RenderRequest.slides(pages), (index, png) -> {
                entry(zip, "slide_" + deck.get(index).slideNumber() + ".png", png);
            }, (done, total) -> command.progress().accept(done, total)));
            case ZIP -> zip(command, zip -> {
                for (int i = 0; i < deck.size(); i++) {
                    Slide slide = deck.get(i);
                    entry(zip, "slide_" + slide.slideNumber() + ".html", slide.html().getBytes(StandardCharsets.UTF_8));
                    command.progress().accept(i + 1, deck.size());
                }
            });
        }
    }

    private interface ZipWork {
        void fill(ZipOutputStream zip);
    }

    private static void zip(ExportSlidesCommand command, ZipWork work) {
        try {
            ZipOutputStream zip = new ZipOutputStream(command.out());
            work.fill(zip);
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
