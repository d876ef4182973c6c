package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Server-sent events written by blocking code (a chat turn, an export) on its own virtual thread.
 *
 * <p>The resource returns the {@link Multi}; REST writes the response head and only then subscribes,
 * so no event can race the head (writing to an {@code SseEventSink} from another thread could, and
 * the stream then ended after its first event). Each event waits until the client has taken the one
 * before it, so a slow reader slows the writer instead of filling memory. A client that went away
 * receives nothing more; the work itself runs to its end.
 */
public final class BlockingEventStream {

    private static final Logger LOG = Logger.getLogger(BlockingEventStream.class.getName());
    private static final ExecutorService WRITERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("sse-writer-", 0).factory());

    private BlockingEventStream() {
    }

    /** Where the blocking code writes its events: a name and a JSON-serialisable body. */
    public interface Events {
        void send(String name, Map<String, Object> data);

        /** False once the client went away: work that only feeds the stream (polling) can stop. */
        boolean open();
    }

    public static Multi<OutboundSseEvent> of(Sse sse, ObjectMapper json, Consumer<Events> writer) {
        return Multi.createFrom().emitter(emitter -> {
            Gate gate = new Gate(emitter);
            WRITERS.submit(() -> {
                try {
                    writer.accept(new Events() {
                        @Override
                        public void send(String name, Map<String, Object> data) {
                            gate.emit(event(sse, json, name, data));
                        }

                        @Override
                        public boolean open() {
                            return !emitter.isCancelled();
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an event stream's writer failed", e);
                } finally {
                    emitter.complete();
                }
            });
        }, BackPressureStrategy.ERROR);
    }

    private static OutboundSseEvent event(Sse sse, ObjectMapper json, String name, Map<String, Object> data) {
        try {
            return sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + name + " is not JSON-compatible", e);
        }
    }

    /** Lets one event through per item the subscriber asked for; nothing once it cancelled. */
    private static final class Gate {

        private final MultiEmitter<? super OutboundSseEvent> emitter;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition demand = lock.newCondition();

        Gate(MultiEmitter<? super OutboundSseEvent> emitter) {
            this.emitter = emitter;
            emitter.onRequest(n -> signal());
            emitter.onCancellation(this::signal);
        }

        void emit(OutboundSseEvent event) {
            lock.lock();
            try {
                while (emitter.requested() == 0 && !emitter.isCancelled()) {
                    // bounded wait: a missed signal costs a second, never a stuck writer
                    demand.await(1, TimeUnit.SECONDS);
                }
                if (!emitter.isCancelled()) {
                    emitter.emit(event);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }

        private void signal() {
            lock.lock();
            try {
                demand.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
