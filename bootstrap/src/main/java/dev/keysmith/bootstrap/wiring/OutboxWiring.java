package dev.keysmith.bootstrap.wiring;

import dev.keysmith.adapters.mail.FileEmailTransport;
import dev.keysmith.adapters.mail.MockMailerTransport;
import dev.keysmith.adapters.mail.SmtpEmailTransport;
import dev.keysmith.adapters.mail.SmtpSettings;
import dev.keysmith.adapters.sms.FileSmsTransport;
import dev.keysmith.adapters.sms.WebhookSmsTransport;
import dev.keysmith.application.outbox.OutboxDeliveryService;
import dev.keysmith.application.outbox.OutboxPolicy;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.bootstrap.config.InvalidSetting;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.handlers.text_plain;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Builds the outbox worker and its email transport: SMTP with Jakarta Mail from the standard
 * {@code quarkus.mailer.*} keys; files in the data directory when the start found no SMTP host
 * ({@code keysmith.mail.file-outbox}, set by the embedded defaults); quarkus-mailer's mock mailbox in tests.
 */
// Jakarta Mail finds its SMTP transports and the text/plain handler by name; a native image must keep them.
@RegisterForReflection(targets = {SMTPTransport.class, SMTPSSLTransport.class, text_plain.class})
public class OutboxWiring {

    private static final Logger LOG = Logger.getLogger(OutboxWiring.class);

    @Produces
    @Singleton
    OutboxPolicy outboxPolicy(KeysmithConfig config) {
        KeysmithConfig.Outbox outbox = config.outbox();
        return InvalidSetting.named(
                "keysmith.outbox.*",
                () -> new OutboxPolicy(
                        outbox.maxAttempts(), outbox.backoffBase(), outbox.backoffCap(), outbox.batchSize()));
    }

    @Produces
    @Singleton
    EmailTransportPort emailTransport(ReactiveMailer mailer, Clock clock, Config config, KeysmithConfig settings) {
        Optional<String> fileOutbox = settings.mail().fileOutbox();
        Duration sendTimeout = settings.outbox().sendTimeout();
        String from = config.getValue("quarkus.mailer.from", String.class);
        Optional<Boolean> mock = config.getOptionalValue("quarkus.mailer.mock", Boolean.class);
        if (fileOutbox.isPresent()) {
            FileEmailTransport files = new FileEmailTransport(Path.of(fileOutbox.get()), from, clock);
            LOG.infof("email is written to files in %s (readable only by this user), not sent", files.directory());
            return files;
        }
        if (mock.orElse(false)) {
            return new MockMailerTransport(mailer, sendTimeout);
        }
        SmtpSettings smtp = smtpSettings(config, from, sendTimeout);
        LOG.infof("email is sent through %s:%d", smtp.host(), smtp.port());
        return new SmtpEmailTransport(smtp);
    }

    @Produces
    @Singleton
    SmsTransportPort smsTransport(KeysmithConfig settings, Clock clock) {
        KeysmithConfig.Sms sms = settings.sms();
        if (sms.webhookUrl().isPresent()) {
            WebhookSmsTransport webhook = InvalidSetting.named(
                    "keysmith.sms.webhook-url",
                    () -> new WebhookSmsTransport(
                            URI.create(sms.webhookUrl().get()),
                            sms.webhookSecret(),
                            settings.outbox().sendTimeout()));
            LOG.infof("SMS are sent through the webhook %s", webhook);
            return webhook;
        }
        // Set by the embedded defaults at every start through the entry point; else the default data directory's.
        Path files = Path.of(sms.fileOutbox().orElse(".keysmith/sms-outbox"));
        FileSmsTransport transport = new FileSmsTransport(files, clock);
        LOG.infof("SMS are written to files in %s (readable only by this user), not sent", transport.directory());
        return transport;
    }

    /** The standard quarkus.mailer.* keys, read as quarkus-mailer reads them. */
    private static SmtpSettings smtpSettings(Config config, String from, Duration timeout) {
        boolean ssl = config.getOptionalValue("quarkus.mailer.tls", Boolean.class)
                .or(() -> config.getOptionalValue("quarkus.mailer.ssl", Boolean.class))
                .orElse(false);
        int port = config.getOptionalValue("quarkus.mailer.port", Integer.class).orElse(ssl ? 465 : 25);
        SmtpSettings.StartTls startTls =
                SmtpSettings.StartTls.valueOf(config.getOptionalValue("quarkus.mailer.start-tls", String.class)
                        .orElse("OPTIONAL")
                        .toUpperCase(Locale.ROOT));
        return new SmtpSettings(
                config.getValue("quarkus.mailer.host", String.class),
                port,
                config.getOptionalValue("quarkus.mailer.username", String.class),
                config.getOptionalValue("quarkus.mailer.password", String.class),
                from,
                ssl,
                startTls,
                config.getOptionalValue("quarkus.mailer.trust-all", Boolean.class)
                        .orElse(false),
                config.getOptionalValue("quarkus.mailer.own-host-name", String.class),
                timeout);
    }

    @Produces
    @Singleton
    @Typed(OutboxDeliveryService.class) // the use case itself is the metered one (MetricsWiring)
    OutboxDeliveryService outboxDeliveryService(
            OutboxPort outbox,
            EmailTransportPort email,
            SmsTransportPort sms,
            TransactionPort transactions,
            OutboxPolicy policy,
            Clock clock) {
        return new OutboxDeliveryService(outbox, email, sms, transactions, policy, clock);
    }
}
