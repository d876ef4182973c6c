package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.tasks.RunTask;
import java.util.Optional;

/** The most recent run of a session the caller may read (replays report its status as {@code run_status}). */
public interface GetLatestRunUseCase {

    Optional<RunTask> latest(GetLatestRunQuery query);
}
