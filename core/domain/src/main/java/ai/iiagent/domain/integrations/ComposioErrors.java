package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;

/** The stable error codes of the Composio connector. */
public final class ComposioErrors {

    /** The server has no Composio API key. */
    public static final String NOT_CONFIGURED = "composio_not_configured";
    /** No such profile among the caller's (another user's is "not found" too). */
    public static final String PROFILE_NOT_FOUND = "composio_profile_not_found";
    /** The caller has a profile of this name already. */
    public static final String PROFILE_EXISTS = "composio_profile_exists";
    /** Composio has no toolkit of this slug. */
    public static final String TOOLKIT_NOT_FOUND = "composio_toolkit_not_found";
    /** The account is not authorised at Composio yet (the user has not finished its page). */
    public static final String CONNECTION_PENDING = "composio_connection_pending";
    /** Composio reports the account failed, expired or revoked: connect again. */
    public static final String CONNECTION_FAILED = "composio_connection_failed";
    /** A malformed slug, name, tool list or field. */
    public static final String INVALID_REQUEST = "invalid_composio_request";

    /** The server has no Composio webhook secret. */
    public static final String WEBHOOK_NOT_CONFIGURED = "composio_webhook_not_configured";
    /** A webhook delivery without a valid signature, or signed outside the tolerance (the code Stripe's webhook uses too). */
    public static final String INVALID_WEBHOOK_SIGNATURE = "invalid_webhook_signature";

    private ComposioErrors() {
    }

    public static ServiceUnavailableException webhookNotConfigured() {
        return new ServiceUnavailableException(ErrorCode.of(WEBHOOK_NOT_CONFIGURED),
                "Composio webhooks are not configured on this server (COMPOSIO_WEBHOOK_SECRET)");
    }

    public static ValidationException invalidWebhookSignature(String why) {
        return new ValidationException(ErrorCode.of(INVALID_WEBHOOK_SIGNATURE), "invalid Composio webhook signature: " + why);
    }

    public static ServiceUnavailableException notConfigured() {
        return new ServiceUnavailableException(ErrorCode.of(NOT_CONFIGURED),
                "Composio is not configured on this server (COMPOSIO_API_KEY, see docs/connectors.md)");
    }

    public static NotFoundException profileNotFound() {
        return new NotFoundException(ErrorCode.of(PROFILE_NOT_FOUND), "no such Composio profile");
    }

    public static ConflictException profileExists(String name) {
        return new ConflictException(ErrorCode.of(PROFILE_EXISTS), "you have a Composio profile named '" + name + "' already");
    }

    public static NotFoundException toolkitNotFound(String slug) {
        return new NotFoundException(ErrorCode.of(TOOLKIT_NOT_FOUND), "Composio has no toolkit '" + slug + "'");
    }

    public static ConflictException connectionPending() {
        return new ConflictException(ErrorCode.of(CONNECTION_PENDING),
                "the account is not authorised at Composio yet; finish the connection page first");
    }

    public static ConflictException connectionFailed(ComposioConnectionStatus status) {
        return new ConflictException(ErrorCode.of(CONNECTION_FAILED),
                "Composio reports the account " + status.name().toLowerCase(java.util.Locale.ROOT) + "; connect again");
    }

    public static ValidationException invalid(String message) {
        return new ValidationException(ErrorCode.of(INVALID_REQUEST), message);
    }
}
