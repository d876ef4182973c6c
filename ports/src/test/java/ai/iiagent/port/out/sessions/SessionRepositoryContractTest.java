package ai.iiagent.port.out.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.ForkContext;
import ai.iiagent.domain.sessions.ForkRequest;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionRepository} must have. */
public abstract class SessionRepositoryContractTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract SessionRepository repository();

    /** A user the store may reference. */
    protected abstract UserId existingUser();

    @Test
    void givenNewSession_whenSavedAndFound_thenSameStateAtVersionZero() {
        Session session = Session.start(SessionId.random(), existingUser(), "First", AppKind.CHAT, "general", T0);

        Session saved = repository().save(session);

        assertThat(repository().findById(session.id())).get().extracting(Session::snapshot)
                .isEqualTo(saved.snapshot());
        assertThat(saved.snapshot().version()).isZero();
    }

    @Test
    void givenForkedChildRenamed_whenSavedAndFound_thenForkInfoModelSettingAndPinnedTitleSurvive() {
        Session parent = repository().save(Session.start(SessionId.random(), existingUser(), "Otter study", AppKind.AGENT,
                "deep_research", T0));
        ModelSettingId model = new ModelSettingId(UUID.randomUUID());
        Session child = parent.fork(SessionId.random(), new ForkRequest(ForkType.RESEARCH_TO_WEBSITE, SandboxMode.NEW,
                new ForkContext(List.of("report.md", "data/otters.csv"), "make it playful"), model), T0.plusSeconds(1));

        Session saved = repository().save(child);
        Session renamed = repository().save(saved.renamed("Otter site", T0.plusSeconds(2)));

        assertThat(repository().findById(child.id())).get().extracting(Session::snapshot).isEqualTo(renamed.snapshot());
        assertThat(saved.snapshot()).isEqualTo(withVersion(child.snapshot(), 0));
        assertThat(renamed.snapshot().forkInfo()).isEqualTo(child.snapshot().forkInfo());
        assertThat(renamed.snapshot().modelSettingId()).isEqualTo(model);
        assertThat(renamed.snapshot().titlePinned()).isTrue();
        assertThat(repository().findById(parent.id()).orElseThrow().snapshot().forkInfo()).isNull();
    }

    @Test
    void givenOwnedDeletedAndUnknownSessions_whenOwnershipChecked_thenOnlyTheOwnersLiveOneCounts() {
        UserId owner = existingUser();
        UserId someoneElse = existingUser();
        Session live = repository().save(Session.start(SessionId.random(), owner, "live", AppKind.CHAT, null, T0));
        Session gone = repository().save(Session.start(SessionId.random(), owner, "gone", AppKind.CHAT, null, T0));
        repository().save(gone.deleted(T0.plusSeconds(1)));

        assertThat(repository().isLiveAndOwnedBy(live.id(), owner)).isTrue();
        assertThat(repository().isLiveAndOwnedBy(live.id(), someoneElse)).isFalse();
        assertThat(repository().isLiveAndOwnedBy(gone.id(), owner)).isFalse();
        assertThat(repository().isLiveAndOwnedBy(SessionId.random(), owner)).isFalse();
    }

    @Test
    void givenSavedSession_whenChangedFromStaleCopy_thenConcurrentModificationRefused() {
        Session saved = repository().save(Session.start(SessionId.random(), existingUser(), "x", AppKind.AGENT, null, T0));
        Session renamedOnce = repository().save(saved.renamed("first writer", T0.plusSeconds(1)));

        assertThat(renamedOnce.snapshot().version()).isEqualTo(1);
        assertThatThrownBy(() -> repository().save(saved.renamed("second writer", T0.plusSeconds(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code().value()).isEqualTo("concurrent_modification"));
        assertThat(repository().findById(saved.id()).orElseThrow().snapshot().name()).isEqualTo("first writer");
    }

    @Test
    void givenOwnersSessions_whenSearched_thenOwnLiveOnesNewestFirstWithTotal() {
        UserId owner = existingUser();
        Session older = save(owner, "Research on otters", AppKind.AGENT, 0);
        Session newer = save(owner, "Otter website", AppKind.CHAT, 10);
        Session deleted = save(owner, "Otter gone", AppKind.AGENT, 20);
        repository().save(deleted.deleted(T0.plusSeconds(30)));
        save(existingUser(), "Someone else's otters", AppKind.AGENT, 5);

        SessionPage page = repository().search(new SessionSearch(owner, null, false, null, 1, 10));

        assertThat(page.sessions()).extracting(Session::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void givenFilters_whenSearched_thenTextIsCaseInsensitiveAndKindAndPublicApply() {
        UserId owner = existingUser();
        Session research = save(owner, "Research on OTTERS", AppKind.AGENT, 0);
        Session chat = save(owner, "chat about otters", AppKind.CHAT, 1);
        Session shared = repository().save(save(owner, "Shared plan", AppKind.AGENT, 2).published(true, T0.plusSeconds(3)));

        assertThat(ids(new SessionSearch(owner, "otters", false, null, 1, 10))).containsExactly(chat.id(), research.id());
        assertThat(ids(new SessionSearch(owner, "otters", false, AppKind.AGENT, 1, 10))).containsExactly(research.id());
        assertThat(ids(new SessionSearch(owner, null, true, null, 1, 10))).containsExactly(shared.id());
    }

    @Test
    void givenFiveSessions_whenPaged_thenPagesAreDisjointAndTotalCountsAll() {
        UserId owner = existingUser();
        for (int i = 0; i < 5; i++) {
            save(owner, "s" + i, AppKind.AGENT, i);
        }

        SessionPage first = repository().search(new SessionSearch(owner, null, false, null, 1, 2));
        SessionPage third = repository().search(new SessionSearch(owner, null, false, null, 3, 2));
        SessionPage beyond = repository().search(new SessionSearch(owner, null, false, null, 4, 2));

        assertThat(first.sessions()).extracting(s -> s.snapshot().name()).containsExactly("s4", "s3");
        assertThat(third.sessions()).extracting(s -> s.snapshot().name()).containsExactly("s0");
        assertThat(beyond.sessions()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    private static SessionSnapshot withVersion(SessionSnapshot s, long version) {
        return new SessionSnapshot(s.id(), s.ownerId(), s.name(), s.appKind(), s.agentType(), s.isPublic(),
                s.parentSessionId(), s.modelSettingId(), s.forkInfo(), s.titlePinned(), s.lastMessageAt(), s.createdAt(),
                s.updatedAt(), s.deleted(), version);
    }

    private java.util.List<SessionId> ids(SessionSearch search) {
        return repository().search(search).sessions().stream().map(Session::id).toList();
    }

    private Session save(UserId owner, String name, AppKind kind, int secondsAfterStart) {
        return repository().save(Session.start(SessionId.random(), owner, name, kind, null,
                T0.plusSeconds(secondsAfterStart)));
    }
}
