package ai.iiagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.bootstrap.startup.StartupSequence;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StartupSequenceTest {

    @Inject
    StartupSequence sequence;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenStartedApplication_thenStepsRanInDocumentedOrder() {
        assertThat(sequence.stepNames()).containsExactly("database pool", "redis", "migrations", "wiring",
                "pubsub subscribers", "socket endpoints", "seeding", "scheduled jobs");
    }

    @Inject
    ai.iiagent.port.out.pubsub.EventBusPort bus;

    @Test
    void givenNoRedis_thenEventsStayInProcess() {
        assertThat(io.quarkus.arc.ClientProxy.unwrap(bus))
                .isInstanceOf(ai.iiagent.adapter.persistence.pubsub.InProcessEventBus.class);
    }

    @Test
    void givenStartedApplication_thenBaselineMigrationApplied() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery(
                     "select count(*) from flyway_schema_history where version = '1' and success")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
    }
}
