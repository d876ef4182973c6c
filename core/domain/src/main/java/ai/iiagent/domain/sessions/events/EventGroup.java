package ai.iiagent.domain.sessions.events;

/** The first segment of every event name. */
public enum EventGroup {
    AGENT, SESSION, CONNECTION, SANDBOX, BILLING, PLAN, FILE, MEDIA, SYSTEM, INTEGRATION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
