package ai.iiagent.port.in.integrations;


/** Whether the caller has connected a provider, and to which account. */
public interface GetConnectorStatusUseCase {

    ConnectorStatus status(GetConnectorStatusQuery query);
}
