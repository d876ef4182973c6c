package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;

/** The mobile-publishing errors (docs/connectors.md "App Store Connect"). */
public final class AppleErrors {

    /** The caller has stored no App Store Connect key (another user's is never visible). */
    public static final String NOT_FOUND = "apple_credentials_not_found";
    /** The original's Apple ID sign-in commands (Fastlane, password and 2FA): this server takes API keys only. */
    public static final String API_KEY_REQUIRED = "apple_api_key_required";

    /** The original's commands for what this server does not do (Expo EAS builds, creating apps with Fastlane). */
    public static final String COMMAND_UNSUPPORTED = "mobile_command_unsupported";

    private AppleErrors() {
    }

    public static NotFoundException notFound() {
        return new NotFoundException(ErrorCode.of(NOT_FOUND), "no App Store Connect key is stored: add one in Settings");
    }

    public static ValidationException apiKeyRequired(String command) {
        return new ValidationException(ErrorCode.of(API_KEY_REQUIRED), command + ": signing in with an Apple ID is not"
                + " supported; store an App Store Connect API key (issuer id, key id, .p8) in Settings instead");
    }

    public static ValidationException unsupported(String command, String why) {
        return new ValidationException(ErrorCode.of(COMMAND_UNSUPPORTED), command + " is not supported: " + why);
    }
}
