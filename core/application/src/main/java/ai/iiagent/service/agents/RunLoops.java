package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Makes the {@link RunLoop} of a started or resumed run and its events, and runs it on its own
 * virtual thread ({@code runs}), so it keeps going when the client disconnects.
 */
public final class RunLoops {

    private final RunLoopPorts ports;
    private final PublishSessionEventsUseCase events;
    private final RunEventEncoding encoding;
    private final AgentSettings settings;
    private final ExecutorService runs;

    public RunLoops(RunLoopPorts ports, PublishSessionEventsUseCase events, RunEventEncoding encoding,
                    AgentSettings settings, ExecutorService runs) {
        this.ports = ports;
        this.events = events;
        this.encoding = encoding;
        this.settings = settings;
        this.runs = runs;
    }

    RunEvents events(SessionId sessionId, RunId runId) {
        return new RunEvents(events, encoding, sessionId, runId);
    }

    RunLoop loop(RunEvents events, Identity owner, ResolvedModel model, List<Message> history, ToolCatalog catalog,
                 RunLoop.RunFinish finish) {
        return new RunLoop(ports, settings, events, owner, model, history, catalog, finish);
    }

    /** The runs' executor: loops and the work beside them (a model-written title) run there. */
    ExecutorService runs() {
        return runs;
    }
}
