package ai.iiagent.adapter.jobs;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Creates the engine's two Quartz job types with the engine they report to (Quartz would need no-arg jobs). */
final class EngineJobFactory implements JobFactory {

    private final QuartzJobEngine engine;

    EngineJobFactory(QuartzJobEngine engine) {
        this.engine = engine;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == DispatchingJob.class) {
            return new DispatchingJob(engine);
        }
        if (type == SweepJob.class) {
            return new SweepJob(engine);
        }
        throw new SchedulerException("not a job of this engine: " + type.getName());
    }
}
