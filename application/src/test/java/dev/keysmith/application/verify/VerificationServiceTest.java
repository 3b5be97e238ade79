package dev.keysmith.application.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.Verification;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.NotInMemoryException;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.ApiKeySecret;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.KeyEnvironment;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.verification.VerificationCode;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.testing.TestClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verification answers that tell the truth: dead keys say so, and today's catalogue and access decide. */
class VerificationServiceTest {

    private static final ProductCode PAYMENTS = new ProductCode("payments");
    private static final Product PRODUCT = Product.define(
            PAYMENTS,
            new ProductName("Payments"),
            new KeyPrefix("pay"),
            Set.of(new Scope("read"), new Scope("write")),
            Set.of(new Scope("read")));

    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    private final Snapshots snapshots = new Snapshots();
    private final NoUsage usage = new NoUsage();
    private final VerificationService service = new VerificationService(
            secret -> "hmac:" + secret,
            snapshots,
            new AnyAddress(),
            usage,
            new InactivityPolicy(
                    Duration.ofDays(90), List.of(Duration.ofDays(15), Duration.ofDays(7), Duration.ofDays(1))),
            KeyEnvironment.LIVE,
            clock);
    private final Caller backend = Caller.verifier("vc_backend", Set.of(PAYMENTS), null);
    private final AccountId master = AccountId.random();
    private final AccountId subAccount = AccountId.random();

    private String[] store(ApiKey key) {
        return store(key, Set.of(new Scope("read"), new Scope("write")));
    }

    private String[] store(ApiKey key, Set<Scope> productScopes) {
        return store(key, productScopes, PRODUCT.keyPrefix());
    }

    private String[] store(ApiKey key, Set<Scope> productScopes, KeyPrefix productPrefix) {
        snapshots.keys.put(
                key.secretHash(), new KeySnapshotPort.KeySnapshot(key, true, true, true, productScopes, productPrefix));
        return new String[] {key.id().toString(), key.secretHash().substring("hmac:".length())};
    }

    private ApiKey issue(AccountId account, List<Scope> scopes) {
        byte[] random = new byte[ApiKeySecret.RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        ApiKeySecret secret = ApiKeySecret.generate(PRODUCT.keyPrefix(), KeyEnvironment.LIVE, random);
        return ApiKey.issue(
                ApiKeyId.random(),
                account,
                PRODUCT,
                new KeyName("Zapier"),
                scopes,
                List.of(),
                null,
                null,
                "hmac:" + secret.reveal(),
                secret.hint(),
                clock.instant());
    }

    private Verification verify(String secret, List<String> scopes, AccountId account) {
        return service.verify(command(secret, scopes, account));
    }

    private VerifyCommand command(String secret, List<String> scopes, AccountId account) {
        return new VerifyCommand(
                backend, secret, "payments", null, scopes, account == null ? null : account.toString());
    }

    @Test
    void aKeyInMemoryGetsTheSameAnswerFromMemory() {
        String[] key = store(issue(master, List.of(new Scope("read"))));
        snapshots.remembered.add("hmac:" + key[1]);

        Optional<Verification> fromMemory = service.verifyFromMemory(command(key[1], List.of("read"), null));

        assertThat(fromMemory).contains(verify(key[1], List.of("read"), null));
        assertThat(fromMemory.get().code()).isEqualTo(VerificationCode.VALID);
        assertThat(usage.used).hasSize(2);
    }

    @Test
    void aKeyNotInMemoryIsLeftToTheDatabaseAndNotCountedAsUsed() {
        String[] key = store(issue(master, null));

        assertThat(service.verifyFromMemory(command(key[1], null, null))).isEmpty();
        assertThat(usage.used).isEmpty();
        assertThat(verify(key[1], null, null).code()).isEqualTo(VerificationCode.VALID);
    }

    @Test
    void aMalformedKeyIsAnsweredFromMemory() {
        assertThat(service.verifyFromMemory(command("pay_live_not-a-key", null, null)))
                .map(Verification::code)
                .contains(VerificationCode.MALFORMED);
    }

    @Test
    void aUseNearTheInactivityDeadlineIsLeftToTheDatabaseWhichWritesItThrough() {
        String[] key = store(issue(master, null));
        snapshots.remembered.add("hmac:" + key[1]);
        clock.advance(Duration.ofDays(89).plusHours(1));

        assertThat(service.verifyFromMemory(command(key[1], null, null))).isEmpty();
        assertThat(usage.used).isEmpty();
        assertThat(verify(key[1], null, null).code()).isEqualTo(VerificationCode.VALID);
    }

    @Test
    void aRevokedKeySaysSoWithItsId() {
        ApiKey revoked = issue(master, null).revoke(clock.instant());
        String[] key = store(revoked);

        Verification answer = verify(key[1], null, null);

        assertThat(answer.code()).isEqualTo(VerificationCode.REVOKED);
        assertThat(answer.keyId().toString()).isEqualTo(key[0]);
        assertThat(answer.key()).as("nothing else about the key").isNull();
    }

    @Test
    void aReplacedKeySaysRevokedAndAnExpiredOneExpired() {
        ApiKey replaced = issue(master, null).regenerate(ApiKeyId.random(), null, clock.instant());
        ApiKey expired = issue(master, null).expire(clock.instant());

        assertThat(verify(store(replaced)[1], null, null).code()).isEqualTo(VerificationCode.REVOKED);
        Verification answer = verify(store(expired)[1], null, null);
        assertThat(answer.code()).isEqualTo(VerificationCode.EXPIRED);
        assertThat(answer.keyId()).isEqualTo(expired.id());
    }

    @Test
    void aKeyPastItsGraceSaysRevokedWithItsId() {
        ApiKey inGrace = issue(master, null).regenerate(ApiKeyId.random(), Duration.ofHours(1), clock.instant());
        String[] key = store(inGrace);
        assertThat(verify(key[1], null, null).code()).isEqualTo(VerificationCode.VALID);

        clock.advance(Duration.ofHours(1));

        assertThat(verify(key[1], null, null)).satisfies(answer -> {
            assertThat(answer.code()).isEqualTo(VerificationCode.REVOKED);
            assertThat(answer.keyId()).isEqualTo(inGrace.id());
        });
    }

    @Test
    void aScopeTheProductNoLongerOffersIsNoLongerGranted() {
        String[] key = store(issue(master, List.of(new Scope("read"), new Scope("write"))), Set.of(new Scope("read")));

        assertThat(verify(key[1], List.of("write"), null).code()).isEqualTo(VerificationCode.INSUFFICIENT_SCOPE);
        Verification read = verify(key[1], List.of("read"), null);
        assertThat(read.code()).isEqualTo(VerificationCode.VALID);
        assertThat(read.scopes()).extracting(Scope::value).containsExactly("read");
    }

    @Test
    void anAgencyKeyServesOnlySubAccountsThatMayUseTheProduct() {
        String[] key = store(issue(master, null));
        snapshots.masters.put(subAccount, master);

        snapshots.standings.put(subAccount, new KeySnapshotPort.AccountStanding(true, false));
        assertThat(verify(key[1], null, subAccount).code()).isEqualTo(VerificationCode.PRODUCT_NOT_ENABLED);
        snapshots.standings.put(subAccount, new KeySnapshotPort.AccountStanding(false, true));
        assertThat(verify(key[1], null, subAccount).code()).isEqualTo(VerificationCode.ACCOUNT_SUSPENDED);
        snapshots.standings.put(subAccount, new KeySnapshotPort.AccountStanding(true, true));
        assertThat(verify(key[1], null, subAccount).code()).isEqualTo(VerificationCode.VALID);
        assertThat(verify(key[1], null, master).code()).as("the master itself").isEqualTo(VerificationCode.VALID);
    }

    @Test
    void aKeyWhosePrefixIsNotTheRequestedProductsIsForAnotherProduct() {
        // Stored under payments but carrying a prefix payments does not have (a key made elsewhere, or a row edited).
        String[] key = store(issue(master, null), Set.of(new Scope("read")), new KeyPrefix("sms"));

        Verification answer = verify(key[1], null, null);

        assertThat(answer.code()).isEqualTo(VerificationCode.WRONG_PRODUCT);
        assertThat(answer.keyId()).as("nothing about the key").isNull();
    }

    @Test
    void aSubAccountsKeyNeverServesItsMaster() {
        String[] key = store(issue(subAccount, null));
        snapshots.masters.put(subAccount, master);

        assertThat(verify(key[1], null, master).code()).isEqualTo(VerificationCode.WRONG_ACCOUNT);
    }

    /**
     * The snapshot as canned answers (keys by hash, masters and standings by account), so each test states exactly
     * the facts verification sees; InMemoryKeySnapshots answers from stored rows and is held to the port's contract.
     */
    private static final class Snapshots implements KeySnapshotPort {
        final Map<String, KeySnapshot> keys = new HashMap<>();
        final Map<AccountId, AccountId> masters = new HashMap<>();
        final Map<AccountId, AccountStanding> standings = new HashMap<>();
        final Set<String> remembered = new HashSet<>();

        @Override
        public Optional<KeySnapshot> findKey(String secretHash) {
            return Optional.ofNullable(keys.get(secretHash));
        }

        @Override
        public Optional<AccountId> masterOf(AccountId account) {
            return Optional.ofNullable(masters.get(account));
        }

        @Override
        public AccountStanding standing(AccountId account, ProductCode product) {
            return standings.getOrDefault(account, new AccountStanding(false, false));
        }

        @Override
        public Optional<VerifierClientState> verifierClient(String clientId) {
            return Optional.of(new VerifierClientState(true, 0));
        }

        /** Remembers the keys in {@link #remembered} only: any other key would need the database. */
        @Override
        public KeySnapshotPort inMemoryOnly() {
            Snapshots all = this;
            return new KeySnapshotPort() {
                @Override
                public Optional<KeySnapshot> findKey(String secretHash) {
                    if (!remembered.contains(secretHash)) {
                        throw new NotInMemoryException();
                    }
                    return all.findKey(secretHash);
                }

                @Override
                public Optional<AccountId> masterOf(AccountId account) {
                    return all.masterOf(account);
                }

                @Override
                public AccountStanding standing(AccountId account, ProductCode product) {
                    return all.standing(account, product);
                }

                @Override
                public Optional<VerifierClientState> verifierClient(String clientId) {
                    return all.verifierClient(clientId);
                }
            };
        }
    }

    private static final class AnyAddress implements IpRangePort {
        @Override
        public String normalize(String addressOrRange) {
            return addressOrRange;
        }

        @Override
        public boolean allows(List<String> ranges, String clientIp) {
            return true;
        }
    }

    private static final class NoUsage implements UsageRecorderPort {
        final List<ApiKeyId> used = new ArrayList<>();

        @Override
        public void recordUse(ApiKey key, Instant at, boolean writeThrough) {
            used.add(key.id());
        }

        @Override
        public void flush() {}
    }
}
