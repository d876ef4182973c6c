package ai.iiagent.service.agents;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.CheckoutRepositoryCommand;
import ai.iiagent.port.in.integrations.CheckoutRepositoryUseCase;

/**
 * A query's {@code github_repository}: checked on the caller's thread (a malformed name is the
 * caller's error), copied into the workspace on the run's thread before the first turn; a copy that
 * fails becomes a note for the model and the run goes on, like an attachment that cannot be read.
 */
public final class QueryRepository {

    /** A server without the GitHub connector: a query naming a repository is refused. */
    public static final QueryRepository UNAVAILABLE = new QueryRepository(null);

    private final CheckoutRepositoryUseCase checkout;

    public QueryRepository(CheckoutRepositoryUseCase checkout) {
        this.checkout = checkout;
    }

    /** The repository's {@code owner/name}, or null when the query names none. */
    String check(String repository) {
        if (repository == null || repository.isBlank()) {
            return null;
        }
        if (checkout == null) {
            throw ConnectorErrors.invalid("this server does not take GitHub repositories");
        }
        return GitHubRepository.requireFullName(repository);
    }

    /** Copies it and says where it went (or why not), for the model. */
    String copy(Identity owner, SessionId session, RunId run, String repository) {
        try {
            String path = checkout.checkout(new CheckoutRepositoryCommand(owner, session, run.value(), repository));
            return "The GitHub repository " + repository + " is checked out at " + path + ".";
        } catch (RuntimeException e) {
            return "The GitHub repository " + repository + " could not be copied into the workspace: " + e.getMessage();
        }
    }
}
