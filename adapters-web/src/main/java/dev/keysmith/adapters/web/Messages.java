package dev.keysmith.adapters.web;

import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.LockedException;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.user.WrongPinException;
import java.util.Map;

/** The problem codes the use cases raise, in words a person understands; the API's codes, translated. */
final class Messages {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("INVALID_CREDENTIALS", "The email or password is not correct."),
            Map.entry(
                    "PIN_DISABLED", "Your PIN is disabled after too many wrong attempts. Reset it with your password."),
            Map.entry("PIN_NOT_SET", "Set a PIN first: it confirms every change to your keys."),
            Map.entry("PRODUCT_NOT_ENABLED", "This account may not use that product yet."),
            Map.entry("PRODUCT_NOT_FOUND", "There is no such product."),
            Map.entry("KEY_LIMIT_REACHED", "This account has as many keys for that product as it may have."),
            Map.entry("KEY_NOT_FOUND", "There is no such key."),
            Map.entry("KEY_ALREADY_REVOKED", "This key was already revoked."),
            Map.entry("KEY_ALREADY_REPLACED", "This key was already replaced by a new one."),
            Map.entry("KEY_EXPIRED", "This key has expired."),
            Map.entry("KEY_NOT_ACTIVE", "Only an active key can be disabled."),
            Map.entry("KEY_NOT_DISABLED", "Only a disabled key can be enabled."),
            Map.entry("KEY_CHANGED_CONCURRENTLY", "Someone else changed this key at the same time. Please try again."),
            Map.entry("ACCOUNT_NOT_FOUND", "There is no such account, or you are not a member of it."),
            Map.entry("ACCOUNT_NOT_APPROVED", "This account is not approved yet, or it is suspended."),
            Map.entry("ACCESS_REQUEST_NOT_FOUND", "There is no such access request."),
            Map.entry("ACCESS_REQUEST_NOT_PENDING", "This access request was already decided."),
            Map.entry("ACCESS_ALREADY_REQUESTED", "Access to this product was already requested: an operator decides."),
            Map.entry("ACCESS_ALREADY_ENABLED", "This account may already use this product."),
            Map.entry(
                    "INVALID_INTENDED_START_DATE",
                    "Give the day you intend to start using the product, such as 2030-01-31."),
            Map.entry(
                    "INVALID_USE_CASE",
                    "Say in a few words (up to 2000 characters) what the account will use the product for."),
            Map.entry("NOTIFICATION_NOT_FOUND", "There is no such notification."),
            Map.entry("INVALID_ACTION", "Choose an action from the list."),
            Map.entry(
                    "INVALID_KEY_ID",
                    "A key id looks like 3f0c6e2a-1b2c-4d5e-8f90-123456789abc; copy it from the trail."),
            Map.entry("INVALID_AFTER", "That page does not exist any more. Start again from the newest."),
            Map.entry("INVALID_EMAIL", "Give an email address such as name@example.com."),
            Map.entry("INVALID_ROLE", "Choose a role: member, admin or superadmin."),
            Map.entry("ALREADY_MEMBER", "This person is already a member of the account."),
            Map.entry("MEMBER_NOT_FOUND", "This person is not a member of the account (any more)."),
            Map.entry(
                    "LAST_SUPERADMIN",
                    "An account always keeps at least one superadmin. Make someone else a superadmin first, then "
                            + "change this role or remove this member."),
            Map.entry("FORBIDDEN", "Your role does not allow this."),
            Map.entry("INVALID_NAME", "Give the key a name of 1 to 64 visible characters."),
            Map.entry("INVALID_SCOPES", "Choose at least one scope, and only scopes the product offers."),
            Map.entry(
                    "INVALID_IP_ALLOWLIST",
                    "Each line of the IP allowlist must be an address or a range such as 203.0.113.0/24."),
            Map.entry("INVALID_GRACE_PERIOD_SECONDS", "A grace period can be at most 24 hours."),
            Map.entry("INVALID_PIN", "A PIN is exactly 6 digits."),
            Map.entry("INVALID_NEW_PIN", "This PIN is too easy to guess: avoid repeated digits, sequences and dates."),
            Map.entry("WRONG_PASSWORD", "That password is not correct."),
            Map.entry("INVALID_PASSWORD", "Choose a password of 12 to 128 characters."),
            Map.entry("INVALID_DISPLAY_NAME", "Give a display name of 1 to 100 visible characters."),
            Map.entry(
                    "INVITATION_NOT_USABLE",
                    "This invitation is unknown, has expired or was already used. Ask for a new one."),
            Map.entry(
                    "INVALID_PHONE",
                    "Give a mobile number with its country code, such as +447894123456 (07894 123 456 in the UK)."),
            Map.entry("INVALID_INTEGRATOR_ID", "Choose an API user from the list."),
            Map.entry("INTEGRATOR_NOT_FOUND", "There is no such API user in this account."),
            Map.entry(
                    "DELIVERY_ALREADY_REVEALED",
                    "The API user has already seen this key, so it cannot be sent again. Regenerate it to send them a "
                            + "new one."),
            Map.entry("NOT_AN_INTEGRATOR_KEY", "This key was not made for an API user, so it is not sent to anyone."),
            Map.entry(
                    "DATABASE_UNAVAILABLE",
                    "The service cannot reach its database right now. Please try again shortly."));

    private Messages() {}

    /** The sentence for a refusal; codes without their own sentence fall back to the use case's message. */
    static String of(DomainException e) {
        if (e instanceof WrongPinException wrong) {
            return "That PIN is not correct. " + wrong.attemptsBeforeLock() + " attempt(s) left before the PIN locks.";
        }
        if (e instanceof ThrottledException throttled) {
            long seconds = Math.max(
                    1,
                    throttled.retryAfter() == null ? 1 : throttled.retryAfter().toSeconds());
            return "Too many failed sign-ins. Please wait " + seconds + " seconds, then try again.";
        }
        if (e instanceof LockedException locked && locked.until() != null) {
            return "Your PIN is locked after too many wrong attempts. Please wait until " + Moments.of(locked.until())
                    + ", then try again.";
        }
        String sentence = SENTENCES.get(e.code());
        if (sentence != null) {
            return sentence;
        }
        String message = e.getMessage() == null ? "The request was refused." : e.getMessage();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }
}
