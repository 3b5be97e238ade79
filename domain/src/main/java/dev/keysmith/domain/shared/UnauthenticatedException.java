package dev.keysmith.domain.shared;

/** Credentials were wrong; says nothing about which part was wrong. */
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String code, String message) {
        super(code, message);
    }
}
