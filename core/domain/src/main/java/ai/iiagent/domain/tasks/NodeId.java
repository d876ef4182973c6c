package ai.iiagent.domain.tasks;

import java.util.Objects;

/** One running server process of the cluster: the node that drives a run names itself with this. */
public record NodeId(String value) {

    /** Fits the {@code run_tasks.node_id} column. */
    public static final int MAX_LENGTH = 200;

    public NodeId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a node id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
