package dev.keysmith.adapters.mail;

import dev.keysmith.application.port.out.SendEmailPort;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends Keysmith's plain-text email over SMTP with quarkus-mailer, from the address in {@code quarkus.mailer.from}. */
@ApplicationScoped
public class MailerEmailAdapter implements SendEmailPort {

    private static final Logger LOG = Logger.getLogger(MailerEmailAdapter.class);

    private final Mailer mailer;

    MailerEmailAdapter(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(EmailMessage message) {
        Mail mail = new Mail()
                .setTo(message.to())
                .setSubject(message.subject())
                .setText(message.body());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            // Never the body or the addresses: bodies carry one-time tokens, and a lost mail must not fail the use case.
            LOG.warnf("could not deliver the email \"%s\" to %d recipient(s): %s",
                    message.subject(), message.to().size(), e.getClass().getName());
        }
    }
}
