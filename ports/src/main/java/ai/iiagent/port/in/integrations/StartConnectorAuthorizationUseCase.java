package ai.iiagent.port.in.integrations;


/** Starts an OAuth 2 authorisation for the caller: a single-use state bound to them, expiring, with PKCE where the provider takes it. */
public interface StartConnectorAuthorizationUseCase {

    AuthorizationLink start(StartConnectorAuthorizationCommand command);
}
