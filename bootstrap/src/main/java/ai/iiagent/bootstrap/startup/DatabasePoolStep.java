package ai.iiagent.bootstrap.startup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Step 1: the pool hands out a working connection. Logs server version and database, never credentials. */
@ApplicationScoped
public class DatabasePoolStep implements StartupStep {

    private final AgroalDataSource dataSource;

    public DatabasePoolStep(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database pool";
    }

    @Override
    public String run() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select current_setting('server_version'), current_database(), "
                             + "coalesce(host(inet_server_addr()), 'local socket'), inet_server_port()")) {
            row.next();
            return "PostgreSQL %s, database '%s' at %s:%s, pool max %d".formatted(row.getString(1), row.getString(2),
                    row.getString(3), row.getString(4), dataSource.getConfiguration().connectionPoolConfiguration().maxSize());
        }
    }
}
