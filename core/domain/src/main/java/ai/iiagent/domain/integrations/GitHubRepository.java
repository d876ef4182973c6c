package ai.iiagent.domain.integrations;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A repository the connected GitHub account can read, as the repository picker lists it. */
public record GitHubRepository(long id, String fullName, String name, String owner, boolean privateRepository,
                               String defaultBranch, String description, String htmlUrl, Instant updatedAt) {

    /** {@code owner/name} as GitHub allows them. */
    /** The billing subject of copying a repository into a workspace (a zero-priced hold). */
    public static final String CHECKOUT_CHARGE = "github_checkout";

    public static final Pattern FULL_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

    public GitHubRepository {
        Objects.requireNonNull(fullName, "fullName");
    }

    /** Checks an {@code owner/name} sent by a client. */
    public static String requireFullName(String value) {
        if (value == null || !FULL_NAME.matcher(value.strip()).matches() || value.contains("..")) {
            throw ConnectorErrors.invalid("github_repository must be 'owner/name', got '" + value + "'");
        }
        return value.strip();
    }
}
