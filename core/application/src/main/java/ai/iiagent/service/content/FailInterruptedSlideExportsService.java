package ai.iiagent.service.content;

import ai.iiagent.domain.content.SlideExport;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.FailInterruptedSlideExportsUseCase;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.SlideExportRepository;

/**
 * Run at start-up on a single node's view of the table: an export still running was cut short by
 * the restart (exports run inside a request, never across one), so it is failed and its credit hold
 * is released (a hold already ended is left alone by the release).
 */
public final class FailInterruptedSlideExportsService implements FailInterruptedSlideExportsUseCase {

    private final SlideExportRepository exports;
    private final ReleaseReservationUseCase release;
    private final ClockPort clock;

    public FailInterruptedSlideExportsService(SlideExportRepository exports, ReleaseReservationUseCase release,
                                              ClockPort clock) {
        this.exports = exports;
        this.release = release;
        this.clock = clock;
    }

    @Override
    public int failInterrupted() {
        int failed = 0;
        for (SlideExport export : exports.running()) {
            if (export.reservationId() != null) {
                try {
                    release.release(new ReleaseReservationCommand(new ReservationId(export.reservationId())));
                } catch (NotFoundException gone) {
                    // the hold is no longer there (its account was deleted): nothing to give back
                }
            }
            exports.save(new SlideExport(export.id(), export.owner(), export.sessionId(), export.presentationName(),
                    export.format(), SlideExport.Status.FAILED, export.slides(), export.reservationId(),
                    "interrupted by a restart", export.startedAt(), clock.now()));
            failed++;
        }
        return failed;
    }
}
