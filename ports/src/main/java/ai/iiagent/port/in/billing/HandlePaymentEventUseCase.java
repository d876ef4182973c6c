package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.PaymentEventOutcome;

/**
 * Applies a verified payment event exactly once per event id, in one unit of work together with
 * the record of it in {@code billing_transactions}: checkout completed links customer and
 * subscription or grants a paid top-up; invoice paid grants the plan's credits for the period;
 * subscription updated/deleted changes plan and status (deleted: back to free). Every other type,
 * and events naming no known user, are recorded as ignored. A replayed or concurrently delivered
 * event returns {@link PaymentEventOutcome#DUPLICATE} and changes nothing.
 */
public interface HandlePaymentEventUseCase {

    PaymentEventOutcome handle(HandlePaymentEventCommand command);
}
