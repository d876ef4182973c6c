package ai.iiagent.port.in.sandboxes;

/**
 * The sandbox maintenance job: destroys sandboxes past their hard expiry and those whose session is
 * deleted, pauses idle running ones, and removes provider sandboxes that have no record. Works
 * without credits; each sandbox's failure is counted and retried on the next run.
 */
public interface SweepSandboxesUseCase {

    SandboxSweepReport sweep(SweepSandboxesCommand command);
}
