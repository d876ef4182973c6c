package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code get_database_connection}: the project's PostgreSQL database, provisioned on first use and
 * written to its .env. The answer never holds the password (it is in .env).
 */
public final class GetDatabaseConnectionTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("get_database_connection",
            "Get the project's own PostgreSQL database (created on first use). Its DATABASE_URL and PG* variables"
                    + " are written to the project's .env.",
            Map.of("type", "object", "required", List.of("database_type"), "properties", Map.of(
                    "database_type", Map.of("type", "string", "enum", List.of("postgres")))));

    private final ProjectBackend projects;

    public GetDatabaseConnectionTool(ProjectBackend projects) {
        this.projects = projects;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Object type = invocation.arguments().get("database_type");
        if (!"postgres".equals(type) && !"postgresql".equals(type)) {
            return ToolOutcome.failed("database_type '" + type + "' is not offered here: only postgres");
        }
        ProjectBackend.EnvFile env;
        try {
            env = projects.writeEnvFile(invocation.userId(), invocation.sessionId(), true, invocation.reservation());
        } catch (DomainException refused) {
            return new ToolOutcome("No database: " + refused.getMessage(), Map.of("reason", refused.code().value()), true);
        }
        if (env.databaseUrl() == null) {
            return ToolOutcome.failed("The project has a database, but this sandbox kind cannot reach it.");
        }
        return new ToolOutcome("PostgreSQL database ready: " + env.databaseUrl() + "\nThe full DATABASE_URL (with the"
                + " password) and PGHOST/PGDATABASE/PGUSER/PGPASSWORD are in /workspace/" + env.project().directory()
                + "/.env; restart_fullstack_servers to make the server read them.",
                Map.of("database_url", env.databaseUrl()), false);
    }
}
