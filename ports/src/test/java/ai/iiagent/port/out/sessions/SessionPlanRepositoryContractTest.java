package ai.iiagent.port.out.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionPlanRepository} must have. */
public abstract class SessionPlanRepositoryContractTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract SessionPlanRepository repository();

    /** A session the store may reference. */
    protected abstract SessionId existingSession();

    @Test
    void givenPlanSavedTwice_whenFound_thenTheLatestWholePlanComesBack() {
        SessionId session = existingSession();
        repository().save(session, plan("first", 3), T0);
        SessionPlan latest = new SessionPlan("second", List.of(new Milestone("m1", "Research", MilestoneStatus.COMPLETED,
                "done by the agent", List.of()), new Milestone("m2", "Write", MilestoneStatus.IN_PROGRESS, null,
                List.of("m1"))));

        repository().save(session, latest, T0.plusSeconds(1));

        assertThat(repository().find(session)).contains(latest);
    }

    @Test
    void givenSomeSessionsWithPlans_whenFoundTogether_thenOnlyThoseHaveEntries() {
        SessionId planned = existingSession();
        SessionId other = existingSession();
        SessionId unplanned = existingSession();
        repository().save(planned, plan("a", 1), T0);
        repository().save(other, plan("b", 2), T0);

        assertThat(repository().findAll(List.of(planned, other, unplanned)))
                .containsOnlyKeys(planned, other)
                .containsEntry(other, plan("b", 2));
        assertThat(repository().find(unplanned)).isEmpty();
        assertThat(repository().findAll(List.of())).isEmpty();
    }

    private static SessionPlan plan(String summary, int milestones) {
        return new SessionPlan(summary, java.util.stream.IntStream.rangeClosed(1, milestones)
                .mapToObj(i -> new Milestone("m" + i, "step " + i, MilestoneStatus.PENDING, null, List.of()))
                .toList());
    }
}
