package ai.iiagent.port.in.users;

/**
 * Deactivates the caller's own account: its rows stay (ledger, sessions), but every token and API
 * key stops working at once because authentication checks the account on each request.
 */
public interface DeactivateAccountUseCase {

    void deactivate(DeactivateAccountCommand command);
}
