package ai.iiagent.port.in.auth;

/** E-mail and password sign-in. Repeated failures for one e-mail from one address are throttled (429 with a retry time); unknown e-mail and wrong password fail alike. */
public interface LogInLocallyUseCase {

    IssuedTokens logIn(LogInLocallyCommand command);
}
