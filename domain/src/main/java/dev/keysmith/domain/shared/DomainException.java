package dev.keysmith.domain.shared;

/** Base of every rule the domain refuses; {@code code} is stable and reaches API clients. */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
