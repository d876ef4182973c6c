package ai.iiagent.adapter.jobs;

import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** One run of a cluster sweep; never two at once in the cluster ({@link DisallowConcurrentExecution} is cluster-wide). */
@DisallowConcurrentExecution
final class SweepJob implements Job {

    private static final Logger LOG = Logger.getLogger(SweepJob.class);

    private final QuartzJobEngine engine;

    SweepJob(QuartzJobEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        engine.sweep(name).ifPresentOrElse(sweep -> {
            try {
                sweep.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "the %s failed; it runs again next interval", name);
            }
        }, () -> LOG.warnf("sweep %s is not registered on this node; skipped", name));
    }
}
