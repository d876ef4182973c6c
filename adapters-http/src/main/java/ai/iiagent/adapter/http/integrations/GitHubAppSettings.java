package ai.iiagent.adapter.http.integrations;

/**
 * What the UI needs to offer GitHub: the OAuth client id (public), a GitHub App's slug if one is
 * registered (its install page), and the callback URL to register. No secret.
 */
public record GitHubAppSettings(String clientId, String appName, String redirectUri) {
}
