package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.adapter.persistence.OrmConnectionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Plain JDBC on the ORM's connection (same transaction) for the connector tables. */
@ApplicationScoped
public class IntegrationsJdbc extends OrmConnectionJdbc {

    public IntegrationsJdbc(EntityManager entityManager) {
        super(entityManager);
    }
}
