package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/** Stored connections, at most one per user and provider. */
public interface ConnectorRepository {

    /** Inserts, or replaces the user's connection to the same provider. */
    void save(Connector connector);

    Optional<Connector> find(UserId owner, ConnectorProvider provider);

    /** @return whether there was one to delete */
    boolean delete(UserId owner, ConnectorProvider provider);
}
