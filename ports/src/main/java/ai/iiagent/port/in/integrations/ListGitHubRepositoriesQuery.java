package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A page of the repositories the caller's connected GitHub account can read (page from 1, 1 to 100 per page). */
public record ListGitHubRepositoriesQuery(Identity caller, int page, int perPage) {

    public ListGitHubRepositoriesQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
