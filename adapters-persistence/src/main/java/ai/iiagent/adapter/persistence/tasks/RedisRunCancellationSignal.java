package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import java.time.Duration;

/**
 * Cancel flags shared by every node: key {@code run_cancel:<run id>}. The key expires so a flag
 * whose run died with its node does not stay forever.
 */
public final class RedisRunCancellationSignal implements RunCancellationSignal {

    static final Duration FLAG_TTL = Duration.ofHours(1);
    private static final String PREFIX = "run_cancel:";

    private final ValueCommands<String, String> values;

    public RedisRunCancellationSignal(RedisDataSource redis) {
        this.values = redis.value(String.class);
    }

    @Override
    public void raise(RunId run) {
        values.set(key(run), "1", new SetArgs().ex(FLAG_TTL));
    }

    @Override
    public boolean isRaised(RunId run) {
        return "1".equals(values.get(key(run)));
    }

    @Override
    public void clear(RunId run) {
        values.getdel(key(run));
    }

    private static String key(RunId run) {
        return PREFIX + run;
    }
}
