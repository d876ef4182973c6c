package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.events.EventName;

/** Coalesces streamed text into deltas of a few words, so a fast stream does not publish one event per token. */
final class DeltaBuffer {

    private static final int FLUSH_CHARS = 32;
    private static final long FLUSH_NANOS = 50_000_000L;

    private final RunEvents events;
    private final EventName name;
    private final StringBuilder pending = new StringBuilder();
    private long lastFlush = System.nanoTime();
    private boolean started;

    DeltaBuffer(RunEvents events, EventName name) {
        this.events = events;
        this.name = name;
    }

    void add(String text) {
        if (!started && name == EventName.AGENT_REASONING_DELTA) {
            events.emit(EventName.AGENT_REASONING_START);
        }
        started = true;
        pending.append(text);
        if (pending.length() >= FLUSH_CHARS || System.nanoTime() - lastFlush >= FLUSH_NANOS) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            events.emit(name, "text", pending.toString());
            pending.setLength(0);
        }
        lastFlush = System.nanoTime();
    }
}
