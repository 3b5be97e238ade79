package dev.keysmith.domain.shared;

/** A value object refused its input; {@code field} names the offending input for the caller. */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("INVALID_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT), message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
