package ai.iiagent.service.integrations;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.port.in.integrations.CheckoutRepositoryCommand;
import ai.iiagent.port.in.integrations.CheckoutRepositoryUseCase;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort.CheckedOutFile;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort.Checkout;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Clones on the server (the sandbox has no network) with the caller's GitHub token when connected,
 * else anonymously (public repositories), then streams every file into the workspace under the
 * repository's name. The copy is a zero-priced hold, like attachments: the sandbox's time is billed
 * by its lifecycle.
 */
public final class CheckoutRepositoryService implements CheckoutRepositoryUseCase {

    /** The billing subject of the copy. */
    static final String CHARGE = GitHubRepository.CHECKOUT_CHARGE;

    private final ConnectorTokenAccess tokens;
    private final RepositoryCheckoutPort checkouts;
    private final SandboxWorkspacePort workspace;
    private final BillableExecutor billable;

    public CheckoutRepositoryService(ConnectorTokenAccess tokens, RepositoryCheckoutPort checkouts,
                                     SandboxWorkspacePort workspace, BillableExecutor billable) {
        this.tokens = tokens;
        this.checkouts = checkouts;
        this.workspace = workspace;
        this.billable = billable;
    }

    @Override
    public String checkout(CheckoutRepositoryCommand command) {
        String fullName = GitHubRepository.requireFullName(command.repository());
        String token = tokens.find(command.caller().userId(), ConnectorProvider.GITHUB).orElse(null);
        String directory = fullName.substring(fullName.indexOf('/') + 1);
        try (Checkout checkout = checkouts.checkout(fullName, null, token)) {
            ToolCharge charge = new ToolCharge(command.caller().userId(), command.sessionId().value(), command.runId(),
                    CHARGE, "checkout:" + fullName, Credits.ZERO);
            billable.runPaidTool(charge, new PaidToolCall<Integer>() {
                @Override
                public Integer call(CreditReservation reservation) {
                    for (CheckedOutFile file : checkout.files()) {
                        try (InputStream in = file.open()) {
                            workspace.upload(command.sessionId(), directory + "/" + file.path(), in, reservation);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return checkout.files().size();
                }

                @Override
                public Credits cost(Integer files) {
                    return Credits.ZERO;
                }
            });
        }
        return "/workspace/" + directory;
    }
}
