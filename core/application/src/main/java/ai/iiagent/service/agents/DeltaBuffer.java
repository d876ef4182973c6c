package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import java.util.function.Function;

/** Coalesces streamed text into deltas of a few words, so a fast stream does not publish one event per token. */
final class DeltaBuffer {

    private static final int FLUSH_CHARS = 32;
    private static final long FLUSH_NANOS = 50_000_000L;

    private final RunEvents events;
    private final Function<String, RunEvent> delta;
    private final RunEvent first;
    private final StringBuilder pending = new StringBuilder();
    private long lastFlush = System.nanoTime();
    private boolean started;

    private DeltaBuffer(RunEvents events, Function<String, RunEvent> delta, RunEvent first) {
        this.events = events;
        this.delta = delta;
        this.first = first;
    }

    /** {@code agent.response.delta}s. */
    static DeltaBuffer response(RunEvents events) {
        return new DeltaBuffer(events, RunEvent.ResponseDelta::new, null);
    }

    /** {@code agent.reasoning.delta}s, after one {@code agent.reasoning.start}. */
    static DeltaBuffer reasoning(RunEvents events) {
        return new DeltaBuffer(events, RunEvent.ReasoningDelta::new, new RunEvent.ReasoningStarted());
    }

    void add(String text) {
        if (!started && first != null) {
            events.emit(first);
        }
        started = true;
        pending.append(text);
        if (pending.length() >= FLUSH_CHARS || System.nanoTime() - lastFlush >= FLUSH_NANOS) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            events.emit(delta.apply(pending.toString()));
            pending.setLength(0);
        }
        lastFlush = System.nanoTime();
    }
}
