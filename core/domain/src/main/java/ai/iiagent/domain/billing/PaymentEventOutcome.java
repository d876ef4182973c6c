package ai.iiagent.domain.billing;

/** What handling a payment event did: changed something, deliberately nothing, or already seen. */
public enum PaymentEventOutcome {
    APPLIED, IGNORED, DUPLICATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
