package ai.iiagent.adapter.jobs;

import static ai.iiagent.adapter.jobs.EngineNodes.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.port.out.jobs.JobContext;
import ai.iiagent.port.out.jobs.JobHandler;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.jobs.RetryableJobFailure;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The Quartz engine against the real test database: progress, cancel, retries with back-off on a provider's 503
 * (WireMock), exactly-once across two nodes of one cluster, sweeps never overlapping across nodes, and a job that
 * survives SIGKILL of its node's JVM.
 */
@QuarkusTest
class QuartzJobEngineTest {

    private static String cluster() {
        return "test-" + UUID.randomUUID();
    }

    private static JobRequest steps(String subject, RetryPolicy retry) {
        return new JobRequest(EngineNodes.STEPS, subject, Map.of(), retry);
    }

    private static JobStatus finished(QuartzJobEngine engine, JobId id, Duration atMost) throws InterruptedException {
        await(atMost, () -> engine.status(id).orElseThrow().state().finished());
        return engine.status(id).orElseThrow();
    }

    @Test
    void aJobReportsProgressAndSucceeds() throws Exception {
        try (QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster(), "solo"))) {
            List<Integer> seen = new CopyOnWriteArrayList<>();
            engine.handle(EngineNodes.STEPS, EngineNodes.steps(5, 300)); // 300 ms a step: a 50 ms poll sees the steps between
            engine.start();
            JobId id = engine.submit(steps("book-1", RetryPolicy.NONE));
            await(Duration.ofSeconds(20), () -> {
                JobStatus status = engine.status(id).orElseThrow();
                if (seen.isEmpty() || seen.getLast() != status.done()) {
                    seen.add(status.done());
                }
                return status.state().finished();
            });

            JobStatus status = engine.status(id).orElseThrow();
            assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(status.attempts()).isEqualTo(1);
            assertThat(status.done()).isEqualTo(5);
            assertThat(status.total()).isEqualTo(5);
            assertThat(status.note()).isEqualTo("step 5");
            assertThat(status.subject()).isEqualTo("book-1");
            assertThat(engine.latestFor("book-1")).map(JobStatus::id).contains(id);
            assertThat(engine.latestFor("no-such-subject")).isEmpty();
            assertThat(seen).isSorted();
            assertThat(seen.size()).as("progress seen while running").isGreaterThan(2);
        }
    }

    @Test
    void cancellingARunningJobStopsItsRemainingSteps() throws Exception {
        try (QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster(), "solo"))) {
            engine.handle(EngineNodes.STEPS, EngineNodes.steps(50, 100));
            engine.start();
            JobId id = engine.submit(steps("book-2", RetryPolicy.NONE));
            await(Duration.ofSeconds(20), () -> engine.status(id).orElseThrow().done() >= 2);

            assertThat(engine.cancel(id)).isTrue();
            int doneWhenCancelled = engine.status(id).orElseThrow().done();
            JobStatus status = finished(engine, id, Duration.ofSeconds(20));

            assertThat(status.state()).isEqualTo(JobState.CANCELLED);
            // the handler asks before each step, so at most the step under way finishes (one spare for the read's timing)
            assertThat(status.done()).isLessThanOrEqualTo(doneWhenCancelled + 2).isLessThan(50);
            assertThat(engine.cancel(id)).as("already finished").isFalse();
            assertThat(engine.cancel(JobId.random())).isFalse();
        }
    }

    @Test
    void aJobWaitingForItsRetryIsCancelledAtOnceAndNeverRunsAgain() throws Exception {
        try (QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster(), "solo"))) {
            AtomicInteger runs = new AtomicInteger();
            engine.handle("flaky", context -> {
                runs.incrementAndGet();
                throw new RetryableJobFailure("provider answered 503");
            });
            engine.start();
            JobId id = engine.submit(new JobRequest("flaky", "", Map.of(),
                    new RetryPolicy(5, Duration.ofSeconds(3), 1.0, Duration.ofSeconds(3))));
            await(Duration.ofSeconds(20), () -> engine.status(id).orElseThrow().state() == JobState.RETRY_WAIT);

            assertThat(engine.cancel(id)).isTrue();
            assertThat(engine.status(id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
            Thread.sleep(4000);
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void aProvider5xxIsRetriedWithBackOffUntilItAnswers() throws Exception {
        WireMockServer provider = new WireMockServer(options().dynamicPort());
        provider.start();
        try (QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster(), "solo"))) {
            provider.stubFor(get(urlEqualTo("/v1/images")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"overloaded\"}")).willSetStateTo("second"));
            provider.stubFor(get(urlEqualTo("/v1/images")).inScenario("flaky").whenScenarioStateIs("second")
                    .willReturn(aResponse().withStatus(502)).willSetStateTo("third"));
            provider.stubFor(get(urlEqualTo("/v1/images")).inScenario("flaky").whenScenarioStateIs("third")
                    .willReturn(aResponse().withStatus(200).withBody("{\"url\":\"https://cdn/1.png\"}")));
            HttpClient http = HttpClient.newHttpClient();
            List<Long> tries = new CopyOnWriteArrayList<>();
            engine.handle("image", context -> {
                tries.add(System.nanoTime());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(context.parameters().get("endpoint"))).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 500) {
                    throw new RetryableJobFailure("image provider answered " + response.statusCode());
                }
                context.progress(1, 1, response.body());
            });
            engine.start();
            JobId id = engine.submit(new JobRequest("image", "page-1", Map.of("endpoint", provider.baseUrl() + "/v1/images"),
                    new RetryPolicy(4, Duration.ofMillis(1000), 2.0, Duration.ofSeconds(10))));
            JobStatus status = finished(engine, id, Duration.ofSeconds(40));

            assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(status.attempts()).isEqualTo(3);
            assertThat(status.note()).contains("cdn/1.png");
            provider.verify(3, getRequestedFor(urlEqualTo("/v1/images")));
            assertThat(Duration.ofNanos(tries.get(1) - tries.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
            assertThat(Duration.ofNanos(tries.get(2) - tries.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
        } finally {
            provider.stop();
        }
    }

    @Test
    void retriesStopAtTheLastTry() throws Exception {
        try (QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(cluster(), "solo"))) {
            Map<JobId, String> toldFailed = new ConcurrentHashMap<>();
            engine.handle("down", new AlwaysFailing(new RetryableJobFailure("provider answered 500"), toldFailed));
            engine.handle("broken", new AlwaysFailing(new IllegalArgumentException("bad input"), toldFailed));
            engine.start();
            JobId down = engine.submit(new JobRequest("down", "", Map.of(),
                    new RetryPolicy(2, Duration.ofMillis(200), 1.0, Duration.ofMillis(200))));
            JobId broken = engine.submit(new JobRequest("broken", "", Map.of(), RetryPolicy.DEFAULT));

            JobStatus downStatus = finished(engine, down, Duration.ofSeconds(20));
            JobStatus brokenStatus = finished(engine, broken, Duration.ofSeconds(20));
            assertThat(downStatus.state()).isEqualTo(JobState.FAILED);
            assertThat(downStatus.attempts()).isEqualTo(2);
            assertThat(downStatus.error()).hasValueSatisfying(error -> assertThat(error).contains("gave up after 2 tries"));
            assertThat(brokenStatus.state()).as("not a passing failure: no retry").isEqualTo(JobState.FAILED);
            assertThat(brokenStatus.attempts()).isEqualTo(1);
            await(Duration.ofSeconds(10), () -> toldFailed.size() == 2);
            assertThat(toldFailed.get(down)).as("the handler hears of the final failure once").contains("gave up after 2 tries");
            assertThat(toldFailed.get(broken)).isEqualTo("bad input");
        }
    }

    /** A handler whose every try fails the same way, and which records what it is told when the job fails for good. */
    private record AlwaysFailing(RuntimeException failure, Map<JobId, String> toldFailed) implements JobHandler {

        @Override
        public void run(JobContext context) {
            throw failure;
        }

        @Override
        public void failed(JobContext context, String error) {
            if (toldFailed.putIfAbsent(context.id(), error) != null) {
                throw new AssertionError("told twice that job " + context.id() + " failed");
            }
        }
    }

    /**
     * Long enough that one node's 4 threads need 60 / 4 × 200 ms = 3 s for the whole backlog, three times the other
     * node's 1 s idle wait: the other node always polls while work is left, however slowly it started.
     */
    private static final long JOB_MILLIS = 200;

    @Test
    void twoNodesOfOneClusterRunEachJobExactlyOnce() throws Exception {
        String cluster = cluster();
        Map<JobId, List<String>> runs = new ConcurrentHashMap<>();
        try (QuartzJobEngine a = new QuartzJobEngine(EngineNodes.settings(cluster, "node-a"));
                QuartzJobEngine b = new QuartzJobEngine(EngineNodes.settings(cluster, "node-b"))) {
            a.handle("record", context -> {
                runs.computeIfAbsent(context.id(), key -> new CopyOnWriteArrayList<>()).add("node-a");
                Thread.sleep(JOB_MILLIS);
            });
            b.handle("record", context -> {
                runs.computeIfAbsent(context.id(), key -> new CopyOnWriteArrayList<>()).add("node-b");
                Thread.sleep(JOB_MILLIS);
            });
            a.start();
            b.start();
            List<JobId> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ids.add((i % 2 == 0 ? a : b).submit(new JobRequest("record", "", Map.of(), RetryPolicy.NONE)));
            }
            for (JobId id : ids) {
                assertThat(finished(a, id, Duration.ofSeconds(60)).state()).isEqualTo(JobState.SUCCEEDED);
            }
            Thread.sleep(1500); // a double run would show up here

            assertThat(runs).hasSize(60);
            assertThat(runs.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
            long onA = runs.values().stream().filter(nodes -> nodes.getFirst().equals("node-a")).count();
            assertThat(onA).as("both nodes take work").isBetween(1L, 59L);
        }
    }

    @Test
    void aSweepRunsOnOneNodeAtATime() throws Exception {
        String cluster = cluster();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<String> runs = Collections.synchronizedList(new ArrayList<>());
        try (QuartzJobEngine a = new QuartzJobEngine(EngineNodes.settings(cluster, "node-a"));
                QuartzJobEngine b = new QuartzJobEngine(EngineNodes.settings(cluster, "node-b"))) {
            for (var node : List.of(Map.entry("node-a", a), Map.entry("node-b", b))) {
                node.getValue().schedule("test sweep", Duration.ofMillis(300), () -> {
                    if (running.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    runs.add(node.getKey());
                    try {
                        Thread.sleep(450); // longer than the interval: the next run must not overlap this one
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        running.decrementAndGet();
                    }
                });
            }
            a.start();
            b.start();
            await(Duration.ofSeconds(30), () -> runs.size() >= 8);
        }
        assertThat(overlaps.get()).isZero();
    }

    @Test
    void aJobSurvivesSigkillOfItsNodeAndCompletesAfterRestart() throws Exception {
        String cluster = cluster();
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingNode.class.getName(),
                url, user, password, cluster, "crashy-node")
                .redirectErrorStream(true).start();
        JobId id;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String found = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("JOB ")) {
                    found = line.substring(4).strip();
                    break;
                }
            }
            assertThat(found).as("the node printed its job id").isNotNull();
            id = new JobId(UUID.fromString(found));
            Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
            try (QuartzJobEngine observer = new QuartzJobEngine(EngineNodes.settings(cluster(), "observer"))) {
                await(Duration.ofSeconds(60), () -> observer.status(id).orElseThrow().done() >= 3);
                node.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                node.waitFor();
                JobStatus killed = observer.status(id).orElseThrow();
                assertThat(killed.state()).isEqualTo(JobState.RUNNING);
                assertThat(killed.done()).isLessThan(20);
            }
        } finally {
            node.destroyForcibly();
        }

        try (QuartzJobEngine restarted = new QuartzJobEngine(EngineNodes.settings(cluster, "crashy-node"))) {
            restarted.handle(EngineNodes.STEPS, EngineNodes.steps(20, 50));
            restarted.start();
            JobStatus status = finished(restarted, id, Duration.ofSeconds(60));

            assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(status.attempts()).as("the first try died with its node").isEqualTo(2);
            assertThat(status.done()).isEqualTo(20);
        }
    }
}
