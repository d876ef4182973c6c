package ai.iiagent.port.in.sessions;

/** Pins or unpins a session, or adds it to or removes it from the wishlist; only the owner's own sessions. */
public interface MarkSessionUseCase {

    /** @return whether anything changed */
    boolean mark(MarkSessionCommand command);
}
