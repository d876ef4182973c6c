package ai.iiagent.service.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sessions.RecordAgentTypeCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordAgentTypeServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final RecordAgentTypeService service = new RecordAgentTypeService(sessions, clock);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenAnotherType_whenRecorded_thenStoredKeepingNameAndVisibility_andTheSameTypeChangesNothing() {
        Session session = sessions.save(Session.start(SessionId.random(), ada.userId(), "Notes", AppKind.AGENT, null,
                clock.now()));
        assertThat(session.snapshot().agentType()).isEqualTo("general");
        clock.advance(Duration.ofMinutes(1));

        Session typed = service.record(new RecordAgentTypeCommand(ada, session.id(), "deep_research"));

        assertThat(typed.snapshot().agentType()).isEqualTo("deep_research");
        assertThat(typed.snapshot().name()).isEqualTo("Notes");
        assertThat(sessions.findById(session.id()).orElseThrow().snapshot().agentType()).isEqualTo("deep_research");
        long version = sessions.findById(session.id()).orElseThrow().snapshot().version();
        service.record(new RecordAgentTypeCommand(ada, session.id(), "deep_research"));
        assertThat(sessions.findById(session.id()).orElseThrow().snapshot().version()).isEqualTo(version);
    }

    @Test
    void givenSomeoneElsesSession_thenNotFound_andUnchanged() {
        Session session = sessions.save(Session.start(SessionId.random(), UserId.random(), "", AppKind.AGENT, null,
                clock.now()));

        assertThatThrownBy(() -> service.record(new RecordAgentTypeCommand(ada, session.id(), "researcher")))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(sessions.findById(session.id()).orElseThrow().snapshot().agentType()).isEqualTo("general");
    }
}
