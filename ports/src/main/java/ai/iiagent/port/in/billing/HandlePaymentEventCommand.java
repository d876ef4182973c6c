package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.PaymentEvent;
import java.util.Objects;

/** A payment event whose origin the caller has already verified (webhook signature). */
public record HandlePaymentEventCommand(PaymentEvent event) {

    public HandlePaymentEventCommand {
        Objects.requireNonNull(event, "event");
    }
}
