package ai.iiagent.bootstrap.config;

/** Plain, already-validated application settings. */
public record AppSettings(String dataDir, String publicUrl, boolean skipMigrations, boolean redisConfigured,
                          boolean compactHeapAtStart) {
}
