package ai.iiagent.adapter.security;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.port.out.auth.AttemptCounterPort;
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
 * Attempts counted in Redis so every node sees the same sliding window: one sorted set per key (score =
 * attempt time in ms), trimmed to the window and to the limit's size, expiring with the window. Keys are
 * SHA-256 of the caller's key, so Redis holds no addresses. {@link #tryAcquire} is one Lua script, so
 * the check and the count are atomic across nodes: never more, and under contention never fewer, than
 * the limit.
 */
public final class RedisAttemptCounter implements AttemptCounterPort {

    private static final String PREFIX = "attempts:";
    // Trim to the window; below the limit add the attempt (-1), else answer the deciding attempt's time.
    private static final String ACQUIRE = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            local count = redis.call('ZCARD', KEYS[1])
            local max = tonumber(ARGV[2])
            if count < max then
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
              redis.call('PEXPIRE', KEYS[1], ARGV[5])
              return -1
            end
            local deciding = redis.call('ZRANGE', KEYS[1], count - max, count - max, 'WITHSCORES')
            return tonumber(deciding[2])
            """;

    private final RedisDataSource redis;
    private final SortedSetCommands<String, String> attempts;
    private final KeyCommands<String> keys;

    public RedisAttemptCounter(RedisDataSource redis) {
        this.redis = redis;
        this.attempts = redis.sortedSet(String.class);
        this.keys = redis.key();
    }

    @Override
    public Optional<Duration> tryAcquire(String key, AttemptLimit limit, Instant now) {
        long decidingMillis = redis.execute("EVAL", ACQUIRE, "1", redisKey(key),
                String.valueOf((long) windowStart(limit, now)), String.valueOf(limit.max()),
                String.valueOf(now.toEpochMilli()), member(now), String.valueOf(limit.window().toMillis())).toLong();
        if (decidingMillis < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, Instant.ofEpochMilli(decidingMillis).plus(limit.window())));
    }

    @Override
    public Optional<Duration> blockedFor(String key, AttemptLimit limit, Instant now) {
        String redisKey = redisKey(key);
        attempts.zremrangebyscore(redisKey, new ScoreRange<>(Double.NEGATIVE_INFINITY, windowStart(limit, now)));
        return waitUntilUnder(redisKey, limit, now);
    }

    @Override
    public void record(String key, AttemptLimit limit, Instant now) {
        String redisKey = redisKey(key);
        add(redisKey, limit, now);
        // Only the newest max attempts matter for the decision; older ones would only cost memory.
        attempts.zremrangebyrank(redisKey, 0, -(limit.max() + 1L));
    }

    private void add(String redisKey, AttemptLimit limit, Instant now) {
        attempts.zremrangebyscore(redisKey, new ScoreRange<>(Double.NEGATIVE_INFINITY, windowStart(limit, now)));
        attempts.zadd(redisKey, now.toEpochMilli(), member(now));
        keys.pexpire(redisKey, limit.window().toMillis());
    }

    /** A unique member per attempt: two attempts in the same millisecond both count. */
    private static String member(Instant now) {
        return now.toEpochMilli() + ":" + UUID.randomUUID();
    }

    /** With n attempts in the window, the key is under the limit once the (n - max + 1)-th oldest leaves it. */
    private Optional<Duration> waitUntilUnder(String redisKey, AttemptLimit limit, Instant now) {
        long count = attempts.zcard(redisKey);
        if (count < limit.max()) {
            return Optional.empty();
        }
        long index = count - limit.max();
        List<ScoredValue<String>> deciding = attempts.zrangeWithScores(redisKey, index, index);
        if (deciding.isEmpty()) {
            return Optional.empty();
        }
        Instant freeAt = Instant.ofEpochMilli((long) deciding.getFirst().score()).plus(limit.window());
        return Optional.of(Duration.between(now, freeAt));
    }

    private static double windowStart(AttemptLimit limit, Instant now) {
        return now.minus(limit.window()).toEpochMilli();
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
