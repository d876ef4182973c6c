package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.tasks.RunId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Test double for services that cancel runs. */
public final class InMemoryRunCancellationSignal implements RunCancellationSignal {

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
