package ai.iiagent.service.users;

import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.SignupGate;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.users.RegisterUserCommand;
import ai.iiagent.port.in.users.RegisterUserUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.users.NewUserHook;
import ai.iiagent.port.out.users.UserRepository;
import java.util.List;

/** Creates accounts: waitlist gate, unique e-mail, first account is admin, hooks in the same unit of work. */
public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final SignupGate gate;
    private final List<NewUserHook> hooks;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public RegisterUserService(UserRepository users, SignupGate gate, List<NewUserHook> hooks, UnitOfWork unitOfWork,
                               ClockPort clock) {
        this.users = users;
        this.gate = gate;
        this.hooks = List.copyOf(hooks);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        gate.check(command.email());
        return unitOfWork.inTransaction(() -> {
            if (users.findByEmail(command.email()).isPresent()) {
                throw new EmailAlreadyRegisteredException();
            }
            UserRole role = users.existsAny() ? UserRole.USER : UserRole.ADMIN;
            User user = User.register(UserId.random(), command.email(), command.name(), role, command.loginProvider(),
                    clock.now());
            users.save(user);
            hooks.forEach(hook -> hook.onUserRegistered(user));
            return user;
        });
    }
}
