package ai.iiagent.bootstrap.health;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the threads realtime work runs on still run new work: a task handed to a new
 * virtual thread and one handed to an event loop must both run within {@link #DEADLINE}. When every
 * virtual-thread carrier is pinned (a blocking read on a virtual thread, say) sockets stop
 * authenticating and runs stop, while the database check alone would stay green.
 */
@Readiness
@ApplicationScoped
public class SchedulersReadinessCheck implements HealthCheck {

    static final Duration DEADLINE = Duration.ofSeconds(2);

    private final Executor virtualThreads;
    private final Executor eventLoop;

    @Inject
    public SchedulersReadinessCheck(Vertx vertx) {
        this(task -> Thread.ofVirtual().name("readiness-probe").start(task),
                task -> vertx.getOrCreateContext().runOnContext(ignored -> task.run()));
    }

    SchedulersReadinessCheck(Executor virtualThreads, Executor eventLoop) {
        this.virtualThreads = virtualThreads;
        this.eventLoop = eventLoop;
    }

    @Override
    public HealthCheckResponse call() {
        boolean virtual = answers(virtualThreads);
        boolean loop = answers(eventLoop);
        return HealthCheckResponse.named("Realtime schedulers").status(virtual && loop)
                .withData("virtual_threads", virtual ? "UP" : "DOWN: a new virtual thread did not run within " + DEADLINE)
                .withData("event_loop", loop ? "UP" : "DOWN: the event loop did not run a task within " + DEADLINE)
                .build();
    }

    private static boolean answers(Executor executor) {
        CompletableFuture<Void> ran = new CompletableFuture<>();
        try {
            executor.execute(() -> ran.complete(null));
            ran.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
