package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.tasks.RunCancellationSignal;

/** Polls the run's cancel flag at most every 100 ms (it may live in Redis); once raised it stays raised. */
final class CancelCheck {

    private static final long EVERY_NANOS = 100_000_000L;

    private final RunCancellationSignal signal;
    private final RunId runId;
    private long lastCheck;
    private volatile boolean raised;

    CancelCheck(RunCancellationSignal signal, RunId runId) {
        this.signal = signal;
        this.runId = runId;
    }

    boolean raised() {
        long now = System.nanoTime();
        if (!raised && (lastCheck == 0 || now - lastCheck >= EVERY_NANOS)) {
            lastCheck = now;
            raised = signal.isRaised(runId);
        }
        return raised;
    }
}
