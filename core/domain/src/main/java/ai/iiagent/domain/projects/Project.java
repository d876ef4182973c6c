package ai.iiagent.domain.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A site or app the agent builds in a session's sandbox, one per session: scaffolded from one of
 * the app's templates into {@code /workspace/<name>}, optionally with its own database.
 *
 * @param name      a slug: lower-case letters, digits and dashes, 1-40 characters, starting with a letter
 * @param framework the template it was made from ({@link ProjectTemplates})
 * @param database  its database, or null when it has none (yet)
 */
public record Project(ProjectId id, UserId owner, SessionId sessionId, String name, String framework,
                      ProjectDatabase database, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(createdAt, "createdAt");
        requireName(name);
    }

    /** The name as given when it is a valid project name. */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ai.iiagent.domain.shared.ValidationException(ProjectErrors.INVALID_PROJECT_NAME,
                    "a project name is 1-40 lower-case letters, digits or dashes, starting with a letter");
        }
        return name;
    }

    /** The project's directory relative to the workspace root. */
    public String directory() {
        return name;
    }

    public Optional<ProjectDatabase> optionalDatabase() {
        return Optional.ofNullable(database);
    }

    public Project withDatabase(ProjectDatabase provisioned) {
        return new Project(id, owner, sessionId, name, framework, provisioned, createdAt);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }
}
