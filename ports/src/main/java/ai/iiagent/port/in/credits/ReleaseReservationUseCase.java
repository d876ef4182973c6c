package ai.iiagent.port.in.credits;

/** Returns a whole hold to the pools it came from; exactly once (an ended reservation is left alone). */
public interface ReleaseReservationUseCase {

    Settlement release(ReleaseReservationCommand command);
}
