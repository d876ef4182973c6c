package ai.iiagent.domain.users;

import java.util.Objects;

/** Who is making a request, as every inbound adapter hands it to the core. */
public record Identity(UserId userId, UserRole role) {

    public Identity {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == UserRole.ADMIN;
    }
}
