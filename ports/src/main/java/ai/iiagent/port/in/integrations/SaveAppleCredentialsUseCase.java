package ai.iiagent.port.in.integrations;

/**
 * Checks and seals the caller's App Store Connect key, replacing one stored; a malformed id or a key
 * that is not an EC private key is {@code invalid_connector_request} (400).
 */
public interface SaveAppleCredentialsUseCase {

    AppleCredentialsView save(SaveAppleCredentialsCommand command);
}
