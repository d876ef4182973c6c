package ai.iiagent.e2e.sessions;

import static ai.iiagent.e2e.sessions.SessionsApiTest.as;
import static ai.iiagent.e2e.sessions.SessionsApiTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A run left running by a dead process is failed and its session's log says so (the restart itself: EmbeddedRunIT). */
@QuarkusTest
class InterruptedRunRecoveryTest {

    @Inject
    RunTaskRepository runs;

    @Inject
    RecoverInterruptedRunsUseCase recover;

    @Test
    void givenOrphanedRun_whenRecovered_thenFailedAndInterruptedEventReplayed() {
        String token = Users.newAccessToken();
        String id = create(token, "interrupted");
        Instant longAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        RunTask created = RunTask.create(new SessionId(UUID.fromString(id)), RunKind.AGENT_RUN, longAgo);
        runs.insert(created, created.transition("created"));
        RunTask moved = created.moveTo(RunStatus.RUNNING, null, longAgo);
        RunTask running = runs.update(moved, moved.transition("started"));

        assertThat(recover.recover(new RecoverInterruptedRunsCommand("the test"))).isPositive();

        assertThat(runs.findById(running.id()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        as(token).get("/v1/sessions/" + id + "/events").then().statusCode(200)
                .body("events[0].name", equalTo("agent.response.interrupted"))
                .body("events[0].run_id", equalTo(running.id().toString()))
                .body("events[0].content.run_status", equalTo("failed"))
                .body("run_status", equalTo("failed"));
    }
}
