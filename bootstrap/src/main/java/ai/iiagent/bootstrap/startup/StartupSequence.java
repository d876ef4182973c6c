package ai.iiagent.bootstrap.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs start-up in the documented order (docs/architecture.md, "Runtime shape"), one log line per
 * step with its duration: database pool, Redis, migrations, wiring, pubsub subscribers, socket
 * endpoints, seeding, scheduled jobs; then collects start-up's garbage and prints where to reach the server.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    private final List<StartupStep> steps;
    private final StartupHeapCompaction heapCompaction;
    private final ReadyBanner banner;

    public StartupSequence(DatabasePoolStep database, RedisStep redis, MigrationStep migrations, WiringStep wiring,
                           ContributionSteps contributions, StartupHeapCompaction heapCompaction, ReadyBanner banner) {
        this.steps = new java.util.ArrayList<>(List.of(database, redis, migrations, wiring));
        this.steps.addAll(contributions.inPhaseOrder());
        this.heapCompaction = heapCompaction;
        this.banner = banner;
    }

    void onStart(@Observes StartupEvent event) {
        long total = System.nanoTime();
        for (int i = 0; i < steps.size(); i++) {
            runStep(i + 1, steps.get(i));
        }
        LOG.infof("start-up sequence done in %d ms", millisSince(total));
        LOG.infof("start-up garbage collected: %s", heapCompaction.run());
        banner.print();
    }

    /** The step names in execution order (for tests and docs). */
    public List<String> stepNames() {
        return steps.stream().map(StartupStep::name).toList();
    }

    private void runStep(int number, StartupStep step) {
        long started = System.nanoTime();
        try {
            String outcome = step.run();
            LOG.infof("[%d/%d] %s: %s (%d ms)", number, steps.size(), step.name(), outcome, millisSince(started));
        } catch (Exception e) {
            LOG.errorf("[%d/%d] %s: FAILED after %d ms: %s", number, steps.size(), step.name(),
                    millisSince(started), e.getMessage());
            throw new StartupFailedException(step.name(), e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
