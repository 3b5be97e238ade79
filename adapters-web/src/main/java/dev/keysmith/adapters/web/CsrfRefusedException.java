package dev.keysmith.adapters.web;

/** A form arrived without the CSRF token of the browser that was shown it. */
class CsrfRefusedException extends RuntimeException {

    CsrfRefusedException() {
        super("form token missing or wrong", null, false, false);
    }
}
