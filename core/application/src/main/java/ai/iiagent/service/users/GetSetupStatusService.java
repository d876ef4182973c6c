package ai.iiagent.service.users;

import ai.iiagent.domain.users.SetupStatus;
import ai.iiagent.port.in.users.GetSetupStatusUseCase;
import ai.iiagent.port.out.users.UserRepository;
import java.util.Objects;

/** A fresh installation (no account at all, not even a deactivated one) waits for its first admin. */
public final class GetSetupStatusService implements GetSetupStatusUseCase {

    private final UserRepository users;

    public GetSetupStatusService(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public SetupStatus getSetupStatus() {
        return new SetupStatus(!users.existsAny());
    }
}
