package ai.iiagent.service.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.domain.users.UserSnapshot;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.out.users.InMemoryUserRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetUserServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final GetUserService service = new GetUserService(users);

    @Test
    void givenActiveUser_whenLookedUp_thenReturned() {
        User ada = user("ada@example.org");
        users.save(ada);

        assertThat(service.getUser(new GetUserQuery(ada.id()))).isEqualTo(ada);
    }

    @Test
    void givenUnknownId_whenLookedUp_thenUserNotFound() {
        UserId unknown = UserId.random();

        assertThatThrownBy(() -> service.getUser(new GetUserQuery(unknown)))
                .isInstanceOfSatisfying(UserNotFoundException.class,
                        e -> assertThat(e.code().value()).isEqualTo("user_not_found"));
    }

    @Test
    void givenDeactivatedUser_whenLookedUp_thenReportedAsNotFound() {
        UserSnapshot s = user("gone@example.org").snapshot();
        User deactivated = User.rehydrate(new UserSnapshot(s.id(), s.email(), null, null, null, s.role(),
                s.language(), false, s.loginProvider(), s.createdAt(), s.updatedAt()));
        users.save(deactivated);

        assertThatThrownBy(() -> service.getUser(new GetUserQuery(deactivated.id())))
                .isInstanceOf(UserNotFoundException.class);
    }

    private static User user(String email) {
        return User.register(UserId.random(), Email.of(email), PersonName.unknown(), UserRole.USER, "local",
                Instant.parse("2026-11-25T10:00:00Z"));
    }
}
