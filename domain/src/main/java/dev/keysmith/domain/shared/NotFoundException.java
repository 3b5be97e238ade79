package dev.keysmith.domain.shared;

/** Something the caller named does not exist, or is not theirs to see (the two look the same). */
public abstract class NotFoundException extends DomainException {

    protected NotFoundException(String code, String message) {
        super(code, message);
    }
}
