package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.Credits;

/**
 * Returns the holds of a run that will never settle them (its process died), at once instead of
 * after the reservations' lifetime. Nothing is known of what the interrupted calls used, so each
 * whole hold goes back; a hold that ended meanwhile is left alone.
 */
public interface ReleaseRunHoldsUseCase {

    /** @return the credits returned */
    Credits release(ReleaseRunHoldsCommand command);
}
