package ai.iiagent.adapter.http.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.http.sessions.SessionHttpMapperImpl;
import ai.iiagent.adapter.http.sessions.SessionWire.EventEnvelope;
import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The replay's status and its page of events must never contradict each other. */
class SessionReplayTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final SessionId session = SessionId.random();
    private final List<SessionEvent> log = new ArrayList<>();
    private RunTask run = RunTask.create(session, RunKind.AGENT_RUN, NOW).moveTo(RunStatus.RUNNING, null, NOW);
    private Runnable afterFirstRead;

    private final SessionReplay replay = new SessionReplay(query -> {
        List<SessionEvent> page = List.copyOf(log);
        read();
        return page;
    }, query -> {
        Optional<RunTask> latest = Optional.of(run);
        read();
        return latest;
    }, new SessionHttpMapperImpl());

    @Test
    void givenTheRunEndsBetweenTheTwoReads_whenReplayed_thenAFinalStatusComesWithTheEventsAnnouncingIt() {
        append(EventName.AGENT_RESPONSE);
        // The run's end as RunLoop stores it: the status and its closing events in one commit.
        afterFirstRead = () -> {
            run = run.moveTo(RunStatus.COMPLETED, null, NOW);
            append(EventName.AGENT_COMPLETE);
        };

        EventListResponse during = replay.replay(new Identity(UserId.random(), UserRole.USER), session, 0, 100);
        EventListResponse after = replay.replay(new Identity(UserId.random(), UserRole.USER), session, 0, 100);

        assertThat(afterFirstRead).as("the run ended during the first replay").isNull();
        if (during.runStatus().equals("completed")) {
            assertThat(during.events()).extracting(EventEnvelope::name).contains("agent.complete");
        }
        assertThat(after.runStatus()).isEqualTo("completed");
        assertThat(after.events()).extracting(EventEnvelope::name).containsExactly("agent.response", "agent.complete");
    }

    private void read() {
        Runnable hook = afterFirstRead;
        afterFirstRead = null;
        if (hook != null) {
            hook.run();
        }
    }

    private void append(EventName name) {
        log.add(new SessionEvent(EventId.random(), log.size() + 1, name, session, run.id().value(), NOW, Map.of()));
    }
}
