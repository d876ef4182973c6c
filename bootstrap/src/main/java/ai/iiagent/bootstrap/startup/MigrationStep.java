package ai.iiagent.bootstrap.startup;

import ai.iiagent.bootstrap.config.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Step 3: Flyway brings the schema up to date (unless APP_SKIP_MIGRATIONS=true, e.g. when another
 * node or a release job migrates), then Hibernate validates every entity against the live schema.
 */
@ApplicationScoped
public class MigrationStep implements StartupStep {

    private final AppSettings settings;
    private final Flyway flyway;
    private final EntityManagerFactory entityManagerFactory;

    public MigrationStep(AppSettings settings, Flyway flyway, EntityManagerFactory entityManagerFactory) {
        this.settings = settings;
        this.flyway = flyway;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public String name() {
        return "migrations";
    }

    @Override
    public String run() throws SchemaValidationException {
        String migrated;
        if (settings.skipMigrations()) {
            migrated = "skipped (APP_SKIP_MIGRATIONS=true)";
        } else {
            MigrateResult result = flyway.migrate();
            migrated = "%d applied, schema at version %s".formatted(result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion());
        }
        entityManagerFactory.getSchemaManager().validate();
        return migrated + "; entities match the schema";
    }

    private String currentVersion() {
        var current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
