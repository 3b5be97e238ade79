package dev.keysmith.domain.shared;

/** What the caller named existed but is gone for good (a used or expired link): asking again will not help. */
public abstract class GoneException extends DomainException {

    protected GoneException(String code, String message) {
        super(code, message);
    }
}
