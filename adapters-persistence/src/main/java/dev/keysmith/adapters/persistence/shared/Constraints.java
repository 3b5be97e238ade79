package dev.keysmith.adapters.persistence.shared;

import org.hibernate.exception.ConstraintViolationException;

/** Tells which database constraint a failed write broke, so adapters can raise the matching domain error. */
public final class Constraints {

    private Constraints() {}

    public static boolean violated(Throwable failure, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraintName.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
