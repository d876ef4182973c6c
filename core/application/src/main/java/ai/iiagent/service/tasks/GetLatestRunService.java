package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.tasks.GetLatestRunQuery;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import java.util.Optional;

/** Checks the caller may read the session (through the sessions feature), then reads its latest run. */
public final class GetLatestRunService implements GetLatestRunUseCase {

    private final GetSessionUseCase sessions;
    private final RunTaskRepository runs;

    public GetLatestRunService(GetSessionUseCase sessions, RunTaskRepository runs) {
        this.sessions = sessions;
        this.runs = runs;
    }

    @Override
    public Optional<RunTask> latest(GetLatestRunQuery query) {
        sessions.get(query.session());
        return runs.latestForSession(query.session().sessionId());
    }
}
