package ai.iiagent.adapter.persistence;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises which named database constraint a Hibernate violation came from. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    public static boolean isNamed(ConstraintViolationException violation, String constraintName) {
        String name = violation.getConstraintName();
        return name != null && name.toLowerCase(Locale.ROOT).contains(constraintName);
    }
}
