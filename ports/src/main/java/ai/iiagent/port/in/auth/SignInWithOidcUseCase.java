package ai.iiagent.port.in.auth;

/**
 * Finishes an OpenID Connect login: the provider vouched for the e-mail, so the account with that
 * address signs in, or one is created (waitlist and first-admin rules apply). Unverified e-mail
 * addresses are refused, since they would let anyone claim an existing account.
 */
public interface SignInWithOidcUseCase {

    IssuedTokens signIn(SignInWithOidcCommand command);
}
