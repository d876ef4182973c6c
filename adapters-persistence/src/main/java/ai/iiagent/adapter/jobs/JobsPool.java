package ai.iiagent.adapter.jobs;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.quartz.utils.ConnectionProvider;

/**
 * The engine's own small connection pool (Agroal, no JTA): Quartz commits its own transactions, and its threads
 * never wait for, or take, connections of the application's pool.
 */
final class JobsPool implements ConnectionProvider {

    private final AgroalDataSource dataSource;

    JobsPool(JobEngineSettings settings) {
        try {
            dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool
                            .maxSize(settings.poolSize())
                            .minSize(0)
                            .initialSize(0)
                            .acquisitionTimeout(Duration.ofSeconds(30))
                            .connectionFactoryConfiguration(factory -> factory
                                    .jdbcUrl(settings.jdbcUrl())
                                    .principal(new NamePrincipal(settings.user()))
                                    .credential(new SimplePassword(settings.password()))
                                    .autoCommit(true))));
        } catch (SQLException e) {
            throw new IllegalStateException("the job engine's connection pool could not start", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        dataSource.close();
    }

    @Override
    public void initialize() {
        // created in the constructor
    }
}
