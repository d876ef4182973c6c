package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.adapter.persistence.tasks.InProcessRunCancellationSignal;
import ai.iiagent.adapter.persistence.tasks.RedisRunCancellationSignal;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.service.tasks.ClaimRunService;
import ai.iiagent.service.tasks.MoveRunService;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.inject.Instance;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.in.credits.ReleaseRunHoldsUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.service.agents.InterruptedRunCleanup;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.tasks.GetLatestRunService;
import ai.iiagent.service.tasks.RecoverInterruptedRunsService;
import ai.iiagent.service.tasks.RenewRunLeasesService;
import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.port.in.tasks.RenewRunLeasesUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The tasks feature: run services (cancel flags in Redis when configured, so any node can stop a run),
 * the lease by which this node holds the runs it drives, and the start-up recovery of runs whose node died.
 */
@ApplicationScoped
public class TasksWiring {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    @Produces
    @ApplicationScoped
    RecoverInterruptedRunsUseCase recoverInterruptedRuns(RunTaskRepository runs, PublishSessionEventsUseCase events,
                                                         UnitOfWork unitOfWork, ClockPort clock,
                                                         AgentMemoryRepository memory, ReleaseRunHoldsUseCase holds,
                                                         SessionNoticeEncoding encoding) {
        return new RecoverInterruptedRunsService(runs, events, unitOfWork, clock, new InterruptedRunCleanup(memory, holds),
                encoding);
    }

    @Produces
    @ApplicationScoped
    GetLatestRunUseCase getLatestRun(GetSessionUseCase sessions, RunTaskRepository runs) {
        return new GetLatestRunService(sessions, runs);
    }

    @Produces
    @ApplicationScoped
    RunCancellationSignal runCancellationSignal(AppSettings settings, Instance<RedisDataSource> redis) {
        return settings.redisConfigured() ? new RedisRunCancellationSignal(redis.get()) : new InProcessRunCancellationSignal();
    }

    @Produces
    @ApplicationScoped
    ClaimRunUseCase claimRun(RunTaskRepository runs, ClockPort clock, LeaseTerms lease, UnitOfWork unitOfWork) {
        return new ClaimRunService(runs, clock, lease, unitOfWork);
    }

    @Produces
    @ApplicationScoped
    MoveRunUseCase moveRun(RunTaskRepository runs, ClockPort clock, LeaseTerms lease, UnitOfWork unitOfWork) {
        return new MoveRunService(runs, clock, lease, unitOfWork);
    }

    /** This process's id in the cluster and how it holds its runs (docs/operations.md). */
    @Produces
    @Singleton
    LeaseTerms leaseTerms(AppConfig config) {
        LeaseTerms terms = new LeaseTerms(NodeIds.forThisProcess(config.runs().nodeName()), config.runs().leaseLength(),
                config.runs().leaseRenewInterval());
        LOG.infof("node %s: run leases of %s, renewed every %s", terms.node(), terms.length(), terms.renewEvery());
        return terms;
    }

    @Produces
    @ApplicationScoped
    RenewRunLeasesUseCase renewRunLeases(RunTaskRepository runs, ClockPort clock, LeaseTerms lease) {
        return new RenewRunLeasesService(runs, clock, lease);
    }

    @Produces
    @Singleton
    StartupContribution interruptedRunRecovery(RecoverInterruptedRunsUseCase recover, AppConfig config) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "interrupted-run recovery";
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public void start() {
                int recovered = recover.recover(new RecoverInterruptedRunsCommand("start-up"));
                LOG.infof("interrupted-run recovery: %d run(s) marked failed", recovered);
            }
        };
    }
}
