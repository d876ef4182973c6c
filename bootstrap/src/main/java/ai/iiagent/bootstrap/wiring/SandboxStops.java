package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.sessions.SessionId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Who wants to know that a session's sandbox is about to be paused or destroyed (the session's
 * browser closes with it). The lifecycle's provider tells this; a failing listener never stops the sandbox change.
 */
public final class SandboxStops {

    private static final Logger LOG = Logger.getLogger(SandboxStops.class);

    private final List<Consumer<SessionId>> listeners = new CopyOnWriteArrayList<>();

    void register(Consumer<SessionId> listener) {
        listeners.add(listener);
    }

    void stopping(SessionId sessionId) {
        for (Consumer<SessionId> listener : listeners) {
            try {
                listener.accept(sessionId);
            } catch (RuntimeException e) {
                LOG.warnf("a sandbox stop listener failed for session %s: %s", sessionId, e.getMessage());
            }
        }
    }
}
