package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Our own settings ({@code app.*}); read once here and handed on as {@link AppSettings}. */
@ConfigMapping(prefix = "app")
public interface AppConfig {

    /** Where embedded PostgreSQL, local storage and generated keys live. */
    @WithDefault("data")
    String dataDir();

    /** The URL people reach this server at, when it differs from http://localhost:PORT. */
    Optional<String> publicUrl();

    @WithDefault("false")
    boolean skipMigrations();

    /** Set from REDIS_URL; absent means single-node, in-process pubsub. */
    Optional<String> redisUrl();

    /** Accounts, tokens and sign-in ({@code app.auth.*}). */
    AuthConfig auth();

    /** Who the HTTP server believes about client addresses ({@code app.http.*}). */
    HttpConfig http();

    /** Runs ({@code app.runs.*}). */
    RunsConfig runs();

    /** Agent runtime and model providers ({@code app.agents.*}). */
    AgentsConfig agents();

    /** Credits ({@code app.credits.*}). */
    CreditsConfig credits();

    /** Sessions' sandboxes ({@code app.sandbox.*}). */
    SandboxConfig sandbox();

    /** Live connections ({@code app.realtime.*}). */
    RealtimeConfig realtime();

    /** Models, MCP servers, skills and the secrets master key ({@code app.user-settings.*}). */
    UserSettingsConfig userSettings();

    /** The client for the users' MCP servers ({@code app.mcp.*}). */
    McpConfig mcp();

    /**
     * One full garbage collection once start-up is done, so the start-up garbage in the old generation
     * is freed and (with bin/run's JVM options) its memory given back; APP_COMPACT_HEAP_AT_START=false skips it.
     */
    @WithDefault("true")
    boolean compactHeapAtStart();

    /** LOG_JSON=true: JSON console lines for log shippers. */
    @WithDefault("false")
    boolean logJson();

    default AppSettings toSettings(int httpPort) {
        String url = publicUrl().filter(value -> !value.isBlank()).orElse("http://localhost:" + httpPort);
        return new AppSettings(dataDir(), url.replaceAll("/+$", ""), skipMigrations(),
                redisUrl().filter(value -> !value.isBlank()).isPresent(), compactHeapAtStart());
    }
}
