package ai.iiagent.port.in.credits;

/** The caller's own ledger, newest first ({@code GET /v1/credits/history}). */
public interface ListCreditHistoryUseCase {

    CreditHistory history(ListCreditHistoryQuery query);
}
