package dev.keysmith.application.expiry;

import dev.keysmith.application.expiry.BatchDrain.Batch;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import java.util.Optional;

/**
 * The sweep's last stage: every warning email draft, also those a crashed sweep left behind, becomes one email
 * in the outbox, in the transaction that deletes the draft; the outbox worker sends it.
 */
final class WarningEmailStage {

    /** One draft per transaction: the drain stops at the first batch that finds none. */
    private static final int ONE_DRAFT = 1;

    private final WarningEmailDraftPort drafts;
    private final SendEmailPort email;
    private final ExpiryMessages messages;
    private final BatchDrain drain;

    WarningEmailStage(WarningEmailDraftPort drafts, SendEmailPort email, ExpiryMessages messages, BatchDrain drain) {
        this.drafts = drafts;
        this.email = email;
        this.messages = messages;
        this.drain = drain;
    }

    /** The emails queued (drafts without recipients are dropped unsent). */
    int run() {
        return drain.count(ONE_DRAFT, (Void none) -> queueNext());
    }

    private Batch<Void, Integer> queueNext() {
        Optional<Draft> next = drafts.lockNextDraft();
        if (next.isEmpty()) {
            return new Batch<>(0, null, 0);
        }
        Draft draft = next.get();
        int queued = 0;
        if (!draft.recipients().isEmpty()) {
            email.send(new EmailMessage(
                    MessageKind.EXPIRY_WARNING, draft.recipients(), draft.subject(), messages.emailBody(draft)));
            queued = 1;
        }
        drafts.deleteDraft(draft.id());
        return new Batch<>(ONE_DRAFT, null, queued);
    }
}
