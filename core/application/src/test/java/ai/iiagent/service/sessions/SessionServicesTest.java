package ai.iiagent.service.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.in.sessions.SessionViewPage;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sessions.BulkDeleteResult;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsCommand;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.ListSessionEventsQuery;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.sessions.UpdateSessionCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.sessions.InMemorySessionPlanRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemorySessionEventRepository events = new InMemorySessionEventRepository();
    private final CreateSessionService create = new CreateSessionService(sessions, clock);
    private final InMemorySessionPlanRepository plans = new InMemorySessionPlanRepository();
    private final GetSessionService get = new GetSessionService(sessions, plans);
    private final UpdateSessionService update = new UpdateSessionService(sessions, plans, clock);
    private final ListSessionEventsService listEvents = new ListSessionEventsService(sessions, events);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity eve = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenSomeoneElsesSession_whenReadOrChanged_thenNotFound() {
        Session session = create.create(new CreateSessionCommand(ada, "private", AppKind.AGENT, null));

        assertThatThrownBy(() -> get.get(new SessionQuery(eve, session.id()))).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> update.update(UpdateSessionCommand.rename(eve, session.id(), "mine now")))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> get.get(new SessionQuery(null, session.id()))).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenPublishedSession_whenReadAnonymously_thenVisible_untilUnpublishedOrDeleted() {
        Session session = create.create(new CreateSessionCommand(ada, "shared", AppKind.AGENT, null));
        update.update(UpdateSessionCommand.publish(ada, session.id(), true));

        assertThat(get.get(new SessionQuery(null, session.id())).session().isPublic()).isTrue();
        assertThatThrownBy(() -> update.update(UpdateSessionCommand.publish(eve, session.id(), false)))
                .isInstanceOf(SessionNotFoundException.class);

        update.update(UpdateSessionCommand.delete(ada, session.id()));
        assertThatThrownBy(() -> get.get(new SessionQuery(null, session.id()))).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> get.get(new SessionQuery(ada, session.id()))).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenMixOfIds_whenBulkDeleted_thenOwnLiveOnesDeletedOthersFailed() {
        Session mine = create.create(new CreateSessionCommand(ada, "a", AppKind.AGENT, null));
        Session theirs = create.create(new CreateSessionCommand(eve, "b", AppKind.AGENT, null));
        SessionId unknown = SessionId.random();

        BulkDeleteResult result = new BulkDeleteSessionsService(update)
                .delete(new BulkDeleteSessionsCommand(ada, List.of(mine.id(), theirs.id(), unknown, mine.id())));

        assertThat(result.deletedIds()).containsExactly(mine.id());
        assertThat(result.failedIds()).containsExactly(theirs.id(), unknown);
        assertThat(get.get(new SessionQuery(eve, theirs.id()))).isNotNull();
    }

    @Test
    void givenPlannedAndUnplannedSessions_whenReadAndListed_thenEachCarriesItsOwnPlan() {
        Session planned = create.create(new CreateSessionCommand(ada, "planned", AppKind.AGENT, null));
        Session unplanned = create.create(new CreateSessionCommand(ada, "unplanned", AppKind.AGENT, null));
        SessionPlan plan = new SessionPlan("Build it", List.of(new Milestone("m1", "Research", null, null, null)));
        plans.save(planned.id(), plan, clock.now());

        SessionViewPage page = new ListSessionsService(sessions, plans)
                .list(new SessionSearch(ada.userId(), null, false, null, 1, 10));

        assertThat(get.get(new SessionQuery(ada, planned.id())).plan()).isEqualTo(plan);
        assertThat(get.get(new SessionQuery(ada, unplanned.id())).plan()).isNull();
        assertThat(page.sessions()).extracting(view -> view.session().id(), SessionView::plan)
                .containsExactlyInAnyOrder(tuple(planned.id(), plan), tuple(unplanned.id(), null));
        assertThat(update.update(UpdateSessionCommand.rename(ada, planned.id(), "renamed")).plan()).isEqualTo(plan);
    }

    @Test
    void givenEventsIncludingInternal_whenOwnerReplays_thenInternalHiddenAndStrangerRefused() {
        Session session = create.create(new CreateSessionCommand(ada, "log", AppKind.AGENT, null));
        events.append(session.id(), List.of(
                NewSessionEvent.of(EventName.SESSION_USER_MESSAGE, session.id(), null, clock.now(), Map.of("text", "hi")),
                NewSessionEvent.of(EventName.BILLING_LLM_USAGE, session.id(), null, clock.now(), Map.of()),
                NewSessionEvent.of(EventName.AGENT_RESPONSE, session.id(), null, clock.now(), Map.of("text", "hello"))));

        List<SessionEvent> replay = listEvents.list(new ListSessionEventsQuery(new SessionQuery(ada, session.id()), 0, 100));

        assertThat(replay).extracting(SessionEvent::seq).containsExactly(1L, 3L);
        assertThatThrownBy(() -> listEvents.list(new ListSessionEventsQuery(new SessionQuery(eve, session.id()), 0, 100)))
                .isInstanceOf(SessionNotFoundException.class);
    }
}
