package ai.iiagent.port.in.sandboxes;

/** One run of the sandbox maintenance job (scheduled in bootstrap). */
public record SweepSandboxesCommand() {
}
