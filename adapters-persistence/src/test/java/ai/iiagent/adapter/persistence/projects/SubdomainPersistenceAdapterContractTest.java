package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.SubdomainRegistryContractTest;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The shared {@link SubdomainRegistryPort} contract on the embedded registry (table project_subdomains, PostgreSQL). */
@QuarkusTest
class SubdomainPersistenceAdapterContractTest extends SubdomainRegistryContractTest {

    @Inject
    SubdomainPersistenceAdapter adapter;

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected SubdomainRegistryPort registry() {
        return adapter;
    }

    @Override
    protected Holder newHolder() {
        try {
            UUID user = insertReturningId("insert into users (email) values ('" + UUID.randomUUID()
                    + "@example.com') returning id");
            UUID session = insertReturningId("insert into sessions (user_id) values ('" + user + "') returning id");
            UUID project = insertReturningId("insert into projects (id, session_id, user_id, name, framework) values ('"
                    + UUID.randomUUID() + "', '" + session + "', '" + user + "', 'site', 'static') returning id");
            return new Holder(new ProjectId(project), new UserId(user));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID insertReturningId(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }
}
