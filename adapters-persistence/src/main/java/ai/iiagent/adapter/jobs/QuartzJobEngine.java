package ai.iiagent.adapter.jobs;

import ai.iiagent.port.out.jobs.ClusterSweeps;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobHandler;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * {@link DurableJobs} and {@link ClusterSweeps} on Quartz with the clustered JDBC job store (JobStoreTX) on the
 * application's PostgreSQL. Quartz stores the triggers and guarantees that one node fires each; a node that dies
 * mid-job has its job recovered (run again) by the next node that checks in. {@code durable_jobs} keeps what the
 * port reports: state, tries, progress and the cancel flag.
 */
public final class QuartzJobEngine implements DurableJobs, ClusterSweeps, AutoCloseable {

    static final String JOBS_GROUP = "durable";
    static final String SWEEPS_GROUP = "sweeps";
    static final String KIND = "kind";
    static final String PARAMETER = "p.";
    static final String FIRST_DELAY = "retry.first-ms";
    static final String FACTOR = "retry.factor";
    static final String MAX_DELAY = "retry.max-ms";

    private static final Logger LOG = Logger.getLogger(QuartzJobEngine.class);

    private final JobsPool pool;
    private final JobRows rows;
    private final Scheduler scheduler;
    private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, Runnable> sweeps = new ConcurrentHashMap<>();

    public QuartzJobEngine(JobEngineSettings settings) {
        this.pool = new JobsPool(settings);
        this.rows = new JobRows(pool);
        String dataSourceName = "iiagent-jobs-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, pool);
        // Quartz instantiates its class-load helper by name through the context class loader: make that the
        // engine's own, so the helper (and through it the job classes) come from the same loader as this class.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(QuartzJobEngine.class.getClassLoader());
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(quartzProperties(settings, dataSourceName));
            this.scheduler = factory.getScheduler();
            // Quartz keeps schedulers in a static repository by name; tests run several nodes of one cluster in a JVM.
            SchedulerRepository.getInstance().remove(settings.schedulerName());
            scheduler.setJobFactory(new EngineJobFactory(this));
        } catch (SchedulerException e) {
            pool.shutdown();
            throw new IllegalStateException("the job engine could not be created: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Properties quartzProperties(JobEngineSettings settings, String dataSourceName) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
        properties.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
        properties.setProperty("org.quartz.scheduler.classLoadHelper.class", EngineClassLoadHelper.class.getName());
        properties.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(settings.idleWait().toMillis()));
        properties.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(settings.threads()));
        properties.setProperty("org.quartz.scheduler.jmx.export", "false");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "jobs-" + settings.instanceId());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(settings.checkinInterval().toMillis()));
        properties.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(settings.misfireThreshold().toMillis()));
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return properties;
    }

    /** Starts firing jobs on this node (also recovering those of nodes that died). */
    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the job engine could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Stops this node without waiting for running jobs: what they had not finished stays in the job store and is
     * run again by the next node (or this one after restart), as after a crash.
     */
    @Override
    public void close() {
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.warnf("job engine shutdown: %s", e.getMessage());
        }
        pool.shutdown();
    }

    @Override
    public void handle(String kind, JobHandler handler) {
        handlers.put(kind, handler);
    }

    @Override
    public JobId submit(JobRequest request) {
        JobId id = JobId.random();
        rows.insert(id, request);
        JobDataMap data = new JobDataMap();
        data.put(KIND, request.kind());
        request.parameters().forEach((name, value) -> data.put(PARAMETER + name, value));
        data.put(FIRST_DELAY, Long.toString(request.retry().firstDelay().toMillis()));
        data.put(FACTOR, Double.toString(request.retry().factor()));
        data.put(MAX_DELAY, Long.toString(request.retry().maxDelay().toMillis()));
        JobDetail job = JobBuilder.newJob(DispatchingJob.class)
                .withIdentity(id.toString(), JOBS_GROUP)
                .usingJobData(data)
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(id + "-1", JOBS_GROUP)
                .forJob(job)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            rows.finish(id, JobState.FAILED, "could not be queued: " + e.getMessage());
            throw new IllegalStateException("the job could not be queued: " + e.getMessage(), e);
        }
        return id;
    }

    @Override
    public boolean cancel(JobId id) {
        Optional<JobState> after = rows.requestCancel(id);
        if (after.isEmpty()) {
            return false;
        }
        if (after.get() == JobState.CANCELLED) {
            try {
                scheduler.deleteJob(JobKey.jobKey(id.toString(), JOBS_GROUP));
            } catch (SchedulerException e) {
                LOG.warnf("cancelled job %s: its trigger stays (it ends at once when fired): %s", id, e.getMessage());
            }
        }
        return true;
    }

    @Override
    public Optional<JobStatus> status(JobId id) {
        return rows.find(id);
    }

    @Override
    public Optional<JobStatus> latestFor(String subject) {
        return rows.latestFor(subject).flatMap(rows::find);
    }

    @Override
    public void schedule(String name, Duration every, Runnable sweep) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("sweep " + name + ": the interval must be positive");
        }
        sweeps.put(name, sweep);
        TriggerKey key = TriggerKey.triggerKey(name, SWEEPS_GROUP);
        try {
            Trigger existing = scheduler.getTrigger(key);
            if (existing instanceof SimpleTrigger simple && simple.getRepeatInterval() == every.toMillis()) {
                return; // another node (or this one before a restart) scheduled it already
            }
            JobDetail job = JobBuilder.newJob(SweepJob.class).withIdentity(name, SWEEPS_GROUP).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(job)
                    .startAt(new Date(System.currentTimeMillis() + every.toMillis()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(every.toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("sweep " + name + " could not be scheduled: " + e.getMessage(), e);
        }
    }

    JobRows rows() {
        return rows;
    }

    Optional<JobHandler> handler(String kind) {
        return Optional.ofNullable(handlers.get(kind));
    }

    Optional<Runnable> sweep(String name) {
        return Optional.ofNullable(sweeps.get(name));
    }
}
