package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.jobs.JobEngineSettings;
import ai.iiagent.adapter.jobs.QuartzJobEngine;
import ai.iiagent.bootstrap.config.JobsConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import ai.iiagent.port.out.jobs.DurableJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The job engine (Quartz, clustered JDBC store); the bean is also the {@link DurableJobs} and {@link ClusterSweeps}. Handlers and sweeps
 * are registered by the features' wiring; the engine starts firing last among the scheduled jobs.
 */
@ApplicationScoped
public class JobEngineWiring {

    @Produces
    @Singleton
    QuartzJobEngine jobEngine(JobsConfig config) {
        return new QuartzJobEngine(new JobEngineSettings(config.schedulerName(), config.instanceId(), config.threads(),
                config.checkinInterval(), config.idleWait(), config.misfireThreshold(), config.database().url(),
                config.database().user(), config.database().password()));
    }

    void close(@Disposes QuartzJobEngine engine) {
        engine.close();
    }

    @Produces
    @Singleton
    StartupContribution jobEngineStart(QuartzJobEngine engine, JobsConfig config) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "job engine (" + config.threads() + " workers, cluster " + config.schedulerName() + ")";
            }

            @Override
            public int order() {
                return 100;
            }

            @Override
            public void start() {
                engine.start();
            }
        };
    }
}
