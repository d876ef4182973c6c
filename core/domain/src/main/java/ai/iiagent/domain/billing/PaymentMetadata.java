package ai.iiagent.domain.billing;

import ai.iiagent.domain.users.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keys we put in checkout and subscription metadata, and read back from webhook events. */
public final class PaymentMetadata {

    public static final String USER_ID = "user_id";
    public static final String PLAN_ID = "plan_id";
    public static final String BILLING_CYCLE = "billing_cycle";
    public static final String KIND = "kind";
    public static final String CREDITS = "credits";
    public static final String KIND_CREDIT_TOPUP = "credit_topup";

    private PaymentMetadata() {
    }

    /** The user a metadata map names, if it names one well-formed id. */
    public static Optional<UserId> userId(Map<String, String> metadata, String fallback) {
        return parseUser(metadata.get(USER_ID)).or(() -> parseUser(fallback));
    }

    private static Optional<UserId> parseUser(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(UserId.of(UUID.fromString(raw)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
