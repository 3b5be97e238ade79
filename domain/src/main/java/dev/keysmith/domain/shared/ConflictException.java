package dev.keysmith.domain.shared;

/** The request is well-formed but the current state forbids it (already revoked, code taken, …). */
public abstract class ConflictException extends DomainException {

    protected ConflictException(String code, String message) {
        super(code, message);
    }
}
