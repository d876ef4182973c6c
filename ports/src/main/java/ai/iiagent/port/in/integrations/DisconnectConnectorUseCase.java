package ai.iiagent.port.in.integrations;


/** Revokes the caller's grant at the provider (best effort) and forgets the tokens; not connected is {@code connector_not_connected}. */
public interface DisconnectConnectorUseCase {

    void disconnect(DisconnectConnectorCommand command);
}
