package dev.keysmith.adapters.mail;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands Keysmith's plain-text email to the SMTP server with Jakarta Mail (Eclipse Angus), on the outbox
 * worker's own thread: the conversation is plain blocking reads and writes, each bounded by the timeout, and
 * returns only once the server accepted the message.
 *
 * <p>Not quarkus-mailer's Vert.x client: that one installs its socket handler only after the connection is
 * handed over from its pool, and Vert.x drops bytes that arrive on a socket without a handler. A server that
 * greets at once (GreenMail on loopback) lost its "220" now and then; client and server then both waited, until
 * the server gave up after its 30 s idle timeout with a 421. A blocking client reads the greeting from the
 * socket's own stream, where nothing is dropped.
 */
public class SmtpEmailTransport implements EmailTransportPort {

    // A reason fits on one line; anything longer is noise from deep inside the client.
    private static final int MAX_REASON_LENGTH = 300;

    private final SmtpSettings settings;
    private final Session session;

    public SmtpEmailTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    static Properties properties(SmtpSettings settings) {
        String protocol = settings.ssl() ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", String.valueOf(settings.port()));
        properties.setProperty(prefix + "connectiontimeout", timeout);
        properties.setProperty(prefix + "timeout", timeout);
        properties.setProperty(prefix + "writetimeout", timeout);
        properties.setProperty(
                prefix + "auth", String.valueOf(settings.username().isPresent()));
        properties.setProperty(prefix + "from", settings.from());
        properties.setProperty(
                prefix + "starttls.enable", String.valueOf(settings.startTls() != SmtpSettings.StartTls.DISABLED));
        properties.setProperty(
                prefix + "starttls.required", String.valueOf(settings.startTls() == SmtpSettings.StartTls.REQUIRED));
        properties.setProperty(prefix + "ssl.checkserveridentity", String.valueOf(!settings.trustAll()));
        if (settings.trustAll()) {
            properties.setProperty(prefix + "ssl.trust", "*");
        }
        settings.ownHostName().ifPresent(name -> properties.setProperty(prefix + "localhost", name));
        return properties;
    }

    @Override
    public void deliver(EmailMessage message) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.from()));
            Address[] to = new Address[message.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(message.to().get(i));
            }
            mail.setRecipients(Message.RecipientType.TO, to);
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setText(message.body(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            try (Transport transport = session.getTransport()) {
                transport.connect(
                        settings.host(),
                        settings.port(),
                        settings.username().orElse(null),
                        settings.password().orElse(null));
                transport.sendMessage(mail, to);
            }
        } catch (MessagingException | RuntimeException e) {
            throw new DeliveryFailedException(reasonFor(e), e);
        }
    }

    /**
     * The innermost cause's type and message: the client's own words about the connection or the server's
     * reply, never the body, which no client echoes. The password is cut out should a server ever repeat it.
     */
    String reasonFor(Throwable failure) {
        String reason = timedOut(failure)
                ? "no answer from the SMTP server within " + settings.timeout() + " (" + reason(failure) + ")"
                : reason(failure);
        return settings.password()
                .filter(secret -> !secret.isEmpty())
                .map(secret -> reason.replace(secret, "***"))
                .orElse(reason);
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getClass().getSimpleName()
                + (cause.getMessage() == null
                        ? ""
                        : ": " + cause.getMessage().replaceAll("\\s+", " ").trim());
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }
}
