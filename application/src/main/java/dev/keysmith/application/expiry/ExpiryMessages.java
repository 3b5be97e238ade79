package dev.keysmith.application.expiry;

import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import dev.keysmith.domain.key.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The words of the sweeper's notifications and emails: key name, product, hint and dates, never a secret. */
final class ExpiryMessages {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Duration window;

    ExpiryMessages(Duration window) {
        this.window = window;
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    String warningTitle(ApiKey key, Instant expiresAt) {
        return "Key \"" + key.name().value() + "\" expires on " + day(expiresAt) + " unless it is used";
    }

    String warningBody(ApiKey key, String productName, Instant lastActivity, Instant expiresAt) {
        return "The " + productName + " key \"" + key.name().value() + "\" (" + key.hint() + ") "
                + idleSince(key, lastActivity) + " and expires on " + MINUTE.format(expiresAt)
                + ". Keys expire after " + describe(window) + " without use; using this key before then keeps it.";
    }

    String expiredTitle(ApiKey key) {
        return "Key \"" + key.name().value() + "\" expired";
    }

    String expiredForInactivityBody(ApiKey key, String productName, Instant lastActivity) {
        return "The " + productName + " key \"" + key.name().value() + "\" (" + key.hint() + ") "
                + idleSince(key, lastActivity) + " and expired after " + describe(window)
                + " without use. It no longer verifies; generate a new key if you still need one.";
    }

    String expiredOnDateBody(ApiKey key, String productName) {
        return "The " + productName + " key \"" + key.name().value() + "\" (" + key.hint()
                + ") reached its expiry date " + MINUTE.format(key.expiresAt())
                + ". It no longer verifies; generate a new key if you still need one.";
    }

    String emailSubject(String accountName) {
        return "Keysmith: API keys of " + accountName + " expire soon unless they are used";
    }

    String emailLine(ApiKey key, String productName, Instant lastActivity, Instant expiresAt) {
        String used = key.lastUsedAt() == null
                ? "never used (created " + day(lastActivity) + ")"
                : "last used " + day(lastActivity);
        return "- \"" + key.name().value() + "\" (" + productName + ", " + key.hint() + "): expires on "
                + day(expiresAt) + ", " + used;
    }

    String emailBody(Draft email) {
        StringBuilder body = new StringBuilder("These API keys have not been used for a while. Keys expire after ")
                .append(describe(window))
                .append(" without use; each one below expires on the date shown unless it")
                .append(" is used before then.\n\n");
        for (String line : email.lines()) {
            body.append(line).append('\n');
        }
        int unlisted = email.lineCount() - email.lines().size();
        if (unlisted > 0) {
            body.append("- and ")
                    .append(unlisted)
                    .append(unlisted == 1 ? " more key" : " more keys")
                    .append('\n');
        }
        return body.append("\nThe notifications in Keysmith list every key. You get this email as a Superadmin or")
                .append(" Admin of the account.\n")
                .toString();
    }

    private static String idleSince(ApiKey key, Instant lastActivity) {
        return key.lastUsedAt() == null
                ? "has not been used since it was created on " + day(lastActivity)
                : "has not been used since " + day(lastActivity);
    }

    /** A lead time or window in the largest whole unit: "90 days", "1 day", "36 hours", "45 seconds". */
    static String describe(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return plural(duration.toHours(), "hour");
        }
        if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(duration.toSeconds(), "second");
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
