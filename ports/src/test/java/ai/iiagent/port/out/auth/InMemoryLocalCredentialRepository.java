package ai.iiagent.port.out.auth;

import ai.iiagent.domain.users.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link LocalCredentialRepository}. */
public class InMemoryLocalCredentialRepository implements LocalCredentialRepository {

    private final Map<UserId, String> hashes = new ConcurrentHashMap<>();

    @Override
    public void save(UserId userId, String passwordHash) {
        hashes.put(userId, passwordHash);
    }

    @Override
    public Optional<String> findHash(UserId userId) {
        return Optional.ofNullable(hashes.get(userId));
    }
}
