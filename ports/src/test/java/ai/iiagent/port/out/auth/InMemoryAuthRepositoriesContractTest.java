package ai.iiagent.port.out.auth;

import ai.iiagent.domain.users.UserId;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same contracts as the database adapters. */
class InMemoryAuthRepositoriesContractTest {

    @Nested
    class RefreshTokens extends RefreshTokenRepositoryContractTest {
        private final InMemoryRefreshTokenRepository repository = new InMemoryRefreshTokenRepository();

        @Override
        protected RefreshTokenRepository repository() {
            return repository;
        }

        @Override
        protected UserId existingUser() {
            return UserId.random();
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContractTest {
        private final InMemoryApiKeyRepository repository = new InMemoryApiKeyRepository();

        @Override
        protected ApiKeyRepository repository() {
            return repository;
        }

        @Override
        protected UserId existingUser() {
            return UserId.random();
        }
    }

    @Nested
    class Credentials extends LocalCredentialRepositoryContractTest {
        private final InMemoryLocalCredentialRepository repository = new InMemoryLocalCredentialRepository();

        @Override
        protected LocalCredentialRepository repository() {
            return repository;
        }

        @Override
        protected UserId existingUser() {
            return UserId.random();
        }
    }
}
