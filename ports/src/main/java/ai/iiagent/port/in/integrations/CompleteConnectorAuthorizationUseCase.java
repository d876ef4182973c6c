package ai.iiagent.port.in.integrations;


/** Completes an authorisation: checks the state (the caller's, this provider's, unused, unexpired), exchanges the code and stores the tokens sealed. */
public interface CompleteConnectorAuthorizationUseCase {

    ConnectorStatus complete(CompleteConnectorAuthorizationCommand command);
}
