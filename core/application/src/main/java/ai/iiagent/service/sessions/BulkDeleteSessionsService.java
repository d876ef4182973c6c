package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.sessions.BulkDeleteResult;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsCommand;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionCommand;
import ai.iiagent.port.in.sessions.UpdateSessionUseCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Deletes each session on its own, so one bad id does not stop the others. */
public final class BulkDeleteSessionsService implements BulkDeleteSessionsUseCase {

    private final UpdateSessionUseCase update;

    public BulkDeleteSessionsService(UpdateSessionUseCase update) {
        this.update = update;
    }

    @Override
    public BulkDeleteResult delete(BulkDeleteSessionsCommand command) {
        List<SessionId> deleted = new ArrayList<>();
        List<SessionId> failed = new ArrayList<>();
        for (SessionId id : new LinkedHashSet<>(command.sessionIds())) {
            try {
                update.update(UpdateSessionCommand.delete(command.owner(), id));
                deleted.add(id);
            } catch (DomainException notDeletable) {
                failed.add(id);
            }
        }
        return new BulkDeleteResult(deleted, failed);
    }
}
