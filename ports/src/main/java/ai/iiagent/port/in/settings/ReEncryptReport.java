package ai.iiagent.port.in.settings;

/**
 * What a re-encryption run did: rows re-sealed under the current key, and rows left as they were
 * because no configured key opens them (their key was dropped from {@code APP_MASTER_KEY_PREVIOUS},
 * or the value is damaged); those answer {@code secret_unreadable} when used.
 */
public record ReEncryptReport(int resealed, int unreadable) {
}
