package ai.iiagent.adapter.persistence.auth;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import ai.iiagent.port.out.auth.ApiKeyRepositoryContractTest;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import ai.iiagent.port.out.auth.LocalCredentialRepositoryContractTest;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import ai.iiagent.port.out.auth.RefreshTokenRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The identity repositories' shared contracts on PostgreSQL, with real user rows behind the foreign keys. */
@QuarkusTest
class AuthPersistenceAdaptersContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    RefreshTokenPersistenceAdapter refreshTokens;

    @Inject
    ApiKeyPersistenceAdapter apiKeys;

    @Inject
    LocalCredentialPersistenceAdapter credentials;

    UserId newUserRow() {
        User user = User.register(UserId.random(), Email.of("auth-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }

    @Nested
    class RefreshTokens extends RefreshTokenRepositoryContractTest {
        @Override
        protected RefreshTokenRepository repository() {
            return refreshTokens;
        }

        @Override
        protected UserId existingUser() {
            return newUserRow();
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContractTest {
        @Override
        protected ApiKeyRepository repository() {
            return apiKeys;
        }

        @Override
        protected UserId existingUser() {
            return newUserRow();
        }
    }

    @Nested
    class Credentials extends LocalCredentialRepositoryContractTest {
        @Override
        protected LocalCredentialRepository repository() {
            return credentials;
        }

        @Override
        protected UserId existingUser() {
            return newUserRow();
        }
    }
}
