package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.tasks.RunId;

/**
 * The flag a running agent checks between steps to learn it was cancelled. Raised by whichever
 * node receives the user's {@code cancel}; read by the node executing the run (in-process on one
 * node; shared storage such as Redis across nodes). Contract: {@code RunCancellationSignalContractTest}.
 */
public interface RunCancellationSignal {

    /** Marks the run as cancelled; idempotent. */
    void raise(RunId run);

    boolean isRaised(RunId run);

    /** Forgets the run once it has ended, so the flag does not outlive it. */
    void clear(RunId run);
}
