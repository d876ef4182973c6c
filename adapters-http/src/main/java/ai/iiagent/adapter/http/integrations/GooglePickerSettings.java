package ai.iiagent.adapter.http.integrations;

/** What the Google Picker needs in the browser besides a token: public values only. */
public record GooglePickerSettings(String clientId, String developerKey, String appId, String scope) {
}
