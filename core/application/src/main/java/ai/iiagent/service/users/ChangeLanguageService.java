package ai.iiagent.service.users;

import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.users.ChangeLanguageCommand;
import ai.iiagent.port.in.users.ChangeLanguageUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.users.UserRepository;

/** Updates the interface language of an active account. */
public final class ChangeLanguageService implements ChangeLanguageUseCase {

    private final UserRepository users;
    private final ClockPort clock;

    public ChangeLanguageService(UserRepository users, ClockPort clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public User changeLanguage(ChangeLanguageCommand command) {
        User user = users.findById(command.userId()).filter(User::isActive)
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        User changed = user.withLanguage(command.language(), clock.now());
        users.save(changed);
        return changed;
    }
}
