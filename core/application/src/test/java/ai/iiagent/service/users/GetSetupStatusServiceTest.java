package ai.iiagent.service.users;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.users.InMemoryUserRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetSetupStatusServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final GetSetupStatusService service = new GetSetupStatusService(users);

    @Test
    void givenNoAccounts_whenAsked_thenFirstAccountPending() {
        assertThat(service.getSetupStatus().firstAccountPending()).isTrue();
    }

    @Test
    void givenOneAccount_whenAsked_thenSetupDone() {
        users.save(User.register(UserId.random(), Email.of("first@example.org"), PersonName.unknown(),
                UserRole.ADMIN, "local", Instant.parse("2026-11-25T10:00:00Z")));

        assertThat(service.getSetupStatus().firstAccountPending()).isFalse();
    }
}
