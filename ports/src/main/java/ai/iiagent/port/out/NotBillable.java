package ai.iiagent.port.out;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a billable port ({@code LlmPort}, {@code SandboxPort}, paid tool ports) that
 * costs nothing and therefore takes no {@code CreditReservation} (a status read, for example).
 * The architecture rule {@code billable_port_methods_take_a_reservation} requires a reservation
 * parameter on every other method of those ports.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NotBillable {

    /** Why the call is free, for the reviewer. */
    String value();
}
