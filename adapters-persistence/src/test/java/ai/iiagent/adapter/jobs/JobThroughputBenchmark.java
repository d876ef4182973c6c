package ai.iiagent.adapter.jobs;

import static ai.iiagent.adapter.jobs.EngineNodes.await;

import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.RetryPolicy;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Empty durable jobs completed per second on one node and on two nodes of one cluster (Quartz, clustered JDBC store,
 * 4 workers each, on the test PostgreSQL). Not part of the test run (its name does not end in Test); run it with
 * {@code benchmarks/jobs.sh} and read the figures from
 * adapters-persistence/target/surefire-reports/*JobThroughputBenchmark-output.txt.
 */
@QuarkusTest
class JobThroughputBenchmark {

    private static final int JOBS = Integer.getInteger("jobs.benchmark.count", 2000);

    @Test
    void measure() throws Exception {
        run(1, 200); // warm-up
        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            lines.add(String.format("round %d, 1 node : %d empty jobs in %s -> %.0f jobs/s", round, JOBS,
                    Duration.ofNanos(last = run(1, JOBS)), JOBS / (last / 1e9)));
            lines.add(String.format("round %d, 2 nodes: %d empty jobs in %s -> %.0f jobs/s", round, JOBS,
                    Duration.ofNanos(last = run(2, JOBS)), JOBS / (last / 1e9)));
        }
        lines.forEach(System.out::println);
    }

    private long last;

    /** Submits {@code jobs} empty jobs (alternately on each node) and returns the nanoseconds until all finished. */
    private static long run(int nodes, int jobs) throws Exception {
        String cluster = "bench-" + UUID.randomUUID();
        AtomicInteger done = new AtomicInteger();
        List<QuartzJobEngine> engines = new ArrayList<>();
        try {
            for (int node = 0; node < nodes; node++) {
                QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster, "node-" + node));
                engine.handle("empty", context -> done.incrementAndGet());
                engine.start();
                engines.add(engine);
            }
            long start = System.nanoTime();
            List<JobId> ids = new ArrayList<>(jobs);
            for (int i = 0; i < jobs; i++) {
                ids.add(engines.get(i % nodes).submit(new JobRequest("empty", "", Map.of(), RetryPolicy.NONE)));
            }
            await(Duration.ofMinutes(10), () -> done.get() >= jobs);
            QuartzJobEngine first = engines.getFirst();
            await(Duration.ofMinutes(1), () -> first.status(ids.getLast()).orElseThrow().state().finished());
            return System.nanoTime() - start;
        } finally {
            engines.forEach(QuartzJobEngine::close);
        }
    }
}
