package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/**
 * Codex credentials to store for the caller: exactly one of an OpenAI API key and the text of a
 * Codex {@code auth.json}, with optional CLI settings.
 */
public record SaveCodexCredentialsCommand(Identity caller, String apiKey, String authJson, String model,
                                          String reasoningEffort, Boolean webSearch) {

    @Override
    public String toString() {
        return "SaveCodexCredentialsCommand[" + caller.userId() + ", model " + model + "]";
    }
}
