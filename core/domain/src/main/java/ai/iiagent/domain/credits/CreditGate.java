package ai.iiagent.domain.credits;

import java.util.Objects;

/**
 * The credit gate of billable work (credits-and-billing.md): an agent run or a chat answer starts only
 * while the balance holds at least {@link #minimum()}, unless its model runs on the user's own key; and
 * a settlement that leaves less than that stops the run it paid for.
 */
public record CreditGate(Credits minimum) {

    /** The gate every run and chat answer passes: one credit. */
    public static final CreditGate STANDARD = new CreditGate(Credits.of(1));

    public CreditGate {
        Objects.requireNonNull(minimum, "minimum");
    }

    /** @throws InsufficientCreditsException when work paid from {@code available} may not start */
    public void requireToStart(Credits available, boolean ownKey) {
        if (!mayStart(available, ownKey)) {
            throw new InsufficientCreditsException(minimum, available);
        }
    }

    public boolean mayStart(Credits available, boolean ownKey) {
        return ownKey || !available.isLessThan(minimum);
    }

    /** Whether what is left after a settlement is too little to go on. */
    public boolean ranOut(Credits remaining) {
        return remaining.isLessThan(minimum);
    }
}
