package ai.iiagent.port.in.credits;

/** Reads a user's current balance; a user without an account yet has zero in both pools. */
public interface GetCreditBalanceUseCase {

    CreditBalance balance(GetCreditBalanceQuery query);
}
