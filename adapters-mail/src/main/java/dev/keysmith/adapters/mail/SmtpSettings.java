package dev.keysmith.adapters.mail;

import java.time.Duration;
import java.util.Optional;

/**
 * The SMTP server and how to talk to it, built in bootstrap from the standard {@code quarkus.mailer.*} keys:
 * {@code ssl} for implicit TLS (SMTPS), else {@code startTls} decides the upgrade; {@code timeout} bounds the
 * connect and every read and write of the conversation.
 */
public record SmtpSettings(
        String host,
        int port,
        Optional<String> username,
        Optional<String> password,
        String from,
        boolean ssl,
        StartTls startTls,
        boolean trustAll,
        Optional<String> ownHostName,
        Duration timeout) {

    /** Whether a plain connection upgrades to TLS: never, when the server offers it, or always (else fail). */
    public enum StartTls {
        DISABLED,
        OPTIONAL,
        REQUIRED
    }

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is needed");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535, not " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the SMTP timeout must be positive");
        }
    }

    @Override
    public String toString() {
        // Never the password, should these settings ever be logged.
        return "SmtpSettings[" + host + ":" + port + ", user " + username.orElse("(none)") + ", from " + from + ", ssl "
                + ssl + ", starttls " + startTls + "]";
    }
}
