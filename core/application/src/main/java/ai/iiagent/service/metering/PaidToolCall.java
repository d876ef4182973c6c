package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;

/** A paid tool port call made with the reservation that pays for it, and what it finally cost. */
public interface PaidToolCall<T> {

    T call(CreditReservation reservation);

    /** The real cost of the result; more than the declared maximum is charged as a shortfall. */
    Credits cost(T result);
}
