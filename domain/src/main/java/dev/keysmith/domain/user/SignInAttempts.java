package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong-password counters for one email (registered or not), kept two ways so that an attacker can slow
 * the real owner down but never lock them out:
 * <ul>
 * <li>{@code fromAddress}: this email from this client address, throttled after {@value #ADDRESS_FREE_ATTEMPTS}
 * failures. An attacker's trickle from their address throttles only their address.</li>
 * <li>{@code forEmail}: this email from anywhere, throttled only after {@value #EMAIL_FREE_ATTEMPTS} failures in a
 * row (guessing spread over many addresses). It does not apply to a {@code familiarAddress}, one this email
 * signed in from before, so the owner still gets in from their usual address during such an attack.</li>
 * </ul>
 * A right password resets both counters and makes the address familiar for {@link #FAMILIAR_FOR}.
 */
public record SignInAttempts(LoginThrottle fromAddress, LoginThrottle forEmail, boolean familiarAddress) {

    public static final int ADDRESS_FREE_ATTEMPTS = LoginThrottle.FREE_ATTEMPTS;
    public static final int EMAIL_FREE_ATTEMPTS = 50;
    /** Counters untouched this long start again from zero (every wait is over long before). */
    public static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** An address stays familiar this long after the email last signed in from it. */
    public static final Duration FAMILIAR_FOR = Duration.ofDays(90);

    public SignInAttempts {
        Require.present(fromAddress, "fromAddress");
        Require.present(forEmail, "forEmail");
    }

    public static SignInAttempts fresh() {
        return new SignInAttempts(LoginThrottle.fresh(), LoginThrottle.fresh(), false);
    }

    /** @throws LoginThrottle.LoginThrottledException while this email may not be tried from this address */
    public void requireOpen(Instant now) {
        fromAddress.requireOpen(now);
        if (!familiarAddress) {
            forEmail.requireOpen(now);
        }
    }

    public SignInAttempts afterFailure(Instant now) {
        return new SignInAttempts(
                fromAddress.afterFailure(now, ADDRESS_FREE_ATTEMPTS),
                forEmail.afterFailure(now, EMAIL_FREE_ATTEMPTS),
                familiarAddress);
    }

    public SignInAttempts afterSuccess() {
        return new SignInAttempts(LoginThrottle.fresh(), LoginThrottle.fresh(), true);
    }

    /** Whether this failure started a wait that the attempts before it did not have (worth an audit event). */
    public boolean startedWait(SignInAttempts before, Instant now) {
        return !fromAddress.isOpen(now) && before.fromAddress.isOpen(now)
                || !forEmail.isOpen(now) && before.forEmail.isOpen(now);
    }
}
