package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sweeper's warning emails while it writes them: one draft per sweep and account, its lines collected over
 * the sweep's batches and stored with the changes they report, so a crash loses none and a rerun repeats none.
 * A finished draft is handed to the outbox as one email and deleted in the same transaction.
 */
public interface WarningEmailDraftPort {

    /**
     * Adds lines to each account's draft of this sweep, creating it (addressed to the account's SUPERADMINs and
     * ADMINs as they are now) on the first call. Keeps at most {@code maxLines} lines per draft and counts every
     * one. One call per batch, whatever the number of accounts in it.
     */
    void appendToDrafts(UUID sweepId, List<DraftLines> drafts, int maxLines);

    /** The oldest draft, also one a crashed sweep left, locked until the transaction ends. */
    Optional<Draft> lockNextDraft();

    void deleteDraft(UUID draftId);

    /** Lines for one account's draft. */
    record DraftLines(AccountId account, String subject, List<String> lines) {

        public DraftLines {
            lines = List.copyOf(lines);
        }
    }

    /** A draft to finish; {@code lineCount} counts every line added, {@code lines} holds the ones kept. */
    record Draft(
            UUID id, AccountId account, List<String> recipients, String subject, List<String> lines, int lineCount) {

        public Draft {
            recipients = List.copyOf(recipients);
            lines = List.copyOf(lines);
        }
    }
}
