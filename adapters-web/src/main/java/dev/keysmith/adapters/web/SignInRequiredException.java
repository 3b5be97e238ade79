package dev.keysmith.adapters.web;

/** No session cookie, or one whose token ended: the console sends the browser to the sign-in page. */
class SignInRequiredException extends RuntimeException {

    SignInRequiredException() {
        super("sign in required", null, false, false);
    }
}
