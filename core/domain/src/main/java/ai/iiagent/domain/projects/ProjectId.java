package ai.iiagent.domain.projects;

import java.util.Objects;
import java.util.UUID;

/** The id of a project (one per session that builds a site or an app). */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    /** The hex form without dashes, used in names derived from the id (database and role names). */
    public String hex() {
        return value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
