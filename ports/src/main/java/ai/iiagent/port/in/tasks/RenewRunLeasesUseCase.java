package ai.iiagent.port.in.tasks;

/**
 * Keeps this node's claim on the runs it drives: called more often than a lease lasts, so that no
 * other node takes them as orphaned while this one lives.
 */
public interface RenewRunLeasesUseCase {

    /** @return how many active runs this node holds (and just extended) */
    int renew();
}
