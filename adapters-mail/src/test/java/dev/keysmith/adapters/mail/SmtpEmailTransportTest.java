package dev.keysmith.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.mail.SmtpSettings.StartTls;
import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpEmailTransportTest {

    private static final EmailMessage INVITATION = new EmailMessage(
            MessageKind.INVITATION, List.of("ada@example.org"), "Your Keysmith invitation", "token: abc123");

    private static SmtpSettings settings(int port, Duration timeout) {
        return new SmtpSettings(
                "127.0.0.1",
                port,
                Optional.of("keysmith"),
                Optional.of("s3cret-pass"),
                "keysmith@example.org",
                false,
                StartTls.OPTIONAL,
                false,
                Optional.empty(),
                timeout);
    }

    @Test
    void theConversationIsBoundedByTheTimeoutAndTlsFollowsTheStandardSettings() {
        Properties plain = SmtpEmailTransport.properties(settings(2525, Duration.ofSeconds(7)));

        assertThat(plain)
                .containsEntry("mail.transport.protocol", "smtp")
                .containsEntry("mail.smtp.connectiontimeout", "7000")
                .containsEntry("mail.smtp.timeout", "7000")
                .containsEntry("mail.smtp.writetimeout", "7000")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        Properties smtps = SmtpEmailTransport.properties(new SmtpSettings(
                "mail.example.org",
                465,
                Optional.empty(),
                Optional.empty(),
                "k@example.org",
                true,
                StartTls.DISABLED,
                true,
                Optional.of("keysmith.example.org"),
                Duration.ofSeconds(30)));
        assertThat(smtps)
                .containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.auth", "false")
                .containsEntry("mail.smtps.ssl.trust", "*")
                .containsEntry("mail.smtps.localhost", "keysmith.example.org");
    }

    @Test
    void aRefusedConnectionFailsTheAttemptNamingTheCause() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SmtpEmailTransport transport = new SmtpEmailTransport(settings(closedPort, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> transport.deliver(INVITATION))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("ConnectException: Connection refused")
                .hasMessageNotContaining("abc123");
    }

    @Test
    void aServerThatNeverGreetsFailsTheAttemptAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (IOException | InterruptedException done) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpEmailTransport transport =
                    new SmtpEmailTransport(settings(silent.getLocalPort(), Duration.ofMillis(300)));

            assertThatThrownBy(() -> transport.deliver(INVITATION))
                    .isInstanceOf(DeliveryFailedException.class)
                    .hasMessageStartingWith("no answer from the SMTP server within PT0.3S (SocketTimeoutException");
            acceptor.interrupt();
        }
    }

    @Test
    void aReasonNeverCarriesThePassword() {
        SmtpEmailTransport transport = new SmtpEmailTransport(settings(25, Duration.ofSeconds(1)));

        assertThat(transport.reasonFor(new IllegalStateException("535 rejected AUTH PLAIN s3cret-pass")))
                .isEqualTo("IllegalStateException: 535 rejected AUTH PLAIN ***");
    }
}
