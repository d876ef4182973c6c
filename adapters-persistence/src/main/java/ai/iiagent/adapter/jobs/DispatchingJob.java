package ai.iiagent.adapter.jobs;

import ai.iiagent.port.out.jobs.JobContext;
import ai.iiagent.port.out.jobs.JobHandler;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.jobs.RetryableJobFailure;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One try of a durable job: records the try, runs the kind's handler, then ends the job or, on a
 * {@link RetryableJobFailure} with tries left, schedules the next try after the back-off delay.
 */
final class DispatchingJob implements Job {

    private static final Logger LOG = Logger.getLogger(DispatchingJob.class);

    private final QuartzJobEngine engine;

    DispatchingJob(QuartzJobEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobId id = new JobId(UUID.fromString(context.getJobDetail().getKey().getName()));
        JobRows rows = engine.rows();
        OptionalInt attempt = rows.startAttempt(id);
        if (attempt.isEmpty()) {
            rows.finish(id, JobState.CANCELLED, null); // a no-op unless it was cancelled while running (or crashed)
            return;
        }
        JobDataMap data = context.getMergedJobDataMap();
        String kind = data.getString(QuartzJobEngine.KIND);
        Optional<JobHandler> handler = engine.handler(kind);
        if (handler.isEmpty()) {
            rows.finish(id, JobState.FAILED, "no handler for job kind " + kind);
            return;
        }
        // One line per try, naming the node: which node ran a job, and how often, is read off the logs.
        LOG.infof("job %s (%s): try %d on %s", id, kind, attempt.getAsInt(), instanceId(context));
        Context running = new Context(id, parameters(data), attempt.getAsInt(), rows);
        try {
            handler.get().run(running);
            rows.finish(id, JobState.SUCCEEDED, null);
        } catch (RetryableJobFailure e) {
            retryOrFail(context, rows, id, attempt.getAsInt(), retryPolicy(data, rows.maxAttempts(id)), e)
                    .ifPresent(error -> failed(handler.get(), running, error));
        } catch (Exception e) {
            if (isShuttingDown(context)) {
                LOG.infof("job %s interrupted by shutdown; it runs again after restart", id);
                return;
            }
            LOG.warnf(e, "job %s (%s) failed", id, kind);
            String error = String.valueOf(e.getMessage());
            rows.finish(id, JobState.FAILED, error);
            failed(handler.get(), running, error);
        }
    }

    private static void failed(JobHandler handler, JobContext context, String error) {
        try {
            handler.failed(context, error);
        } catch (RuntimeException e) {
            LOG.warnf(e, "job %s: marking its work failed did not work", context.id());
        }
    }

    /** Schedules the next try; when there is none, fails the job and answers why. */
    private static Optional<String> retryOrFail(JobExecutionContext context, JobRows rows, JobId id, int attempt,
            RetryPolicy policy, RuntimeException e) {
        if (attempt >= policy.maxAttempts()) {
            String error = "gave up after " + attempt + " tries: " + e.getMessage();
            rows.finish(id, JobState.FAILED, error);
            return Optional.of(error);
        }
        Duration delay = policy.delayBefore(attempt + 1);
        rows.retryWait(id, e.getMessage());
        Trigger next = TriggerBuilder.newTrigger()
                .withIdentity(id + "-" + (attempt + 1), QuartzJobEngine.JOBS_GROUP)
                .forJob(context.getJobDetail())
                .startAt(new Date(System.currentTimeMillis() + delay.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().scheduleJob(next);
            LOG.infof("job %s: try %d failed (%s); next try in %s", id, attempt, e.getMessage(), delay);
            return Optional.empty();
        } catch (SchedulerException scheduling) {
            String error = "could not schedule a retry: " + scheduling.getMessage();
            rows.finish(id, JobState.FAILED, error);
            return Optional.of(error);
        }
    }

    private static RetryPolicy retryPolicy(JobDataMap data, int maxAttempts) {
        return new RetryPolicy(maxAttempts,
                Duration.ofMillis(Long.parseLong(data.getString(QuartzJobEngine.FIRST_DELAY))),
                Double.parseDouble(data.getString(QuartzJobEngine.FACTOR)),
                Duration.ofMillis(Long.parseLong(data.getString(QuartzJobEngine.MAX_DELAY))));
    }

    private static Map<String, String> parameters(JobDataMap data) {
        Map<String, String> parameters = new HashMap<>();
        for (String key : data.getKeys()) {
            if (key.startsWith(QuartzJobEngine.PARAMETER)) {
                parameters.put(key.substring(QuartzJobEngine.PARAMETER.length()), data.getString(key));
            }
        }
        return Map.copyOf(parameters);
    }

    private static String instanceId(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown node";
        }
    }

    private static boolean isShuttingDown(JobExecutionContext context) {
        try {
            return context.getScheduler().isShutdown();
        } catch (SchedulerException e) {
            return true;
        }
    }

    private record Context(JobId id, Map<String, String> parameters, int attempt, JobRows rows) implements JobContext {

        @Override
        public void progress(int done, int total, String note) {
            rows.progress(id, done, total, note);
        }

        @Override
        public boolean cancelRequested() {
            return rows.cancelRequested(id);
        }
    }
}
