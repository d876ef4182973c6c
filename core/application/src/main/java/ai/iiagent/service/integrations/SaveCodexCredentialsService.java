package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.CodexCredential;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.integrations.CodingCliErrors;
import ai.iiagent.port.in.integrations.CodexSettings;
import ai.iiagent.port.in.integrations.SaveCodexCredentialsCommand;
import ai.iiagent.port.in.integrations.SaveCodexCredentialsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks and seals the caller's Codex credentials: exactly one of an API key and an {@code auth.json}
 * (a JSON object, checked by shape only), a model name without spaces, a known reasoning effort.
 * The secret is sealed before it is stored and never returned.
 */
public final class SaveCodexCredentialsService implements SaveCodexCredentialsUseCase {

    private final CodexCredentialRepository credentials;
    private final SecretCipherPort cipher;
    private final ClockPort clock;

    public SaveCodexCredentialsService(CodexCredentialRepository credentials, SecretCipherPort cipher, ClockPort clock) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public CodexSettings save(SaveCodexCredentialsCommand command) {
        String apiKey = blankToNull(command.apiKey());
        String authJson = blankToNull(command.authJson());
        if ((apiKey == null) == (authJson == null)) {
            throw CodingCliErrors.invalid("send exactly one of an OpenAI API key and a Codex auth.json");
        }
        CodingCliCredentials.Kind kind;
        String secret;
        if (apiKey != null) {
            if (apiKey.length() > CodingCliErrors.MAX_KEY_CHARS || !apiKey.chars().allMatch(c -> c > ' ' && c < 127)) {
                throw CodingCliErrors.invalid("the API key must be printable ASCII without spaces, at most "
                        + CodingCliErrors.MAX_KEY_CHARS + " characters");
            }
            kind = CodingCliCredentials.Kind.API_KEY;
            secret = apiKey;
        } else {
            if (authJson.length() > CodingCliErrors.MAX_AUTH_JSON_CHARS || !authJson.startsWith("{") || !authJson.endsWith("}")
                    || authJson.indexOf('\0') >= 0) {
                throw CodingCliErrors.invalid("auth.json must be the JSON object Codex wrote (at most "
                        + CodingCliErrors.MAX_AUTH_JSON_CHARS + " characters)");
            }
            kind = CodingCliCredentials.Kind.AUTH_JSON;
            secret = authJson;
        }
        String model = blankToNull(command.model());
        if (model != null && (model.length() > CodingCliErrors.MAX_MODEL_CHARS || !model.matches("[A-Za-z0-9._:/-]+"))) {
            throw CodingCliErrors.invalid("model must be a model name (letters, digits, . _ : / -)");
        }
        String effort = blankToNull(command.reasoningEffort());
        if (effort != null && !CodingCliErrors.REASONING_EFFORTS.contains(effort)) {
            throw CodingCliErrors.invalid("model_reasoning_effort must be one of " + CodingCliErrors.REASONING_EFFORTS);
        }
        Instant now = clock.now();
        Optional<CodexCredential> existing = credentials.find(command.caller().userId());
        CodexCredential stored = new CodexCredential(existing.map(CodexCredential::id).orElseGet(UUID::randomUUID),
                command.caller().userId(), kind, cipher.encryptText(secret), model, effort,
                Boolean.TRUE.equals(command.webSearch()), existing.map(CodexCredential::createdAt).orElse(now), now);
        credentials.save(stored);
        return CodexViews.of(stored);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
