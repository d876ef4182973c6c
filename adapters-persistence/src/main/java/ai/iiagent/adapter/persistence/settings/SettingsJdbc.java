package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.adapter.persistence.OrmConnectionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Plain JDBC on the ORM's connection (same transaction) for the settings tables, whose rows are mostly JSON. */
@ApplicationScoped
public class SettingsJdbc extends OrmConnectionJdbc {

    public SettingsJdbc(EntityManager entityManager) {
        super(entityManager);
    }
}
