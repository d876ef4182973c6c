package ai.iiagent.port.in.auth;

/** Creates an API key for the caller; the full key is in the result and never retrievable again. */
public interface CreateApiKeyUseCase {

    CreatedApiKey create(CreateApiKeyCommand command);
}
