package ai.iiagent.adapter.jobs;

import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.RetryPolicy;
import java.util.Map;

/**
 * A node in its own JVM for {@link QuartzJobEngineTest}: starts the engine, submits one long job, prints its id and
 * runs until the test kills it with SIGKILL. Arguments: url user password cluster instance-id.
 */
public final class CrashingNode {

    private CrashingNode() {
    }

    public static void main(String[] args) throws Exception {
        QuartzJobEngine engine = new QuartzJobEngine(EngineNodes.settings(args[3], args[4], args[0], args[1], args[2]));
        engine.handle(EngineNodes.STEPS, EngineNodes.steps(20, 250));
        engine.start();
        var id = engine.submit(new JobRequest(EngineNodes.STEPS, "crash", Map.of(), RetryPolicy.NONE));
        System.out.println("JOB " + id);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
