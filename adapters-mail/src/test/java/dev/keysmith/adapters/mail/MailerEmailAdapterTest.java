package dev.keysmith.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import io.quarkus.mailer.Mail;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailerEmailAdapterTest {

    private static final EmailMessage INVITATION = new EmailMessage(
            List.of("ada@example.org", "grace@example.org"), "Your Keysmith invitation", "token: abc123");

    @Test
    void sendsOnePlainTextMailToAllRecipients() {
        List<Mail> sent = new ArrayList<>();

        new MailerEmailAdapter(mails -> sent.addAll(List.of(mails))).send(INVITATION);

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).containsExactly("ada@example.org", "grace@example.org");
            assertThat(mail.getSubject()).isEqualTo("Your Keysmith invitation");
            assertThat(mail.getText()).isEqualTo("token: abc123");
            assertThat(mail.getHtml()).isNull();
        });
    }

    @Test
    void aDeliveryFailureDoesNotReachTheCaller() {
        MailerEmailAdapter adapter = new MailerEmailAdapter(mails -> {
            throw new IllegalStateException("connection refused");
        });

        assertThatCode(() -> adapter.send(INVITATION)).doesNotThrowAnyException();
    }
}
