package dev.keysmith.application.support;

import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.contract.AccessTokenPortContractTest;
import dev.keysmith.application.port.out.contract.AccountPortContractTest;
import dev.keysmith.application.port.out.contract.ApiKeyPortContractTest;
import dev.keysmith.application.port.out.contract.AuditLogPortContractTest;
import dev.keysmith.application.port.out.contract.DefaultProductsPortContractTest;
import dev.keysmith.application.port.out.contract.EmailTransportPortContractTest;
import dev.keysmith.application.port.out.contract.ExpirySweepPortContractTest;
import dev.keysmith.application.port.out.contract.IntegratorPortContractTest;
import dev.keysmith.application.port.out.contract.InvitationPortContractTest;
import dev.keysmith.application.port.out.contract.IpRangePortContractTest;
import dev.keysmith.application.port.out.contract.KeyDeliveryPortContractTest;
import dev.keysmith.application.port.out.contract.KeyHasherPortContractTest;
import dev.keysmith.application.port.out.contract.KeySnapshotPortContractTest;
import dev.keysmith.application.port.out.contract.MembershipPortContractTest;
import dev.keysmith.application.port.out.contract.NotificationPortContractTest;
import dev.keysmith.application.port.out.contract.OperatorInvitationPortContractTest;
import dev.keysmith.application.port.out.contract.OutboxPortContractTest;
import dev.keysmith.application.port.out.contract.PhoneNumberPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.ProductAccessPortContractTest;
import dev.keysmith.application.port.out.contract.ProductPortContractTest;
import dev.keysmith.application.port.out.contract.RandomTokenPortContractTest;
import dev.keysmith.application.port.out.contract.SecretHasherPortContractTest;
import dev.keysmith.application.port.out.contract.SecretSealPortContractTest;
import dev.keysmith.application.port.out.contract.SignInAttemptsPortContractTest;
import dev.keysmith.application.port.out.contract.SmsTransportPortContractTest;
import dev.keysmith.application.port.out.contract.StoredDigestPortContractTest;
import dev.keysmith.application.port.out.contract.TransactionPortContractTest;
import dev.keysmith.application.port.out.contract.UsageRecorderPortContractTest;
import dev.keysmith.application.port.out.contract.UserPortContractTest;
import dev.keysmith.application.port.out.contract.WarningEmailDraftPortContractTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.testing.TestClock;
import dev.keysmith.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The port contracts run against the in-memory fakes, so the service tests build on fakes that behave as the
 * PostgreSQL adapters do (adapters-persistence runs the same contracts against those, adapters-mail the email
 * transport's against its file transport, adapters-security the secret hasher's, key hasher's, random token's and IP
 * range's, phone number's and secret seal's against its adapters, adapters-sms the SMS transport's against the
 * file and webhook transports).
 *
 * <p>{@code KeyChangedPort}, {@code AccountChangedPort} and {@code VerifierClientChangedPort} have no contract: all
 * they promise is an announcement heard by every instance once the surrounding transaction commits and never if it
 * rolls back, which only the PostgreSQL adapters can keep (their own tests listen for it); the fakes merely note what
 * was announced, and {@code VerifierClientChangedPort} has no fake at all. {@code AccessTokenPort}'s contract runs against
 * its fake here and against the smallrye-jwt signer in adapters-rest.
 */
class InMemoryPortsContractTest {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Nested
    class Accounts extends AccountPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Memberships extends MembershipPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Users extends UserPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Invitations extends InvitationPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class AuditLog extends AuditLogPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class SignInAttempts extends SignInAttemptsPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Keys extends ApiKeyPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Products extends ProductPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class ProductAccesses extends ProductAccessPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class OperatorInvitations extends OperatorInvitationPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class Notifications extends NotificationPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }
    }

    @Nested
    class ExpirySweeps extends ExpirySweepPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected void storeForSweep(ApiKey key, Product product, Account account) {
            ports.sweeps.add(key, product.name().value(), account.name().value());
        }

        @Override
        protected Optional<ApiKey> storedKey(ApiKeyId id) {
            return Optional.ofNullable(ports.sweeps.rows.get(id)).map(InMemorySweeps.Row::key);
        }
    }

    @Nested
    class UsageRecorder extends UsageRecorderPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected void storeKey(ApiKey key, Product product, Account account) {
            ports.sweeps.add(key, product.name().value(), account.name().value());
        }

        @Override
        protected Optional<ApiKey> storedKey(ApiKeyId id) {
            return Optional.ofNullable(ports.sweeps.rows.get(id)).map(InMemorySweeps.Row::key);
        }
    }

    @Nested
    class WarningEmailDrafts extends WarningEmailDraftPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected void makeAdmins(Account account, List<User> admins) {
            ports.sweeps.recipients.put(
                    account.id(), admins.stream().map(u -> u.email().value()).toList());
        }
    }

    @Nested
    class Outbox extends OutboxPortContractTest {
        private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
        private final InMemoryOutbox outbox = new InMemoryOutbox(clock);

        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected OutboxPort outbox() {
            return outbox;
        }

        @Override
        protected SendEmailPort queue() {
            return outbox;
        }

        @Override
        protected TestClock clock() {
            return clock;
        }
    }

    @Nested
    class KeySnapshots extends KeySnapshotPortContractTest {
        private final InMemoryKeySnapshots snapshots = new InMemoryKeySnapshots(ports);

        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected KeySnapshotPort snapshots() {
            return snapshots;
        }
    }

    @Nested
    class Transactions extends TransactionPortContractTest {
        @Override
        protected TransactionPort transactions() {
            return new Fakes.Transactions();
        }
    }

    @Nested
    class SweepTransactions extends TransactionPortContractTest {
        @Override
        protected TransactionPort transactions() {
            return ports.sweeps;
        }
    }

    @Nested
    class EmailTransport extends EmailTransportPortContractTest {
        private final Fakes.Transport transport = new Fakes.Transport();

        @Override
        protected EmailTransportPort transport() {
            return transport;
        }

        @Override
        protected List<EmailMessage> delivered() {
            return transport.accepted;
        }

        @Override
        protected EmailTransportPort unreachable() {
            Fakes.Transport down = new Fakes.Transport();
            down.down = true;
            return down;
        }
    }

    @Nested
    class SecretHasher extends SecretHasherPortContractTest {
        @Override
        protected SecretHasherPort hasher() {
            return new Fakes.Hasher();
        }
    }

    @Nested
    class RandomTokens extends RandomTokenPortContractTest {
        @Override
        protected RandomTokenPort tokens() {
            return new Fakes.Tokens();
        }
    }

    @Nested
    class KeyHasher extends KeyHasherPortContractTest {
        @Override
        protected KeyHasherPort hasher() {
            return new Fakes.KeyHasher();
        }
    }

    @Nested
    class IpRanges extends IpRangePortContractTest {
        @Override
        protected IpRangePort ranges() {
            return new Fakes.IpRanges();
        }
    }

    @Nested
    class Integrators extends IntegratorPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected IntegratorPort integrators() {
            return ports.integrators;
        }
    }

    @Nested
    class KeyDeliveries extends KeyDeliveryPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected IntegratorPort integrators() {
            return ports.integrators;
        }

        @Override
        protected KeyDeliveryPort deliveries() {
            return ports.deliveries;
        }

        @Override
        protected List<Queued> queuedFor(KeyDelivery delivery) {
            return ports.deliveries.messages.stream()
                    .filter(m -> m.deliveryId().equals(delivery.id()))
                    .map(m -> new Queued(m.channel(), MessageKind.KEY_DELIVERY, m.recipient(), m.subject(), m.body()))
                    .toList();
        }

        @Override
        protected void giveUpMessagesOf(KeyDelivery delivery) {
            ports.deliveries.giveUp(delivery.id());
        }
    }

    @Nested
    class StoredDigests extends StoredDigestPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected StoredDigestPort digests() {
            return ports.keys;
        }
    }

    @Nested
    class DefaultProducts extends DefaultProductsPortContractTest {
        @Override
        protected PortsUnderTest ports() {
            return ports;
        }

        @Override
        protected DefaultProductsPort defaults() {
            return ports.defaults;
        }
    }

    @Nested
    class PhoneNumbers extends PhoneNumberPortContractTest {
        @Override
        protected PhoneNumberPort phones() {
            return new Fakes.Phones();
        }
    }

    @Nested
    class SecretSeal extends SecretSealPortContractTest {
        private final Fakes.Seal seal = new Fakes.Seal("this deployment");

        @Override
        protected SecretSealPort seal() {
            return seal;
        }

        @Override
        protected SecretSealPort otherDeploymentsSeal() {
            return new Fakes.Seal("another deployment");
        }
    }

    @Nested
    class SmsTransport extends SmsTransportPortContractTest {
        private final Fakes.SmsGateway gateway = new Fakes.SmsGateway();

        @Override
        protected SmsTransportPort transport() {
            return gateway;
        }

        @Override
        protected List<SmsMessage> delivered() {
            return gateway.accepted;
        }

        @Override
        protected SmsTransportPort unreachable() {
            Fakes.SmsGateway down = new Fakes.SmsGateway();
            down.down = true;
            return down;
        }
    }

    @Nested
    class AccessTokens extends AccessTokenPortContractTest {
        @Override
        protected AccessTokenPort tokens() {
            return new Fakes.AccessTokens();
        }
    }
}
