package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Cancel flags for a single node: the run executes in the process that receives the cancel. */
public final class InProcessRunCancellationSignal implements RunCancellationSignal {

    private final Set<RunId> raised = ConcurrentHashMap.newKeySet();

    @Override
    public void raise(RunId run) {
        raised.add(run);
    }

    @Override
    public boolean isRaised(RunId run) {
        return raised.contains(run);
    }

    @Override
    public void clear(RunId run) {
        raised.remove(run);
    }
}
