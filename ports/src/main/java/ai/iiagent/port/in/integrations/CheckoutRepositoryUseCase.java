package ai.iiagent.port.in.integrations;


/** Clones a GitHub repository on the server and copies its files into the session's workspace under {@code /workspace/<name>}; returns that path. */
public interface CheckoutRepositoryUseCase {

    String checkout(CheckoutRepositoryCommand command);
}
