package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.in.users.GetSetupStatusUseCase;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.users.UserRepository;
import ai.iiagent.service.users.GetSetupStatusService;
import ai.iiagent.service.users.GetUserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

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
    GetSetupStatusUseCase getSetupStatus(UserRepository users) {
        return new GetSetupStatusService(users);
    }
}
