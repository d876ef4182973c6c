package ai.iiagent.port.out.integrations;

import java.io.InputStream;
import java.util.List;

/**
 * Fetches a copy of a GitHub repository's files on the server (never inside the sandbox, which has no
 * network), so they can be copied into a session's workspace. The copy lives in a temporary directory
 * removed when the checkout is closed.
 */
public interface RepositoryCheckoutPort {

    /**
     * A shallow copy of one branch (the default branch when {@code branch} is null).
     *
     * @param fullName    {@code owner/name}
     * @param accessToken the connected account's token, or null for a public repository
     * @throws ai.iiagent.domain.shared.NotFoundException {@code repository_not_found} when it does not exist or the token cannot read it
     * @throws ai.iiagent.domain.shared.ValidationException {@code repository_too_large} beyond the file-count or size limits
     */
    Checkout checkout(String fullName, String branch, String accessToken);

    /** The files of one checkout (without {@code .git}); closing removes them from the server. */
    interface Checkout extends AutoCloseable {

        List<CheckedOutFile> files();

        @Override
        void close();
    }

    /** One regular file, {@code path} relative to the repository root with {@code /} separators. */
    interface CheckedOutFile {

        String path();

        long size();

        InputStream open();
    }
}
