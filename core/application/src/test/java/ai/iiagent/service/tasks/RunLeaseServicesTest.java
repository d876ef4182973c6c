package ai.iiagent.service.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunLease;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.tasks.InMemoryRunTaskRepository;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The node that starts or resumes a run holds it, and its renewals keep it from being taken as orphaned. */
class RunLeaseServicesTest {

    private static final Duration LEASE = Duration.ofSeconds(20);
    private static final Duration RENEW = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final InMemoryRunTaskRepository runs = new InMemoryRunTaskRepository();
    private final LeaseTerms nodeA = new LeaseTerms(new NodeId("a"), LEASE, RENEW);
    private final LeaseTerms nodeB = new LeaseTerms(new NodeId("b"), LEASE, RENEW);

    @Test
    void givenANode_whenItClaimsARun_thenItHoldsTheRunForOneLease() {
        RunTask run = new ClaimRunService(runs, clock, nodeA, new DirectUnitOfWork())
                .claim(new ClaimRunCommand(SessionId.random(), RunKind.AGENT_RUN, "query"));

        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.leaseOf(run.id())).contains(new RunLease(nodeA.node(), clock.now().plus(LEASE)));
        assertThat(runs.findActiveWithLapsedLease(clock.now().plus(LEASE).minusSeconds(1))).isEmpty();
    }

    @Test
    void givenAClaimedRun_whenItsNodeRenewsEveryInterval_thenItNeverLapses_andLapsesOnceTheNodeStops() {
        RunTask run = new ClaimRunService(runs, clock, nodeA, new DirectUnitOfWork())
                .claim(new ClaimRunCommand(SessionId.random(), RunKind.AGENT_RUN, "query"));
        RenewRunLeasesService renewer = new RenewRunLeasesService(runs, clock, nodeA);

        for (int i = 0; i < 10; i++) {
            clock.advance(RENEW);
            assertThat(renewer.renew()).isEqualTo(1);
            assertThat(runs.findActiveWithLapsedLease(clock.now())).isEmpty();
        }
        clock.advance(LEASE.plusSeconds(1));
        assertThat(runs.findActiveWithLapsedLease(clock.now())).extracting(RunTask::id).containsExactly(run.id());
    }

    @Test
    void givenARunPausedOnNodeA_whenResumedOnNodeB_thenBHoldsIt_andARenewsNothing() {
        RunTask run = new ClaimRunService(runs, clock, nodeA, new DirectUnitOfWork())
                .claim(new ClaimRunCommand(SessionId.random(), RunKind.AGENT_RUN, "query"));
        new MoveRunService(runs, clock, nodeA, new DirectUnitOfWork())
                .move(new MoveRunCommand(run.id(), RunStatus.PAUSED, "waiting for the user", null));
        clock.advance(Duration.ofMinutes(5));

        new MoveRunService(runs, clock, nodeB, new DirectUnitOfWork())
                .move(new MoveRunCommand(run.id(), RunStatus.RUNNING, "continued by the user", null));

        assertThat(runs.leaseOf(run.id())).contains(new RunLease(nodeB.node(), clock.now().plus(LEASE)));
        assertThat(new RenewRunLeasesService(runs, clock, nodeA).renew()).isZero();
        assertThat(new RenewRunLeasesService(runs, clock, nodeB).renew()).isEqualTo(1);
    }

    @Test
    void givenALeaseShorterThanTwoRenewals_whenConfigured_thenRefused() {
        assertThatThrownBy(() -> new LeaseTerms(new NodeId("a"), Duration.ofSeconds(9), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two renewal intervals");
    }
}
