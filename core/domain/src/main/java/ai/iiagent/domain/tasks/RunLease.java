package ai.iiagent.domain.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * The claim of one node on the runs it drives, renewed while the node lives: once {@code expiresAt}
 * passes without a renewal, the node is taken as dead and any node may fail the run.
 */
public record RunLease(NodeId node, Instant expiresAt) {

    public RunLease {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean lapsedAt(Instant now) {
        return expiresAt.isBefore(now);
    }
}
