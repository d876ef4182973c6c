package ai.iiagent.adapter.security;

import ai.iiagent.port.out.auth.LoginThrottlePort;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Failed sign-ins counted in Redis, so every node sees the same sliding window: one sorted set per key
 * (score = failure time in ms), trimmed on read, expiring with the window. Keys are SHA-256 of the
 * e-mail + address pair, so Redis holds no e-mail addresses.
 */
public final class RedisLoginThrottle implements LoginThrottlePort {

    private static final String PREFIX = "login_failures:";

    private final SortedSetCommands<String, String> failures;
    private final KeyCommands<String> keys;
    private final int maxFailures;
    private final Duration window;

    public RedisLoginThrottle(RedisDataSource redis, int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need maxFailures >= 1 and a positive window");
        }
        this.failures = redis.sortedSet(String.class);
        this.keys = redis.key();
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public Optional<Duration> blockedFor(String key, Instant now) {
        String redisKey = redisKey(key);
        failures.zremrangebyscore(redisKey, new ScoreRange<>(Double.NEGATIVE_INFINITY, windowStart(now)));
        if (failures.zcard(redisKey) < maxFailures) {
            return Optional.empty();
        }
        List<ScoredValue<String>> oldest = failures.zrangeWithScores(redisKey, 0, 0);
        if (oldest.isEmpty()) {
            return Optional.empty();
        }
        Instant freeAt = Instant.ofEpochMilli((long) oldest.getFirst().score()).plus(window);
        return Optional.of(Duration.between(now, freeAt));
    }

    @Override
    public void recordFailure(String key, Instant now) {
        String redisKey = redisKey(key);
        // A unique member per failure: two failures in the same millisecond both count.
        failures.zadd(redisKey, now.toEpochMilli(), now.toEpochMilli() + ":" + UUID.randomUUID());
        keys.pexpire(redisKey, window.toMillis());
    }

    @Override
    public void reset(String key) {
        keys.del(redisKey(key));
    }

    private double windowStart(Instant now) {
        return now.minus(window).toEpochMilli();
    }

    private static String redisKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
