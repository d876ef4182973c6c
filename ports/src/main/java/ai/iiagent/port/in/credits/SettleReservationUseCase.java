package ai.iiagent.port.in.credits;

/**
 * Ends a hold with the call's real cost: refunds the unused part or charges the shortfall from the
 * live balance (down to the shortfall window; beyond it the account is marked for reconciliation
 * and the reservation {@code settlement_failed}); records the usage. Exactly once per reservation:
 * settling an ended reservation changes nothing.
 */
public interface SettleReservationUseCase {

    Settlement settle(SettleReservationCommand command);
}
