package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.adapter.socket.gateway.CommandDispatcher.Reply;
import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.integrations.AppleErrors;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.integrations.AppleCredentialsView;
import ai.iiagent.port.in.integrations.GetAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.SubmitTestFlightCommand;
import ai.iiagent.port.in.integrations.SubmitTestFlightUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mobile publishing commands of {@code chat_message} (docs/protocol/realtime.md): {@code apple_check_auth}
 * answers {@code integration.apple.auth.check_result} to the caller; {@code submit_testflight
 * {bundle_identifier, beta_group?}} hands the newest uploaded build to TestFlight on the caller's stored
 * App Store Connect key, told as {@code integration.testflight.log} session events. The original's
 * Apple ID sign-in and Expo commands are refused with a stable code.
 */
@ApplicationScoped
public class MobileCommands {

    /** Every command this class answers (the dispatcher routes them here). */
    static final Set<String> COMMANDS = Set.of("apple_check_auth", "submit_testflight", "apple_auth_login", "apple_auth_2fa",
            "apple_auth_select_team", "apple_app_setup", "apple_list_apps", "save_expo_token");

    private final GetAppleCredentialsUseCase credentials;
    private final SubmitTestFlightUseCase testFlight;

    public MobileCommands(GetAppleCredentialsUseCase credentials, SubmitTestFlightUseCase testFlight) {
        this.credentials = credentials;
        this.testFlight = testFlight;
    }

    Optional<Reply> handle(OwnedSession session, String command, Map<String, Object> payload) {
        return switch (command) {
            case "apple_check_auth" -> {
                AppleCredentialsView view = credentials.get(session.owner());
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("authenticated", view.configured());
                content.put("issuer_id", view.issuerId());
                content.put("key_id", view.keyId());
                yield Optional.of(new Reply(EventName.INTEGRATION_APPLE_AUTH_CHECK_RESULT, content));
            }
            case "submit_testflight" -> {
                testFlight.submit(new SubmitTestFlightCommand(session.owner(), session.sessionId(),
                        text(payload, "bundle_identifier"), text(payload, "beta_group")));
                yield Optional.empty();
            }
            case "apple_auth_login", "apple_auth_2fa", "apple_auth_select_team" -> throw AppleErrors.apiKeyRequired(command);
            case "apple_app_setup", "apple_list_apps" -> throw AppleErrors.unsupported(command,
                    "create the app in App Store Connect; this server submits builds with an API key");
            case "save_expo_token" -> throw AppleErrors.unsupported(command, "this server runs no Expo EAS builds");
            default -> throw new IllegalArgumentException("not a mobile command: " + command);
        };
    }

    private static String text(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ValidationException(field + " must be a string");
    }
}
