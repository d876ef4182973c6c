package ai.iiagent.port.out.users;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link UserRepository} for use-case tests; passes {@link UserRepositoryContractTest}. */
public class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized void save(User user) {
        findByEmail(user.email())
                .filter(other -> !other.id().equals(user.id()))
                .ifPresent(other -> {
                    throw new EmailAlreadyRegisteredException();
                });
        users.put(user.id(), User.rehydrate(user.snapshot()));
    }

    @Override
    public boolean existsAny() {
        return !users.isEmpty();
    }
}
