package ai.iiagent.port.in.sandboxes;

/**
 * What one maintenance run did.
 *
 * @param expired  sandboxes destroyed because their hard expiry passed
 * @param orphaned sandboxes destroyed because their session is deleted or gone
 * @param paused   running sandboxes paused because they were idle
 * @param strays   provider sandboxes (local: workspace directories) with no record, removed
 * @param failed   steps that failed for one sandbox (logged; retried next run)
 */
public record SandboxSweepReport(int expired, int orphaned, int paused, int strays, int failed) {

    public int total() {
        return expired + orphaned + paused + strays;
    }
}
