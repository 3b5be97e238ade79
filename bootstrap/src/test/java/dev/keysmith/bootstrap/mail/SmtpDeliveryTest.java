package dev.keysmith.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sends through the real SMTP path, quarkus-mailer included, to a GreenMail server on a free port. */
@QuarkusTest
@TestProfile(SmtpDeliveryTest.WithSmtpServer.class)
class SmtpDeliveryTest {

    @Inject
    SendEmailPort sendEmail;

    @SmtpServer
    GreenMail smtp;

    @Test
    void aMessageReachesEveryRecipientAsPlainText() throws Exception {
        sendEmail.send(new EmailMessage(List.of("ada@example.org", "grace@example.org"),
                "Your Keysmith invitation", "Accept it with the token abc123."));

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("Your Keysmith invitation");
            assertThat(GreenMailUtil.getBody(message).trim()).isEqualTo("Accept it with the token abc123.");
            assertThat(message.getContentType()).startsWith("text/plain");
            assertThat(addresses(message.getFrom())).containsExactly("keysmith@test.local");
            assertThat(addresses(message.getRecipients(RecipientType.TO)))
                    .containsExactlyInAnyOrder("ada@example.org", "grace@example.org");
        }
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    /** Marks the field that receives the running GreenMail server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface SmtpServer {
    }

    /** Points the mailer at the GreenMail server instead of the mock mailbox the other tests use. */
    public static class WithSmtpServer implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GreenMailResource.class));
        }
    }

    /** Runs a GreenMail SMTP server on a free local port for the length of the profile. */
    public static class GreenMailResource implements QuarkusTestResourceLifecycleManager {

        private GreenMail greenMail;

        @Override
        public Map<String, String> start() {
            greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            return Map.of(
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                    "quarkus.mailer.mock", "false",
                    // A fresh connection per message: a pooled one reused for a later message hung now and then.
                    "quarkus.mailer.keep-alive", "false",
                    "quarkus.mailer.from", "keysmith@test.local");
        }

        @Override
        public void inject(TestInjector testInjector) {
            testInjector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(SmtpServer.class, GreenMail.class));
        }

        @Override
        public void stop() {
            if (greenMail != null) {
                greenMail.stop();
            }
        }
    }
}
