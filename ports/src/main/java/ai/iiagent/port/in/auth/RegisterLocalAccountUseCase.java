package ai.iiagent.port.in.auth;

/** Local sign-up (when enabled): creates the account with an Argon2id password hash and signs it in. */
public interface RegisterLocalAccountUseCase {

    IssuedTokens register(RegisterLocalAccountCommand command);
}
