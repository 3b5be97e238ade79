package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Emails the sweeper owes, stored with the changes they report so a crash loses none and a rerun repeats
 * none: one email per sweep and account, its lines collected over the sweep's batches.
 */
public interface EmailOutboxPort {

    /**
     * Adds lines to each account's email of this sweep, creating it (addressed to the account's SUPERADMINs and
     * ADMINs as they are now) on the first call. Keeps at most {@code maxLines} lines per email and counts every
     * one. One call per batch, whatever the number of accounts in it.
     */
    void appendToEmails(UUID sweepId, List<EmailLines> emails, int maxLines);

    /** The oldest unsent email, locked until the transaction ends so no other sender takes it. */
    Optional<OutboxEmail> lockNextUnsent();

    void markSent(UUID emailId, Instant sentAt);

    /** Lines for one account's email. */
    record EmailLines(AccountId account, String subject, List<String> lines) {

        public EmailLines {
            lines = List.copyOf(lines);
        }
    }

    /** An email to send; {@code lineCount} counts every line added, {@code lines} holds the ones kept. */
    record OutboxEmail(UUID id, AccountId account, List<String> recipients, String subject, List<String> lines,
            int lineCount) {

        public OutboxEmail {
            recipients = List.copyOf(recipients);
            lines = List.copyOf(lines);
        }
    }
}
