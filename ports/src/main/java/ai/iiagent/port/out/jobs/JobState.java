package ai.iiagent.port.out.jobs;

/** Where a durable job stands. The last three are final. */
public enum JobState {
    QUEUED,
    RUNNING,
    RETRY_WAIT,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
