package ai.iiagent.service.users;

import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.users.DeactivateAccountCommand;
import ai.iiagent.port.in.users.DeactivateAccountUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.users.UserRepository;

/** Soft-deletes an account; authentication refuses inactive accounts, which locks out every credential. */
public final class DeactivateAccountService implements DeactivateAccountUseCase {

    private final UserRepository users;
    private final ClockPort clock;

    public DeactivateAccountService(UserRepository users, ClockPort clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void deactivate(DeactivateAccountCommand command) {
        User user = users.findById(command.userId()).filter(User::isActive)
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        users.save(user.deactivated(clock.now()));
    }
}
