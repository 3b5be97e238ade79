package dev.keysmith.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.bootstrap.support.TestClock;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep's warning email over real SMTP (quarkus-mailer to GreenMail): one per account and sweep, to its
 * SUPERADMINs and ADMINs. The account is stored directly, so the only message on the wire is the warning, and
 * its keys were last active in 1990 with the clock set to 80 days later: the database is shared with every
 * other test, and their keys (from now, or 2001) are not due for anything in 1990.
 */
@QuarkusTest
@TestProfile(SmtpDeliveryTest.WithSmtpServer.class)
class ExpiryWarningSmtpTest {

    @Inject
    RunExpirySweepUseCase sweeps;

    @Inject
    TestClock clock;

    @Inject
    AccountPort accounts;

    @Inject
    UserPort users;

    @Inject
    MembershipPort memberships;

    @Inject
    SaveProductPort products;

    @Inject
    ApiKeyPort keys;

    @SmtpDeliveryTest.SmtpServer
    GreenMail smtp;

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        // The SMTP server is shared with the other test of this profile, which counts what it receives.
        smtp.purgeEmailFromAllMailboxes();
    }

    private static final Instant ERA = Instant.parse("1990-01-01T00:00:00Z");

    @Test
    void theAccountsSuperadminsAndAdminsReceiveOneEmailListingItsKeys() throws Exception {
        clock.setAhead(Duration.between(Instant.now(), ERA));
        String letters = ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Product product = Product.define(new ProductCode("mail-" + letters), new ProductName("Payments " + letters),
                new KeyPrefix(letters), List.of(new Scope("read")), List.of(new Scope("read")));
        Account account = Account.open(AccountId.random(), new AccountName("Acme " + letters), null, clock.instant());
        User owner = user("owner-" + letters);
        User admin = user("admin-" + letters);
        User member = user("member-" + letters);
        QuarkusTransaction.requiringNew().run(() -> {
            products.insertProduct(product);
            accounts.insertAccount(account);
            List.of(owner, admin, member).forEach(users::insertUser);
            memberships.saveMembership(new Membership(account.id(), owner.id(), Role.SUPERADMIN));
            memberships.saveMembership(new Membership(account.id(), admin.id(), Role.ADMIN));
            memberships.saveMembership(new Membership(account.id(), member.id(), Role.MEMBER));
            keys.insertKey(key(account, product, "Zapier"));
            keys.insertKey(key(account, product, "Marketing Automation"));
        });

        clock.setAhead(Duration.between(Instant.now(), ERA.plus(Duration.ofDays(80))));
        SweepResult result = sweeps.sweep(Caller.system());

        assertThat(result.warningsSent()).isEqualTo(2);
        assertThat(result.emailsSent()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        // One message per recipient; the Member is not among them.
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getSubject())
                    .isEqualTo("Keysmith: API keys of Acme " + letters + " expire soon unless they are used");
            assertThat(addresses(message)).containsExactlyInAnyOrder(owner.email().value(), admin.email().value());
            assertThat((String) message.getContent()).contains("\"Zapier\"", "\"Marketing Automation\"",
                    "Payments " + letters, "expires on ");
        }
    }

    private User user(String name) {
        return User.register(UserId.random(), new Email(name + "@example.com"), new DisplayName(name),
                "$argon2id$password", "$argon2id$pin", false, clock.instant());
    }

    private ApiKey key(Account account, Product product, String name) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        Instant now = clock.instant();
        return ApiKey.restore(ApiKeyId.random(), account.id(), product.code(), new KeyName(name),
                List.of(new Scope("read")), List.of(), null, null, now, null, KeyStatus.ACTIVE,
                HexFormat.of().formatHex(hash), new KeyHint(product.keyPrefix().value() + "_live_ab12\u20269xYz"),
                null, null, null, null, 0);
    }

    private static List<String> addresses(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(RecipientType.TO))
                .map(address -> ((InternetAddress) address).getAddress()).toList();
    }
}
