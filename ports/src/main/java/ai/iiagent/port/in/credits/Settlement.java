package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationStatus;

/**
 * How a reservation ended: {@code charged} the credits it finally cost, {@code uncharged} what the
 * balance could not cover (then {@code status} is settlement_failed), {@code remaining} the balance
 * after. {@code alreadyEnded} when it had ended before this call (nothing changed).
 */
public record Settlement(ReservationStatus status, Credits charged, Credits uncharged, Credits remaining,
                         boolean alreadyEnded) {
}
