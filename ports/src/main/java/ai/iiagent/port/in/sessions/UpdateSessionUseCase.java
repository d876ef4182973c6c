package ai.iiagent.port.in.sessions;

/** Owner changes to a session: rename (which pins the title), publish or unpublish, soft delete. */
public interface UpdateSessionUseCase {

    /** @return the session as stored afterwards, with its plan */
    SessionView update(UpdateSessionCommand command);
}
