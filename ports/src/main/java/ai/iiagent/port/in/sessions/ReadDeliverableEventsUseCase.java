package ai.iiagent.port.in.sessions;

/**
 * Reads the event log for live delivery on this node: replay to a connection that has already
 * joined (access was checked by {@link JoinSessionUseCase}) and backfill of a seq gap seen on the
 * event bus. Internal events are never returned.
 */
public interface ReadDeliverableEventsUseCase {

    EventLogSlice read(ReadDeliverableEventsQuery query);
}
