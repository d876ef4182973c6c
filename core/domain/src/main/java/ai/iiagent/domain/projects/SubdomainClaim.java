package ai.iiagent.domain.projects;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/** A subdomain held by one project of one user; a name is held by at most one project at a time. */
public record SubdomainClaim(String name, ProjectId projectId, UserId owner, Instant claimedAt) {

    public SubdomainClaim {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }
}
