package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.SessionNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.ForkContext;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.ForkRequest;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.InvalidForkException;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sessions.ForkSessionCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ForkSessionServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<String> writes = new ArrayList<>();
    private final TrackingUnitOfWork unitOfWork = new TrackingUnitOfWork();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository() {
        @Override
        public Session save(Session session) {
            writes.add("session" + unitOfWork.where());
            return super.save(session);
        }
    };
    private final InMemorySessionEventRepository log = new InMemorySessionEventRepository();
    private final PublishSessionEventsService publisher = new PublishSessionEventsService(log, new NoBus(), clock);
    private final PublishSessionEventsUseCase events = command -> {
        writes.add("event" + unitOfWork.where());
        return publisher.publish(command);
    };
    private final RecordingSessionNoticeEncoding notices = new RecordingSessionNoticeEncoding();
    private final ForkSessionService fork = new ForkSessionService(sessions, events, unitOfWork, clock, (caller, id) -> true,
            notices);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity eve = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenResearchSession_whenForkedToWebsite_thenChildInheritsAndRecordsItsOrigin() {
        ModelSettingId model = new ModelSettingId(UUID.randomUUID());
        Session parent = sessionOf(ada, "Otter study", "deep_research", model);
        writes.clear();

        Session child = fork.fork(new ForkSessionCommand(ada, parent.id(), new ForkRequest(ForkType.RESEARCH_TO_WEBSITE,
                null, new ForkContext(List.of("report.md"), "  playful  "), null)));

        SessionSnapshot s = child.snapshot();
        assertThat(s.name()).isEqualTo("Continue from: Otter study");
        assertThat(s.agentType()).isEqualTo("research_to_website");
        assertThat(s.ownerId()).isEqualTo(ada.userId());
        assertThat(s.parentSessionId()).isEqualTo(parent.id());
        assertThat(s.modelSettingId()).isEqualTo(model);
        assertThat(s.forkInfo()).isEqualTo(new ForkInfo(ForkType.RESEARCH_TO_WEBSITE, parent.id(), "deep_research",
                new ForkContext(List.of("report.md"), "playful"), clock.now(), SandboxMode.SHARE));
        assertThat(sessions.findById(child.id())).get().extracting(Session::snapshot).isEqualTo(s);
        assertThat(writes).containsExactly("session in unit of work 1", "event in unit of work 1");
        assertThat(unitOfWork.completed).isEqualTo(1);
    }

    @Test
    void givenFork_thenChildLogStartsWithSessionForkedNamingTheSource() {
        Session parent = sessionOf(ada, "", "general", null);

        Session child = fork.fork(new ForkSessionCommand(ada, parent.id(), new ForkRequest(ForkType.CONTINUE,
                SandboxMode.NEW, null, new ModelSettingId(UUID.randomUUID()))));

        List<SessionEvent> childLog = log.findAfter(child.id(), 0, 10, true);
        assertThat(childLog).extracting(SessionEvent::name).containsExactly(EventName.SESSION_FORKED);
        assertThat(notices.encoded()).singleElement().isInstanceOfSatisfying(SessionNotice.Forked.class, forked -> {
            assertThat(forked.fork().parentSessionId()).isEqualTo(parent.id());
            assertThat(forked.fork().forkType()).isEqualTo(ForkType.CONTINUE);
            assertThat(forked.fork().sandboxMode()).isEqualTo(SandboxMode.NEW);
        });
        assertThat(log.findAfter(parent.id(), 0, 10, true)).isEmpty();
        assertThat(child.snapshot().name()).isEqualTo("Continue from: Untitled session");
        assertThat(child.snapshot().agentType()).isEqualTo("general");
    }

    @Test
    void givenWrongParents_whenForked_thenRefusedAndNothingWritten() {
        Session general = sessionOf(ada, "chatty", "general", null);
        Session research = sessionOf(ada, "research", "fast_research", null);
        Session chat = sessions.save(Session.start(SessionId.random(), ada.userId(), "chat", AppKind.CHAT, "chat",
                clock.now()));
        writes.clear();

        assertThatThrownBy(() -> fork.fork(toWebsite(ada, general.id(), List.of("a.md"))))
                .isInstanceOfSatisfying(InvalidForkException.class,
                        e -> assertThat(e.code().value()).isEqualTo("invalid_fork_session"));
        assertThatThrownBy(() -> fork.fork(toWebsite(ada, research.id(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code().value()).isEqualTo("invalid_fork_context"));
        assertThatThrownBy(() -> fork.fork(new ForkSessionCommand(ada, chat.id(),
                new ForkRequest(ForkType.CONTINUE, null, null, null)))).isInstanceOf(InvalidForkException.class);
        assertThatThrownBy(() -> fork.fork(toWebsite(eve, research.id(), List.of("a.md"))))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(writes).isEmpty();
    }

    @Test
    void givenAModelSettingTheCallerMayNotUse_whenForked_thenNotFoundAndNothingWritten_whileTheirOwnIsKept() {
        ModelSettingId adas = new ModelSettingId(UUID.randomUUID());
        ForkSessionService checking = new ForkSessionService(sessions, events, unitOfWork, clock,
                (caller, id) -> caller.equals(ada) && id.equals(adas), notices);
        Session parent = sessionOf(ada, "mine", "general", null);
        writes.clear();

        assertThatThrownBy(() -> checking.fork(new ForkSessionCommand(ada, parent.id(), new ForkRequest(ForkType.CONTINUE,
                null, null, new ModelSettingId(UUID.randomUUID())))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code().value()).isEqualTo("model_setting_not_found"));
        assertThat(writes).isEmpty();

        Session child = checking.fork(new ForkSessionCommand(ada, parent.id(), new ForkRequest(ForkType.CONTINUE,
                null, null, adas)));
        assertThat(child.snapshot().modelSettingId()).isEqualTo(adas);
    }

    @Test
    void givenEventCannotBeStored_whenForked_thenTheFailureLeavesTheUnitOfWorkUncommitted() {
        Session parent = sessionOf(ada, "research", "deep_research", null);
        ForkSessionService failing = new ForkSessionService(sessions, command -> {
            throw new IllegalStateException("log down");
        }, unitOfWork, clock, (caller, id) -> true, notices);

        assertThatThrownBy(() -> failing.fork(toWebsite(ada, parent.id(), List.of("a.md"))))
                .hasMessage("log down");
        assertThat(unitOfWork.completed).isZero();
        assertThat(unitOfWork.failed).isEqualTo(1);
    }

    @Test
    void givenUnknownCodes_thenStableValidationCodes() {
        assertThatThrownBy(() -> ForkType.fromCode("research_to_slides")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code().value()).isEqualTo("unknown_fork_type"));
        assertThatThrownBy(() -> SandboxMode.fromCode("reuse")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code().value()).isEqualTo("invalid_sandbox_mode"));
        assertThat(SandboxMode.fromCode(null)).isEqualTo(SandboxMode.SHARE);
    }

    private ForkSessionCommand toWebsite(Identity who, SessionId parent, List<String> attachments) {
        return new ForkSessionCommand(who, parent, new ForkRequest(ForkType.RESEARCH_TO_WEBSITE, SandboxMode.SHARE,
                new ForkContext(attachments, null), null));
    }

    private Session sessionOf(Identity owner, String name, String agentType, ModelSettingId model) {
        Session session = Session.start(SessionId.random(), owner.userId(), name, AppKind.AGENT, agentType, clock.now());
        if (model != null) {
            SessionSnapshot s = session.snapshot();
            session = Session.rehydrate(new SessionSnapshot(s.id(), s.ownerId(), s.name(), s.appKind(), s.agentType(),
                    false, null, model, null, false, null, s.createdAt(), s.updatedAt(), false, 0));
        }
        return sessions.save(session);
    }

    /** Numbers its units of work and tells writes which one (if any) they happen in. */
    private static final class TrackingUnitOfWork implements UnitOfWork {
        private int started;
        private int current;
        private int completed;
        private int failed;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            current = ++started;
            try {
                T result = work.get();
                completed++;
                return result;
            } catch (RuntimeException e) {
                failed++;
                throw e;
            } finally {
                current = 0;
            }
        }

        String where() {
            return current == 0 ? " outside a unit of work" : " in unit of work " + current;
        }
    }

    private static final class NoBus implements EventBusPort {
        @Override
        public void publish(SessionEvent event) {
        }

        @Override
        public Subscription subscribe(String name, EventSubscriber subscriber) {
            return () -> { };
        }
    }
}
