package dev.keysmith.application.port.out;

import java.util.List;

/** Sends plain-text email; delivery problems are logged by the adapter, never thrown into a use case. */
public interface SendEmailPort {

    void send(EmailMessage message);

    record EmailMessage(List<String> to, String subject, String body) {

        public EmailMessage {
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("an email needs at least one recipient");
            }
        }
    }
}
