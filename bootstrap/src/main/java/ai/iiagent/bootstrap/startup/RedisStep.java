package ai.iiagent.bootstrap.startup;

import ai.iiagent.bootstrap.config.AppSettings;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Step 2: when REDIS_URL is set, Redis answers PING; otherwise says that everything stays in-process. */
@ApplicationScoped
public class RedisStep implements StartupStep {

    private final AppSettings settings;
    private final Instance<RedisDataSource> redis;

    public RedisStep(AppSettings settings, Instance<RedisDataSource> redis) {
        this.settings = settings;
        this.redis = redis;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public String run() {
        if (!settings.redisConfigured()) {
            return "not configured: single node, in-process pubsub";
        }
        String reply = redis.get().execute("PING").toString();
        return "connected (" + reply + ")";
    }
}
