package dev.keysmith.application.key;

import static dev.keysmith.application.support.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.delivery.DeliverySettings;
import dev.keysmith.application.delivery.KeyDeliveries;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.DisableApiKeyCommand;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GenerateApiKeyCommand;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.application.port.in.key.KeyLimitReachedException;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.ListApiKeysQuery;
import dev.keysmith.application.port.in.key.ProductNotEnabledException;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase.RegenerateApiKeyCommand;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase.RevokeApiKeyCommand;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.support.Fakes;
import dev.keysmith.application.support.InMemoryDeliveries;
import dev.keysmith.application.support.InMemoryIntegrators;
import dev.keysmith.application.support.InMemoryKeys;
import dev.keysmith.application.support.World;
import dev.keysmith.application.user.PinService;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.delivery.DeliveryState;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.integrator.PhoneNumber;
import dev.keysmith.domain.key.KeyAlreadyReplacedException;
import dev.keysmith.domain.key.KeyAlreadyRevokedException;
import dev.keysmith.domain.key.KeyEnvironment;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.key.ParsedKey;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.WrongPinException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final ProductCode PAYMENTS = new ProductCode("payments");

    private final World world = new World();
    private final InMemoryKeys keys = new InMemoryKeys();
    private final KeyHasherPort hasher = new Fakes.KeyHasher();
    private final IpRangePort ipRanges = new IpRangePort() {
        @Override
        public String normalize(String addressOrRange) {
            if (!addressOrRange.matches("[0-9./]+")) {
                throw new InvalidValueException("ipAllowlist", "not an address or range");
            }
            return addressOrRange;
        }

        @Override
        public boolean allows(List<String> ranges, String clientIp) {
            return true;
        }
    };
    private final InMemoryIntegrators integrators = new InMemoryIntegrators();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final Fakes.Seal seal = new Fakes.Seal("this deployment");
    private final PinService pins =
            new PinService(world.store, world.hasher, world.passwords, world.transactions, world.audit, world.clock);
    private final ApiKeyService service = new ApiKeyService(
            keys,
            keys,
            keys,
            world.gate,
            pins,
            hasher,
            world.tokens,
            ipRanges,
            keys,
            world.transactions,
            world.audit,
            new KeyIssuingPolicy(KeyEnvironment.LIVE, 2),
            world.clock,
            new KeyDeliveries(
                    integrators,
                    deliveries,
                    seal,
                    world.tokens,
                    new DeliverySettings(World.PUBLIC_URL, Duration.ofHours(72)),
                    world.audit,
                    world.clock));

    private final Account account = world.account(null);
    private final User admin = world.person("482913");

    ApiKeyServiceTest() {
        keys.products.put(
                PAYMENTS,
                Product.define(
                        PAYMENTS,
                        new ProductName("Payments"),
                        new KeyPrefix("pay"),
                        Set.of(new Scope("read"), new Scope("write")),
                        Set.of(new Scope("read"))));
        keys.saveAccess(ProductAccess.none(account.id(), PAYMENTS).enable(world.clock.instant()));
        world.member(account, admin, Role.ADMIN);
    }

    private GeneratedApiKey generate(String pin) {
        return service.generate(new GenerateApiKeyCommand(
                as(admin),
                account.id(),
                PAYMENTS,
                new KeyName("Marketing Automation"),
                null,
                List.of("10.0.0.0/8"),
                null,
                pin));
    }

    @Test
    void generatesAWellFormedKeyAndStoresOnlyItsHash() {
        GeneratedApiKey generated = generate("482913");

        String secret = generated.secret().reveal();
        assertThat(ParsedKey.parse(secret)).isPresent();
        assertThat(secret).startsWith("pay_live_");
        assertThat(generated.key().secretHash()).isEqualTo(hasher.hash(secret)).doesNotContain(secret);
        assertThat(generated.key().scopes()).extracting(Scope::value).containsExactly("read");
        assertThat(world.store.actions()).contains(AuditAction.KEY_GENERATED);
        assertThat(world.store.events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(secret, "482913"));
        assertThat(keys.changed).containsExactly(generated.key().id());
    }

    @Test
    void aWrongPinGeneratesNothing() {
        assertThatThrownBy(() -> generate("000001")).isInstanceOf(WrongPinException.class);
        assertThat(keys.keys).isEmpty();
    }

    @Test
    void membersMayNotTouchKeysAndStrangersDoNotSeeTheAccount() {
        User member = world.person("482913");
        world.member(account, member, Role.MEMBER);
        User stranger = world.person("482913");

        assertThatThrownBy(
                        () -> service.listKeys(new ListApiKeysQuery(as(member), account.id(), null, null, null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() ->
                        service.listKeys(new ListApiKeysQuery(as(stranger), account.id(), null, null, null, null)))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void theKeyLimitPerProductHolds() {
        generate("482913");
        generate("482913");
        assertThatThrownBy(() -> generate("482913")).isInstanceOf(KeyLimitReachedException.class);
        // Counted under the lock every time, so concurrent generations cannot both see room for one more.
        assertThat(keys.limitSteps)
                .containsExactly("lock", "count", "insert", "lock", "count", "insert", "lock", "count");
    }

    @Test
    void keysNeedAnEnabledProduct() {
        keys.saveAccess(ProductAccess.none(account.id(), PAYMENTS).disable(world.clock.instant()));
        assertThatThrownBy(() -> generate("482913")).isInstanceOf(ProductNotEnabledException.class);
    }

    @Test
    void regeneratingReplacesTheKeyOnceAndKeepsItsSettings() {
        GeneratedApiKey first = generate("482913");

        GeneratedApiKey second = service.regenerate(
                new RegenerateApiKeyCommand(as(admin), account.id(), first.key().id(), "482913", null));

        assertThat(second.key().name()).isEqualTo(first.key().name());
        assertThat(second.key().ipAllowlist()).containsExactly("10.0.0.0/8");
        assertThat(keys.keys.get(first.key().id()).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(keys.keys.get(first.key().id()).secretHash())
                .isEqualTo(first.key().secretHash());
        assertThatThrownBy(() -> service.regenerate(new RegenerateApiKeyCommand(
                        as(admin), account.id(), first.key().id(), "482913", null)))
                .isInstanceOf(KeyAlreadyReplacedException.class);
    }

    @Test
    void regeneratingRecordsBothKeysEachNamingTheOther() {
        GeneratedApiKey first = generate("482913");

        GeneratedApiKey second = service.regenerate(
                new RegenerateApiKeyCommand(as(admin), account.id(), first.key().id(), "482913", null));

        AuditEvent onOld = world.store.events.get(world.store.events.size() - 2);
        AuditEvent onNew = world.store.events.get(world.store.events.size() - 1);
        assertThat(onOld.action()).isEqualTo(AuditAction.KEY_REGENERATED);
        assertThat(onOld.targetId()).isEqualTo(first.key().id().toString());
        assertThat(onOld.details())
                .containsEntry("replacedBy", second.key().id().toString())
                .containsEntry("hint", first.key().hint().toString())
                .containsEntry("status", "REVOKED");
        assertThat(onNew.action()).isEqualTo(AuditAction.KEY_GENERATED);
        assertThat(onNew.targetId()).isEqualTo(second.key().id().toString());
        assertThat(onNew.details())
                .containsEntry("replacedKeyId", first.key().id().toString())
                .containsEntry("hint", second.key().hint().toString());
    }

    @Test
    void withAGracePeriodTheOldKeyLivesOnUntilItEnds() {
        GeneratedApiKey first = generate("482913");

        service.regenerate(
                new RegenerateApiKeyCommand(as(admin), account.id(), first.key().id(), "482913", Duration.ofHours(1)));

        assertThat(keys.keys.get(first.key().id()).effectiveStatus(world.clock.instant()))
                .isEqualTo(KeyStatus.ACTIVE);
        world.clock.advance(Duration.ofHours(1));
        assertThat(keys.keys.get(first.key().id()).effectiveStatus(world.clock.instant()))
                .isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void revokingKeepsTheHashAndCannotBeRepeated() {
        GeneratedApiKey key = generate("482913");

        service.revoke(
                new RevokeApiKeyCommand(as(admin), account.id(), key.key().id(), "482913"));

        assertThat(keys.keys.get(key.key().id()).secretHash())
                .isEqualTo(key.key().secretHash());
        assertThatThrownBy(() -> service.revoke(new RevokeApiKeyCommand(
                        as(admin), account.id(), key.key().id(), "482913")))
                .isInstanceOf(KeyAlreadyRevokedException.class);
    }

    @Test
    void aSubAccountsAdminCannotTouchTheMastersKeys() {
        GeneratedApiKey key = generate("482913");
        Account location = world.account(account);
        User local = world.person("482913");
        world.member(location, local, Role.ADMIN);

        assertThatThrownBy(() -> service.disable(new DisableApiKeyCommand(
                        as(local), account.id(), key.key().id())))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(service.listKeys(new ListApiKeysQuery(as(admin), location.id(), null, null, null, null))
                        .items())
                .isEmpty();
    }

    private Integrator integratorOf(Account owner) {
        Integrator integrator = Integrator.create(
                owner.id(),
                "Zapier Ltd",
                new Email("ops@zapier.example"),
                new PhoneNumber("+447911123456"),
                world.clock.instant());
        integrators.insertIntegrator(integrator);
        return integrator;
    }

    private GeneratedApiKey generateFor(Integrator integrator) {
        return service.generate(new GenerateApiKeyCommand(
                as(admin), account.id(), PAYMENTS, new KeyName("Zapier"), null, null, null, "482913", integrator.id()));
    }

    @Test
    void aKeyForAnIntegratorIsSealedAndSentByEmailLinkAndSmsCodeNeverShown() {
        Integrator integrator = integratorOf(account);

        GeneratedApiKey generated = generateFor(integrator);

        assertThat(generated.secret()).isNull();
        KeyDelivery delivery = generated.delivery();
        assertThat(delivery.keyId()).isEqualTo(generated.key().id());
        assertThat(integrators.integratorOf(generated.key().id())).contains(integrator.id());
        String secret = seal.open(delivery.sealedSecret());
        assertThat(hasher.hash(secret)).isEqualTo(generated.key().secretHash());
        List<InMemoryDeliveries.Message> messages =
                deliveries.messagesOf(generated.key().id());
        assertThat(messages)
                .extracting(InMemoryDeliveries.Message::channel)
                .containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(messages.get(0).recipient()).isEqualTo("ops@zapier.example");
        assertThat(messages.get(0).body()).contains(World.PUBLIC_URL + "/reveal/");
        assertThat(messages.get(1).recipient()).isEqualTo("+447911123456");
        assertThat(messages.get(1).body()).containsPattern("code: [0-9]{6}\\.");
        assertThat(messages).allSatisfy(m -> assertThat(m.body()).doesNotContain(secret));
        assertThat(world.store.actions()).containsSubsequence(AuditAction.KEY_GENERATED, AuditAction.KEY_DELIVERY_SENT);
    }

    @Test
    void regeneratingAnIntegratorsKeySendsTheSuccessorToThemAndEndsTheOldLink() {
        Integrator integrator = integratorOf(account);
        GeneratedApiKey first = generateFor(integrator);

        GeneratedApiKey second = service.regenerate(
                new RegenerateApiKeyCommand(as(admin), account.id(), first.key().id(), "482913", null));

        assertThat(second.secret()).isNull();
        assertThat(second.delivery().keyId()).isEqualTo(second.key().id());
        assertThat(integrators.integratorOf(second.key().id())).contains(integrator.id());
        assertThat(keys.keys.get(first.key().id()).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(deliveries.deliveries.get(first.delivery().id()).state(world.clock.instant()))
                .isEqualTo(DeliveryState.ENDED);
        assertThat(deliveries.deliveries.get(first.delivery().id()).sealedSecret())
                .isNull();
        assertThat(deliveries.messagesOf(second.key().id())).hasSize(2);
    }

    @Test
    void anIntegratorOfAnotherAccountIsNotFoundAndNothingIsMade() {
        Integrator stranger = integratorOf(world.account(null));

        assertThatThrownBy(() -> generateFor(stranger)).isInstanceOf(IntegratorNotFoundException.class);
        assertThat(keys.keys).isEmpty();
        assertThat(deliveries.messages).isEmpty();
    }
}
