package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.SessionNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.JoinSessionCommand;
import ai.iiagent.port.in.sessions.JoinedSession;
import ai.iiagent.port.in.sessions.ReportWorkspaceCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining sessions from a live connection and reporting the workspace. */
class RealtimeSessionServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemorySessionEventRepository log = new InMemorySessionEventRepository();
    private final List<SessionEvent> published = new ArrayList<>();
    private final CreateSessionService create = new CreateSessionService(sessions, clock);
    private final JoinSessionService join = new JoinSessionService(sessions, create);
    private final RecordingSessionNoticeEncoding notices = new RecordingSessionNoticeEncoding();
    private final ReportWorkspaceService workspace = new ReportWorkspaceService(sessions,
            new PublishSessionEventsService(log, recordingBus(), clock), notices);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity eve = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenNoSessionId_whenJoined_thenANewSessionOwnedByTheCallerIsCreated() {
        JoinedSession joined = join.join(new JoinSessionCommand(ada, null));

        assertThat(joined.owner()).isTrue();
        assertThat(sessions.findById(joined.session().id())).get()
                .matches(session -> session.isOwnedBy(ada.userId()));
    }

    @Test
    void givenOwnSession_whenJoined_thenAsOwner() {
        Session mine = create.create(new CreateSessionCommand(ada, "mine", AppKind.AGENT, null));

        assertThat(join.join(new JoinSessionCommand(ada, mine.id())).owner()).isTrue();
    }

    @Test
    void givenSomeoneElsesPublicSession_whenJoined_thenAsWatcher() {
        Session shared = create.create(new CreateSessionCommand(ada, "shared", AppKind.AGENT, null));
        sessions.save(shared.published(true, clock.now()));

        JoinedSession joined = join.join(new JoinSessionCommand(eve, shared.id()));

        assertThat(joined.owner()).isFalse();
        assertThat(joined.session().id()).isEqualTo(shared.id());
    }

    @Test
    void givenSomeoneElsesPrivateOrAnUnknownSession_whenJoined_thenNotFound() {
        Session secret = create.create(new CreateSessionCommand(ada, "secret", AppKind.AGENT, null));

        assertThatThrownBy(() -> join.join(new JoinSessionCommand(eve, secret.id())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> join.join(new JoinSessionCommand(eve, SessionId.random())))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenOwner_whenWorkspaceReported_thenAPersistedWorkspaceEventIsPublished() {
        Session mine = create.create(new CreateSessionCommand(ada, "mine", AppKind.AGENT, null));

        workspace.report(new ReportWorkspaceCommand(ada, mine.id()));

        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(EventName.CONNECTION_WORKSPACE_INFO);
            assertThat(event.seq()).isEqualTo(1);
        });
        assertThat(log.findAfter(mine.id(), 0, 10, true)).hasSize(1);
        assertThat(notices.encoded()).containsExactly(new SessionNotice.NoWorkspaceYet());
    }

    @Test
    void givenWatcherOfPublicSession_whenWorkspaceReported_thenNotFoundAndNothingPublished() {
        Session shared = create.create(new CreateSessionCommand(ada, "shared", AppKind.AGENT, null));
        sessions.save(shared.published(true, clock.now()));

        assertThatThrownBy(() -> workspace.report(new ReportWorkspaceCommand(eve, shared.id())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(published).isEmpty();
    }

    private EventBusPort recordingBus() {
        return new EventBusPort() {
            @Override
            public void publish(SessionEvent event) {
                published.add(event);
            }

            @Override
            public Subscription subscribe(String name, EventSubscriber subscriber) {
                return () -> { };
            }
        };
    }
}
