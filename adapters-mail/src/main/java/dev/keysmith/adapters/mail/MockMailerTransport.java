package dev.keysmith.adapters.mail;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import java.time.Duration;

/**
 * Hands email to quarkus-mailer in its mock mode ({@code quarkus.mailer.mock=true}), whose mailbox the tests
 * read. Never a real SMTP path: in mock mode the mailer logs each message, body included, and its Vert.x SMTP
 * client can lose a server's greeting (see {@link SmtpEmailTransport}).
 */
public class MockMailerTransport implements EmailTransportPort {

    private final ReactiveMailer mailer;
    private final Duration timeout;

    public MockMailerTransport(ReactiveMailer mailer, Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
    }

    @Override
    public void deliver(EmailMessage message) {
        Mail mail = new Mail().setTo(message.to()).setSubject(message.subject()).setText(message.body());
        try {
            mailer.send(mail).await().atMost(timeout);
        } catch (TimeoutException e) {
            throw new DeliveryFailedException("the mailer did not accept the message within " + timeout, e);
        } catch (RuntimeException e) {
            throw new DeliveryFailedException(SmtpEmailTransport.reason(e), e);
        }
    }
}
