package ai.iiagent.domain.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How this node holds the runs it drives: its id, how long a lease lasts without renewal and how
 * often it renews. The length must leave room for at least two missed renewals (a GC pause, a slow
 * database) before other nodes take the runs as orphaned.
 */
public record LeaseTerms(NodeId node, Duration length, Duration renewEvery) {

    public LeaseTerms {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(renewEvery, "renewEvery");
        if (renewEvery.isNegative() || renewEvery.isZero()) {
            throw new IllegalArgumentException("the lease renewal interval must be positive");
        }
        if (length.compareTo(renewEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("a lease (" + length + ") must last at least two renewal intervals ("
                    + renewEvery + ")");
        }
    }

    /** A lease for this node starting {@code now}. */
    public RunLease from(Instant now) {
        return new RunLease(node, now.plus(length));
    }
}
