package dev.keysmith.application.port.out;

import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import java.util.List;

/**
 * Sends a plain-text email: queues it in the outbox within the caller's transaction, so it goes out only if the
 * change it reports commits, and never makes the caller wait for a mail server. The outbox worker delivers it.
 */
public interface SendEmailPort {

    void send(EmailMessage message);

    record EmailMessage(MessageKind kind, List<String> to, String subject, String body) {

        public EmailMessage {
            if (kind == null) {
                throw new IllegalArgumentException("an email needs a kind");
            }
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("an email needs at least one recipient");
            }
        }

        /** A notice of no particular kind. */
        public EmailMessage(List<String> to, String subject, String body) {
            this(MessageKind.NOTICE, to, subject, body);
        }
    }
}
