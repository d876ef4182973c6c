package ai.iiagent.adapter.http.users;

/** Wire form of the installation's setup status. */
public record SetupStatusResponse(boolean setupRequired) {
}
