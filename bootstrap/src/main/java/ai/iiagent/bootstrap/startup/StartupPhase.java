package ai.iiagent.bootstrap.startup;

/** The extension points of the start-up sequence that features plug {@link StartupContribution}s into. */
public enum StartupPhase {
    PUBSUB_SUBSCRIBERS("pubsub subscribers"),
    SOCKET_ENDPOINTS("socket endpoints"),
    SEEDING("seeding"),
    SCHEDULED_JOBS("scheduled jobs");

    private final String label;

    StartupPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
