package ai.iiagent.domain.sessions.events;

/** Where an event goes: the log and the sockets, the sockets only, or the log only. */
public enum Delivery {
    /** Stored with a seq and sent live. */
    PERSISTED,
    /** Sent live, never stored (deltas, pongs, file trees); carries the latest seq. */
    TRANSIENT,
    /** Stored, never sent to clients (usage records for billing). */
    INTERNAL
}
