package ai.iiagent.port.in.credits;

/** Release holds whose 30 minutes have passed, at most {@code limit} in one go. */
public record ExpireReservationsCommand(int limit) {

    public ExpireReservationsCommand {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
    }
}
