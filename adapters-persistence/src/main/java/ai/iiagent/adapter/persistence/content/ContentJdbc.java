package ai.iiagent.adapter.persistence.content;

import ai.iiagent.adapter.persistence.OrmConnectionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Plain JDBC on the ORM's connection (same transaction) for the slide tables. */
@ApplicationScoped
public class ContentJdbc extends OrmConnectionJdbc {

    public ContentJdbc(EntityManager entityManager) {
        super(entityManager);
    }
}
