package ai.iiagent.port.in.credits;

/**
 * Verifies the books for all users: for every account and pool the ledger sums to the balance;
 * every reservation's entries sum to minus what it kept (held: the hold; settled: the cost;
 * released or expired: zero; settlement_failed: the cost minus what could not be charged).
 */
public interface CheckLedgerConsistencyUseCase {

    ConsistencyReport check();
}
