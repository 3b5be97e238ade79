package dev.keysmith.domain.shared;

/** Base of every rule the domain refuses; {@code code} is stable and reaches API clients. */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** For failures caused by something outside the domain, such as an unreachable database. */
    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
