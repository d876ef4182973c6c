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
import ai.iiagent.port.in.sessions.TitleSessionCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import ai.iiagent.port.out.sessions.SessionTitlePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleSessionFromFirstQueryServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final List<String> asked = new ArrayList<>();
    private final SessionTitlePort titles = (kind, query) -> {
        asked.add(kind.code() + ":" + query);
        return "Title for " + query;
    };
    private final TitleSessionFromFirstQueryService service = new TitleSessionFromFirstQueryService(sessions, titles, clock);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenUnnamedSession_whenFirstQueryArrives_thenTitledFromThePortAndStored() {
        Session session = newSession("");

        Session titled = service.title(new TitleSessionCommand(ada, session.id(), "otters"));

        assertThat(titled.snapshot().name()).isEqualTo("Title for otters");
        assertThat(titled.snapshot().titlePinned()).isFalse();
        assertThat(sessions.findById(session.id()).orElseThrow().snapshot().name()).isEqualTo("Title for otters");
        assertThat(asked).containsExactly("agent:otters");
    }

    @Test
    void givenTitledOrNamedOrRenamedToEmpty_whenTitled_thenLeftAloneAndPortNotAsked() {
        Session unnamed = newSession("");
        service.title(new TitleSessionCommand(ada, unnamed.id(), "first"));
        Session named = newSession("My name");
        Session cleared = sessions.save(newSession("x").renamed("", clock.now()));
        asked.clear();

        assertThat(service.title(new TitleSessionCommand(ada, unnamed.id(), "second")).snapshot().name())
                .isEqualTo("Title for first");
        assertThat(service.title(new TitleSessionCommand(ada, named.id(), "q")).snapshot().name()).isEqualTo("My name");
        assertThat(service.title(new TitleSessionCommand(ada, cleared.id(), "q")).snapshot().name()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void givenRenameRacingTheTitle_whenSaveConflicts_thenTheRenameWins() {
        Session session = newSession("");
        TitleSessionFromFirstQueryService racing = new TitleSessionFromFirstQueryService(sessions, (kind, query) -> {
            // The owner renames while the title is being generated.
            sessions.save(sessions.findById(session.id()).orElseThrow().renamed("Owner's choice", clock.now()));
            return "Generated";
        }, clock);

        Session result = racing.title(new TitleSessionCommand(ada, session.id(), "otters"));

        assertThat(result.snapshot().name()).isEqualTo("Owner's choice");
        assertThat(sessions.findById(session.id()).orElseThrow().snapshot().name()).isEqualTo("Owner's choice");
    }

    @Test
    void givenEmptySuggestionOrSomeoneElsesSession_thenUnchangedOrNotFound() {
        Session session = newSession("");
        TitleSessionFromFirstQueryService blank = new TitleSessionFromFirstQueryService(sessions, (k, q) -> "  ", clock);

        assertThat(blank.title(new TitleSessionCommand(ada, session.id(), "")).snapshot().version()).isZero();
        assertThatThrownBy(() -> service.title(new TitleSessionCommand(new Identity(UserId.random(), UserRole.USER),
                session.id(), "mine"))).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenOverlongSuggestion_whenTitled_thenClippedToTheNameLimit() {
        Session session = newSession("");
        TitleSessionFromFirstQueryService verbose = new TitleSessionFromFirstQueryService(sessions,
                (k, q) -> "t".repeat(400), clock);

        assertThat(verbose.title(new TitleSessionCommand(ada, session.id(), "q")).snapshot().name()).hasSize(255);
    }

    private Session newSession(String name) {
        return sessions.save(Session.start(SessionId.random(), ada.userId(), name, AppKind.AGENT, null, clock.now()));
    }
}
