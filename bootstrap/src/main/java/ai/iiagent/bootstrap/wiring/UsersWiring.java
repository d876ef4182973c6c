package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.domain.users.SignupGate;
import ai.iiagent.port.in.users.ChangeLanguageUseCase;
import ai.iiagent.port.in.users.DeactivateAccountUseCase;
import ai.iiagent.port.in.users.GetSetupStatusUseCase;
import ai.iiagent.port.in.users.RegisterUserUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.users.NewUserHook;
import ai.iiagent.service.users.ChangeLanguageService;
import ai.iiagent.service.users.DeactivateAccountService;
import ai.iiagent.service.users.RegisterUserService;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.users.UserRepository;
import ai.iiagent.service.users.GetSetupStatusService;
import ai.iiagent.service.users.GetUserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.Set;

/** Builds the users feature's services; the core itself carries no CDI annotation. */
@ApplicationScoped
public class UsersWiring {

    @Produces
    @ApplicationScoped
    GetUserUseCase getUser(UserRepository users) {
        return new GetUserService(users);
    }

    @Produces
    @ApplicationScoped
    RegisterUserUseCase registerUser(UserRepository users, AppConfig config, Instance<NewUserHook> hooks,
                                     UnitOfWork unitOfWork, ClockPort clock) {
        SignupGate gate = new SignupGate(config.auth().waitlistEnabled(),
                Set.copyOf(config.auth().waitlistAllowedDomains().orElse(List.of())));
        return new RegisterUserService(users, gate, hooks.stream().toList(), unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    ChangeLanguageUseCase changeLanguage(UserRepository users, ClockPort clock) {
        return new ChangeLanguageService(users, clock);
    }

    @Produces
    @ApplicationScoped
    DeactivateAccountUseCase deactivateAccount(UserRepository users, ClockPort clock) {
        return new DeactivateAccountService(users, clock);
    }

    @Produces
    @ApplicationScoped
    GetSetupStatusUseCase getSetupStatus(UserRepository users) {
        return new GetSetupStatusService(users);
    }
}
