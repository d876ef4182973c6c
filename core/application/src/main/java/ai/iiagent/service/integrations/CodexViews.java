package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.CodexCredential;
import ai.iiagent.port.in.integrations.CodexSettings;
import java.util.Locale;

/** The caller's view of stored Codex credentials: the kind and settings, never the secret. */
final class CodexViews {

    private CodexViews() {
    }

    static CodexSettings of(CodexCredential credential) {
        return new CodexSettings(true, credential.kind().name().toLowerCase(Locale.ROOT), credential.model(),
                credential.reasoningEffort(), credential.webSearch(), credential.updatedAt());
    }

    static CodexSettings none() {
        return new CodexSettings(false, null, null, null, false, null);
    }
}
