package dev.keysmith.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.bootstrap.persistence.Stored;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.testing.TestClock;
import dev.keysmith.domain.user.User;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep's warning email through the outbox over real SMTP (quarkus-mailer to GreenMail): one per account
 * and sweep, to its SUPERADMINs and ADMINs. The account is stored directly, so the only message on the wire is the warning, and
 * its keys were created (never used) in 1990 with the clock set to 80 days later: the database is shared with
 * every other test, and their keys (from now, or 2001) are not due for anything in 1990.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class ExpiryWarningSmtpTest {

    @Inject
    RunExpirySweepUseCase sweeps;

    @Inject
    DeliverOutboxUseCase outbox;

    @Inject
    TestClock clock;

    @Inject
    Stored stored;

    @SmtpProfile.Smtp
    TestSmtpServer smtp;

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        // The SMTP server is shared with the other test of this profile, which counts what it receives.
        smtp.greenMail().purgeEmailFromAllMailboxes();
    }

    private static final Instant ERA = Instant.parse("1990-01-01T00:00:00Z");

    @Test
    void theAccountsSuperadminsAndAdminsReceiveOneEmailListingItsKeys() throws Exception {
        Product product = stored.product();
        Account account = stored.account();
        User owner = stored.user();
        User admin = stored.user();
        stored.member(account, owner, Role.SUPERADMIN);
        stored.member(account, admin, Role.ADMIN);
        stored.member(account, stored.user(), Role.MEMBER);
        stored.key(ApiKeyId.random(), account, product, "Zapier", ERA, null);
        stored.key(ApiKeyId.random(), account, product, "Marketing Automation", ERA, null);

        clock.setAhead(Duration.between(Instant.now(), ERA.plus(Duration.ofDays(80))));
        SweepResult result = sweeps.sweep(new RunSweepCommand(Caller.system()));

        assertThat(result.warningsSent()).isEqualTo(2);
        assertThat(result.emailsSent()).isEqualTo(1);
        // The sweep only queued it: nothing is on the wire until the outbox worker runs.
        assertThat(smtp.greenMail().getReceivedMessages()).isEmpty();
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(Caller.system())).sent())
                .isEqualTo(1);
        MimeMessage[] received = smtp.greenMail().getReceivedMessages();
        // One message per recipient; the Member is not among them.
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getSubject())
                    .isEqualTo("Keysmith: API keys of " + account.name().value() + " expire soon unless they are used");
            assertThat(addresses(message))
                    .containsExactlyInAnyOrder(
                            owner.email().value(), admin.email().value());
            assertThat((String) message.getContent())
                    .contains(
                            "\"Zapier\"",
                            "\"Marketing Automation\"",
                            product.name().value(),
                            "expires on ");
        }
    }

    private static List<String> addresses(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(RecipientType.TO))
                .map(address -> ((InternetAddress) address).getAddress())
                .toList();
    }
}
