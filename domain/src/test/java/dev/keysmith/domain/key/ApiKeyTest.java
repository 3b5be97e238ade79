package dev.keysmith.domain.key;

import static dev.keysmith.domain.key.ApiKeyBuilder.NOW;
import static dev.keysmith.domain.key.ApiKeyBuilder.aKey;
import static dev.keysmith.domain.key.ApiKeyBuilder.payments;
import static dev.keysmith.domain.key.ApiKeyBuilder.scopes;
import static dev.keysmith.domain.key.KeyStatus.ACTIVE;
import static dev.keysmith.domain.key.KeyStatus.DISABLED;
import static dev.keysmith.domain.key.KeyStatus.EXPIRED;
import static dev.keysmith.domain.key.KeyStatus.REVOKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {

    /** The hash {@link ApiKeyBuilder} gives every key. */
    private static final String HASH = "test-hash-of-the-secret";

    private static final KeyHint HINT = new KeyHint("pay_live_ab12\u20269xYz");
    private static final KeyHint NEW_HINT = new KeyHint("pay_live_cd34\u20268wVu");
    private static final AccountId ACCOUNT = AccountId.random();
    private static final UserId ADMIN = UserId.random();

    private static ApiKey issue(Collection<Scope> scopes, List<String> ipAllowlist, Instant expiresAt) {
        return issue(payments(), scopes, ipAllowlist, expiresAt);
    }

    private static ApiKey issue(
            Product product, Collection<Scope> scopes, List<String> ipAllowlist, Instant expiresAt) {
        return ApiKey.issue(
                ApiKeyId.random(),
                ACCOUNT,
                product,
                new KeyName("CRM sync"),
                scopes,
                ipAllowlist,
                expiresAt,
                ADMIN,
                "hash-1",
                HINT,
                NOW);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidValueException) e).field();
    }

    @Nested
    class Issue {

        @Test
        void issuesAnActiveKeyWithWhatWasAsked() {
            ApiKeyId id = ApiKeyId.random();
            Instant expiresAt = NOW.plus(Duration.ofDays(30));

            ApiKey key = ApiKey.issue(
                    id,
                    ACCOUNT,
                    payments(),
                    new KeyName("CRM sync"),
                    scopes("write", "read"),
                    List.of("10.0.0.0/8", "2001:db8::/32"),
                    expiresAt,
                    ADMIN,
                    "hash-1",
                    HINT,
                    NOW);

            assertThat(key.id()).isEqualTo(id);
            assertThat(key.accountId()).isEqualTo(ACCOUNT);
            assertThat(key.product()).isEqualTo(new ProductCode("payments"));
            assertThat(key.name()).isEqualTo(new KeyName("CRM sync"));
            assertThat(key.scopes()).extracting(Scope::value).containsExactly("read", "write");
            assertThat(key.ipAllowlist()).containsExactly("10.0.0.0/8", "2001:db8::/32");
            assertThat(key.expiresAt()).isEqualTo(expiresAt);
            assertThat(key.createdBy()).isEqualTo(ADMIN);
            assertThat(key.createdAt()).isEqualTo(NOW);
            assertThat(key.lastUsedAt()).isNull();
            assertThat(key.status()).isEqualTo(ACTIVE);
            assertThat(key.secretHash()).isEqualTo("hash-1");
            assertThat(key.hint()).isEqualTo(HINT);
            assertThat(key.replacedBy()).isNull();
            assertThat(key.graceUntil()).isNull();
            assertThat(key.revokedAt()).isNull();
            assertThat(key.expiredAt()).isNull();
            assertThat(key.version()).isZero();
            assertThat(key.effectiveStatus(NOW)).isEqualTo(ACTIVE);
        }

        @Test
        void withoutScopesTheKeyGetsTheProductDefaults() {
            assertThat(issue(null, null, null).scopes())
                    .extracting(Scope::value)
                    .containsExactly("read");
            assertThat(issue(List.of(), null, null).scopes())
                    .extracting(Scope::value)
                    .containsExactly("read");
        }

        @Test
        void withoutAnAllowlistAnyAddressMayUseTheKey() {
            assertThat(issue(null, null, null).ipAllowlist()).isEmpty();
        }

        @Test
        void refusesScopesTheProductDoesNotOffer() {
            assertThatThrownBy(() -> issue(scopes("read", "admin", "refund"), null, null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("unknown scopes [admin, refund] for product payments")
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("scopes"));
        }

        @Test
        void refusesToGuessScopesWhenTheProductHasNoDefaults() {
            Product noDefaults = payments().change(null, null, Set.of());

            assertThatThrownBy(() -> issue(noDefaults, null, null, null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("no default scopes")
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("scopes"));
            assertThat(issue(noDefaults, scopes("write"), null, null).scopes())
                    .extracting(Scope::value)
                    .containsExactly("write");
        }

        @Test
        void refusesANullScope() {
            List<Scope> withNull = new ArrayList<>();
            withNull.add(null);

            assertThatThrownBy(() -> issue(withNull, null, null)).isInstanceOf(InvalidValueException.class);
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -86_400})
        void refusesAnExpiryThatIsNotInTheFuture(long secondsFromNow) {
            assertThatThrownBy(() -> issue(null, null, NOW.plusSeconds(secondsFromNow)))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("expiresAt"));
        }

        @Test
        void refusesAnExpiryBeyondTheYear9999() {
            assertThat(issue(null, null, ApiKey.LATEST_EXPIRY).expiresAt()).isEqualTo(ApiKey.LATEST_EXPIRY);
            assertThatThrownBy(() -> issue(null, null, ApiKey.LATEST_EXPIRY.plusSeconds(1)))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("expiresAt"));
        }

        @Test
        void aKeyMayBeIssuedWithoutAPersonBehindIt() {
            ApiKey key = ApiKey.issue(
                    ApiKeyId.random(),
                    ACCOUNT,
                    payments(),
                    new KeyName("Integrator"),
                    null,
                    null,
                    null,
                    null,
                    "hash-1",
                    HINT,
                    NOW);

            assertThat(key.createdBy()).isNull();
        }

        @Test
        void theHintMustCarryTheProductsPrefix() {
            Product sms = Product.define(
                    new ProductCode("sms"), new ProductName("SMS"), new KeyPrefix("sms"), scopes("send"), null);

            assertThatThrownBy(() -> issue(sms, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void needsEveryRequiredPart() {
            Product product = payments();
            KeyName name = new KeyName("x");
            List<ThrowingCallable> missing = List.of(
                    () -> ApiKey.issue(null, ACCOUNT, product, name, null, null, null, ADMIN, "h", HINT, NOW),
                    () -> ApiKey.issue(ApiKeyId.random(), null, product, name, null, null, null, ADMIN, "h", HINT, NOW),
                    () -> ApiKey.issue(ApiKeyId.random(), ACCOUNT, null, name, null, null, null, ADMIN, "h", HINT, NOW),
                    () -> ApiKey.issue(
                            ApiKeyId.random(), ACCOUNT, product, null, null, null, null, ADMIN, "h", HINT, NOW),
                    () -> ApiKey.issue(
                            ApiKeyId.random(), ACCOUNT, product, name, null, null, null, ADMIN, null, HINT, NOW),
                    () -> ApiKey.issue(
                            ApiKeyId.random(), ACCOUNT, product, name, null, null, null, ADMIN, "h", null, NOW),
                    () -> ApiKey.issue(
                            ApiKeyId.random(), ACCOUNT, product, name, null, null, null, ADMIN, "h", HINT, null));
            for (ThrowingCallable call : missing) {
                assertThatThrownBy(call).isInstanceOf(InvalidValueException.class);
            }
        }

        @Test
        void refusesABlankHash() {
            assertThatThrownBy(() -> ApiKey.issue(
                            ApiKeyId.random(),
                            ACCOUNT,
                            payments(),
                            new KeyName("x"),
                            null,
                            null,
                            null,
                            ADMIN,
                            " ",
                            HINT,
                            NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void scopesAndAllowlistCannotBeChangedFromOutside() {
            List<String> allowlist = new ArrayList<>(List.of("10.0.0.1"));
            ApiKey key = issue(null, allowlist, null);
            allowlist.add("10.0.0.2");

            assertThat(key.ipAllowlist()).containsExactly("10.0.0.1");
            assertThatThrownBy(() -> key.ipAllowlist().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> key.scopes().add(new Scope("write")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Allowlist {

        @Test
        void holdsUpToAHundredEntries() {
            List<String> hundred =
                    IntStream.range(0, 100).mapToObj(i -> "10.0.0." + i).toList();
            List<String> hundredAndOne =
                    IntStream.range(0, 101).mapToObj(i -> "10.0.0." + i).toList();

            assertThat(issue(null, hundred, null).ipAllowlist()).hasSize(100);
            assertThatThrownBy(() -> issue(null, hundredAndOne, null))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("ipAllowlist"));
        }

        @Test
        void entriesAreAtMostSixtyFourCharacters() {
            assertThat(issue(null, List.of("a".repeat(64)), null).ipAllowlist()).hasSize(1);
            assertThatThrownBy(() -> issue(null, List.of("a".repeat(65)), null))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("ipAllowlist"));
        }

        @Test
        void refusesBlankAndNullEntries() {
            List<String> withNull = new ArrayList<>();
            withNull.add(null);

            for (List<String> bad : List.of(List.of(""), List.of("  "), withNull)) {
                assertThatThrownBy(() -> issue(null, bad, null))
                        .isInstanceOf(InvalidValueException.class)
                        .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("ipAllowlist"));
            }
        }

        @Test
        void refusesDuplicates() {
            assertThatThrownBy(() -> issue(null, List.of("10.0.0.0/8", "192.0.2.1", "10.0.0.0/8"), null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("10.0.0.0/8")
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("ipAllowlist"));
        }

        @Test
        void keepsTheGivenOrder() {
            assertThat(issue(null, List.of("192.0.2.1", "10.0.0.0/8"), null).ipAllowlist())
                    .containsExactly("192.0.2.1", "10.0.0.0/8");
        }
    }

    @Nested
    class Restore {

        @Test
        void keysRestoredWithOneCheckedScopeSetShareItAndNobodyCanChangeIt() {
            List<Scope> stored = new ArrayList<>(List.of(new Scope("write"), new Scope("read")));
            java.util.SortedSet<Scope> checked = ApiKey.scopeSet(stored);
            stored.add(new Scope("admin"));

            ApiKey first = aKey().withScopeSet(checked).build();
            ApiKey second = aKey().withScopeSet(first.scopes()).build();
            ApiKey disabled = second.disable(NOW);

            assertThat(checked).containsExactly(new Scope("read"), new Scope("write"));
            assertThat(first.scopes()).isSameAs(checked);
            assertThat(second.scopes()).isSameAs(checked);
            assertThat(disabled.scopes()).isSameAs(checked);
            assertThat(checked)
                    .isEqualTo(Set.of(new Scope("read"), new Scope("write")))
                    .hasSameHashCodeAs(Set.of(new Scope("read"), new Scope("write")));
            assertThat(checked.first()).isEqualTo(new Scope("read"));
            assertThat(checked.headSet(new Scope("write"))).containsExactly(new Scope("read"));
            assertThatThrownBy(() -> checked.add(new Scope("admin"))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> checked.remove(new Scope("read")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(checked::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> checked.iterator().remove()).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> checked.tailSet(new Scope("read")).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aScopeSetIsCheckedLikeTheScopesOfAKey() {
            assertThatThrownBy(() -> ApiKey.scopeSet(List.of())).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> ApiKey.scopeSet(java.util.Arrays.asList(new Scope("read"), null)))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void rebuildsEveryFieldAsStored() {
            ApiKeyId id = ApiKeyId.random();
            ApiKeyId successor = ApiKeyId.random();
            Instant graceUntil = NOW.plusSeconds(600);
            Instant expiresAt = NOW.plus(Duration.ofDays(3));

            ApiKey key = ApiKey.restore(
                    new KeyIdentity(id, ACCOUNT, new ProductCode("payments"), new KeyName("Old")),
                    new KeyRestrictions(scopes("read", "write"), List.of("192.0.2.1"), expiresAt),
                    new StoredSecret("hash-9", HINT),
                    new KeyLifecycle(DISABLED, ADMIN, NOW.minusSeconds(60), NOW.minusSeconds(5)),
                    new KeyEnding(successor, graceUntil, null, null),
                    7);

            assertThat(key.id()).isEqualTo(id);
            assertThat(key.status()).isEqualTo(DISABLED);
            assertThat(key.secretHash()).isEqualTo("hash-9");
            assertThat(key.replacedBy()).isEqualTo(successor);
            assertThat(key.graceUntil()).isEqualTo(graceUntil);
            assertThat(key.lastUsedAt()).isEqualTo(NOW.minusSeconds(5));
            assertThat(key.expiresAt()).isEqualTo(expiresAt);
            assertThat(key.version()).isEqualTo(7);
        }

        @Test
        void doesNotRecheckRulesOfIssuing() {
            // An expiry in the past and scopes since dropped from the product are facts of history, not errors.
            ApiKey key = aKey().withExpiresAt(NOW.minusSeconds(1))
                    .withScopes("legacy")
                    .build();

            assertThat(key.effectiveStatus(NOW)).isEqualTo(EXPIRED);
        }

        @Test
        void aLiveKeyNeedsItsHash() {
            assertThatThrownBy(() -> aKey().withSecretHash(null).build()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() ->
                            aKey().withStatus(DISABLED).withSecretHash(null).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(aKey().withStatus(REVOKED).build().secretHash()).isEqualTo(HASH);
            // Dead keys stored before hashes were kept have none, and still load.
            assertThat(aKey().withStatus(REVOKED).withSecretHash(null).build().secretHash())
                    .isNull();
            assertThat(aKey().withStatus(EXPIRED).withSecretHash(null).build().secretHash())
                    .isNull();
        }

        @Test
        void aKeyNeedsAtLeastOneScope() {
            assertThatThrownBy(() -> aKey().withScopes().build()).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void aKeyCannotReplaceItself() {
            ApiKeyId id = ApiKeyId.random();

            assertThatThrownBy(() -> aKey().withId(id)
                            .replacedBy(id, null)
                            .withStatus(REVOKED)
                            .build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void versionIsNeverNegative() {
            assertThatThrownBy(() -> aKey().withVersion(-1).build()).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void keysWithEqualFieldsAreEqual() {
            ApiKeyId id = ApiKeyId.random();
            AccountId account = AccountId.random();
            UserId user = UserId.random();
            ApiKey one =
                    aKey().withId(id).withAccount(account).withCreatedBy(user).build();
            ApiKey same =
                    aKey().withId(id).withAccount(account).withCreatedBy(user).build();

            assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
            assertThat(one).isNotEqualTo(one.disable(NOW));
        }

        @Test
        void toStringShowsNeitherHashNorSecret() {
            ApiKey key = aKey().withSecretHash("very-secret-hash").build();

            assertThat(key.toString())
                    .doesNotContain("very-secret-hash")
                    .contains(key.id().toString())
                    .contains("ACTIVE");
        }
    }

    @Nested
    class EffectiveStatus {

        @Test
        void isTheStoredStatusWhenNothingHasPassed() {
            assertThat(aKey().build().effectiveStatus(NOW)).isEqualTo(ACTIVE);
            assertThat(aKey().withStatus(DISABLED).build().effectiveStatus(NOW)).isEqualTo(DISABLED);
            assertThat(aKey().withStatus(REVOKED).build().effectiveStatus(NOW)).isEqualTo(REVOKED);
            assertThat(aKey().withStatus(EXPIRED).build().effectiveStatus(NOW)).isEqualTo(EXPIRED);
        }

        @Test
        void expiresAtItsExpiryDate() {
            ApiKey key = aKey().withExpiresAt(NOW).build();

            assertThat(key.effectiveStatus(NOW.minusNanos(1))).isEqualTo(ACTIVE);
            assertThat(key.effectiveStatus(NOW)).isEqualTo(EXPIRED);
            assertThat(aKey().withStatus(DISABLED).withExpiresAt(NOW).build().effectiveStatus(NOW))
                    .isEqualTo(EXPIRED);
        }

        @Test
        void aReplacedKeyVerifiesUntilItsGraceEnds() {
            ApiKey key = aKey().replacedBy(ApiKeyId.random(), NOW).build();

            assertThat(key.effectiveStatus(NOW.minusNanos(1))).isEqualTo(ACTIVE);
            assertThat(key.isInGracePeriod(NOW.minusNanos(1))).isTrue();
            assertThat(key.effectiveStatus(NOW)).isEqualTo(REVOKED);
            assertThat(key.isInGracePeriod(NOW)).isFalse();
        }

        @Test
        void aReplacedKeyWithoutGraceIsRevoked() {
            assertThat(aKey().replacedBy(ApiKeyId.random(), null).build().effectiveStatus(NOW))
                    .isEqualTo(REVOKED);
        }

        @Test
        void anEndedGraceWinsOverAnExpiryDate() {
            ApiKey key = aKey().withExpiresAt(NOW.minusSeconds(10))
                    .replacedBy(ApiKeyId.random(), NOW.minusSeconds(5))
                    .build();

            assertThat(key.effectiveStatus(NOW)).isEqualTo(REVOKED);
        }

        @Test
        void anExpiryDateEndsAGraceEarly() {
            ApiKey key = aKey().withExpiresAt(NOW.minusSeconds(1))
                    .replacedBy(ApiKeyId.random(), NOW.plusSeconds(60))
                    .build();

            assertThat(key.effectiveStatus(NOW)).isEqualTo(EXPIRED);
        }

        @Test
        void keysThatWereNeverReplacedAreNotInGrace() {
            assertThat(aKey().build().isInGracePeriod(NOW)).isFalse();
        }
    }

    /** Every transition from every state, so no illegal one slips through. */
    @Nested
    class TransitionTable {

        static Stream<Arguments> table() {
            Supplier<ApiKey> active = () -> aKey().build();
            Supplier<ApiKey> disabled = () -> aKey().withStatus(DISABLED).build();
            Supplier<ApiKey> revoked = () -> aKey().withStatus(REVOKED).build();
            Supplier<ApiKey> expired = () -> aKey().withStatus(EXPIRED).build();
            Supplier<ApiKey> pastExpiryDate =
                    () -> aKey().withExpiresAt(NOW.minusSeconds(1)).build();
            Supplier<ApiKey> inGrace = () ->
                    aKey().replacedBy(ApiKeyId.random(), NOW.plusSeconds(60)).build();
            Supplier<ApiKey> disabledInGrace = () -> aKey().withStatus(DISABLED)
                    .replacedBy(ApiKeyId.random(), NOW.plusSeconds(60))
                    .build();
            Supplier<ApiKey> graceOver = () ->
                    aKey().replacedBy(ApiKeyId.random(), NOW.minusSeconds(1)).build();
            Supplier<ApiKey> replaced = () -> aKey().withStatus(REVOKED)
                    .replacedBy(ApiKeyId.random(), null)
                    .build();

            Class<? extends Throwable> ok = null;
            Class<? extends Throwable> notActive = KeyNotActiveException.class;
            Class<? extends Throwable> notDisabled = KeyNotDisabledException.class;
            Class<? extends Throwable> isRevoked = KeyAlreadyRevokedException.class;
            Class<? extends Throwable> isReplaced = KeyAlreadyReplacedException.class;
            Class<? extends Throwable> isExpired = KeyExpiredException.class;

            List<Arguments> rows = new ArrayList<>();
            // state, supplier, then: disable, enable, revoke, regenerate, edit, expire
            row(rows, "active", active, ok, notDisabled, ok, ok, ok, ok);
            row(rows, "disabled", disabled, notActive, ok, ok, ok, ok, ok);
            row(rows, "revoked", revoked, isRevoked, isRevoked, isRevoked, isRevoked, isRevoked, isRevoked);
            row(rows, "expired", expired, isExpired, isExpired, isExpired, isExpired, isExpired, isExpired);
            row(
                    rows,
                    "past its expiry date",
                    pastExpiryDate,
                    isExpired,
                    isExpired,
                    isExpired,
                    isExpired,
                    isExpired,
                    ok);
            row(rows, "in grace", inGrace, ok, notDisabled, ok, isReplaced, ok, ok);
            row(rows, "disabled in grace", disabledInGrace, notActive, ok, ok, isReplaced, ok, ok);
            row(rows, "grace over", graceOver, isRevoked, isRevoked, isRevoked, isReplaced, isRevoked, isRevoked);
            row(rows, "replaced", replaced, isRevoked, isRevoked, isRevoked, isReplaced, isRevoked, isRevoked);
            return rows.stream();
        }

        @SafeVarargs
        private static void row(
                List<Arguments> rows, String state, Supplier<ApiKey> key, Class<? extends Throwable>... outcomes) {
            List<String> names = List.of("disable", "enable", "revoke", "regenerate", "edit", "expire");
            List<UnaryOperator<ApiKey>> operations = List.of(
                    k -> k.disable(NOW),
                    k -> k.enable(NOW),
                    k -> k.revoke(NOW),
                    k -> k.regenerate(ApiKeyId.random(), null, NOW),
                    k -> k.edit(new KeyName("Renamed"), null, null, null, NOW),
                    k -> k.expire(NOW));
            for (int i = 0; i < names.size(); i++) {
                rows.add(Arguments.of(names.get(i) + " when " + state, key, operations.get(i), outcomes[i]));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void answersAsTheTableSays(
                String description,
                Supplier<ApiKey> state,
                UnaryOperator<ApiKey> operation,
                Class<? extends Throwable> expected) {
            ApiKey before = state.get();

            if (expected == null) {
                assertThat(operation.apply(before)).isNotNull();
            } else {
                assertThatThrownBy(() -> operation.apply(before))
                        .isInstanceOf(expected)
                        .isInstanceOf(ConflictException.class);
            }
        }
    }

    @Nested
    class ConflictCodes {

        @Test
        void codesAreStable() {
            ApiKeyId id = ApiKeyId.random();

            assertThat(new KeyAlreadyRevokedException(id).code()).isEqualTo("KEY_ALREADY_REVOKED");
            assertThat(new KeyAlreadyReplacedException(id, ApiKeyId.random()).code())
                    .isEqualTo("KEY_ALREADY_REPLACED");
            assertThat(new KeyExpiredException(id).code()).isEqualTo("KEY_EXPIRED");
            assertThat(new KeyNotActiveException(id, DISABLED).code()).isEqualTo("KEY_NOT_ACTIVE");
            assertThat(new KeyNotDisabledException(id, ACTIVE).code()).isEqualTo("KEY_NOT_DISABLED");
            assertThat(new ApiKeyNotFoundException(id).code()).isEqualTo("KEY_NOT_FOUND");
        }

        @Test
        void carryTheKeyAndWhatStoodInTheWay() {
            ApiKeyId successor = ApiKeyId.random();
            ApiKey key = aKey().withStatus(REVOKED).replacedBy(successor, null).build();

            assertThatThrownBy(() -> key.regenerate(ApiKeyId.random(), null, NOW))
                    .isInstanceOfSatisfying(KeyAlreadyReplacedException.class, e -> {
                        assertThat(e.keyId()).isEqualTo(key.id());
                        assertThat(e.replacedBy()).isEqualTo(successor);
                    });
            ApiKey disabled = aKey().withStatus(DISABLED).build();
            assertThatThrownBy(() -> disabled.disable(NOW)).isInstanceOfSatisfying(KeyNotActiveException.class, e -> {
                assertThat(e.keyId()).isEqualTo(disabled.id());
                assertThat(e.status()).isEqualTo(DISABLED);
            });
            assertThatThrownBy(() -> key.revoke(NOW))
                    .isInstanceOfSatisfying(
                            KeyAlreadyRevokedException.class,
                            e -> assertThat(e.keyId()).isEqualTo(key.id()));
        }

        @Test
        void notFoundIsANotFoundProblem() {
            assertThat(new ApiKeyNotFoundException(ApiKeyId.random()))
                    .isInstanceOf(dev.keysmith.domain.shared.NotFoundException.class);
        }

        @Test
        void messagesNameTheKeyButNoSecret() {
            ApiKey key = aKey().withStatus(REVOKED).build();

            assertThatThrownBy(() -> key.revoke(NOW))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining(key.id().toString())
                    .hasMessageNotContaining("hash");
        }
    }

    @Nested
    class DisableAndEnable {

        @Test
        void disablingSwitchesTheKeyOffAndKeepsEverythingElse() {
            ApiKey key = aKey().lastUsedAt(NOW.minusSeconds(30)).withVersion(3).build();

            ApiKey disabled = key.disable(NOW);

            assertThat(disabled.status()).isEqualTo(DISABLED);
            assertThat(disabled.secretHash()).isEqualTo(key.secretHash());
            assertThat(disabled.lastUsedAt()).isEqualTo(key.lastUsedAt());
            assertThat(disabled.version()).isEqualTo(3);
            assertThat(key.status()).as("the original is untouched").isEqualTo(ACTIVE);
        }

        @Test
        void enablingSwitchesItBackOn() {
            ApiKey key = aKey().build();

            assertThat(key.disable(NOW).enable(NOW)).isEqualTo(key);
        }

        @Test
        void aKeyDisabledInItsGraceKeepsItsGrace() {
            ApiKey key =
                    aKey().replacedBy(ApiKeyId.random(), NOW.plusSeconds(60)).build();

            ApiKey disabled = key.disable(NOW);

            assertThat(disabled.graceUntil()).isEqualTo(key.graceUntil());
            assertThat(disabled.enable(NOW.plusSeconds(59)).effectiveStatus(NOW.plusSeconds(59)))
                    .isEqualTo(ACTIVE);
            assertThatThrownBy(() -> disabled.enable(NOW.plusSeconds(60)))
                    .isInstanceOf(KeyAlreadyRevokedException.class);
        }
    }

    @Nested
    class Revoke {

        @Test
        void revokingKeepsTheHashSoVerificationCanSayRevoked() {
            ApiKey key = aKey().build();

            ApiKey revoked = key.revoke(NOW);

            assertThat(revoked.status()).isEqualTo(REVOKED);
            assertThat(revoked.secretHash()).isEqualTo(HASH);
            assertThat(revoked.revokedAt()).isEqualTo(NOW);
            assertThat(revoked.hint()).isEqualTo(key.hint());
            assertThat(revoked.name()).isEqualTo(key.name());
        }

        @Test
        void aDisabledKeyCanBeRevoked() {
            assertThat(aKey().withStatus(DISABLED).build().revoke(NOW).status()).isEqualTo(REVOKED);
        }

        @Test
        void aKeyInItsGraceCanBeRevokedAtOnce() {
            ApiKeyId successor = ApiKeyId.random();
            ApiKey key = aKey().replacedBy(successor, NOW.plusSeconds(3600)).build();

            ApiKey revoked = key.revoke(NOW);

            assertThat(revoked.effectiveStatus(NOW)).isEqualTo(REVOKED);
            assertThat(revoked.secretHash()).isEqualTo(HASH);
            assertThat(revoked.replacedBy()).isEqualTo(successor);
        }
    }

    @Nested
    class Regenerate {

        @Test
        void withoutGraceTheOldKeyIsRevokedAtOnce() {
            ApiKeyId successor = ApiKeyId.random();

            ApiKey old = aKey().build().regenerate(successor, null, NOW);

            assertThat(old.status()).isEqualTo(REVOKED);
            assertThat(old.secretHash()).isEqualTo(HASH);
            assertThat(old.replacedBy()).isEqualTo(successor);
            assertThat(old.graceUntil()).isNull();
            assertThat(old.revokedAt()).isEqualTo(NOW);
            assertThat(old.effectiveStatus(NOW)).isEqualTo(REVOKED);
        }

        @Test
        void aZeroGraceIsNoGrace() {
            assertThat(aKey().build()
                            .regenerate(ApiKeyId.random(), Duration.ZERO, NOW)
                            .status())
                    .isEqualTo(REVOKED);
        }

        @Test
        void withGraceTheOldKeyVerifiesUntilTheGraceEnds() {
            ApiKey key = aKey().build();

            ApiKey old = key.regenerate(ApiKeyId.random(), Duration.ofHours(2), NOW);

            assertThat(old.status()).isEqualTo(ACTIVE);
            assertThat(old.secretHash()).isEqualTo(key.secretHash());
            assertThat(old.graceUntil()).isEqualTo(NOW.plus(Duration.ofHours(2)));
            assertThat(old.effectiveStatus(NOW.plus(Duration.ofHours(2)).minusNanos(1)))
                    .isEqualTo(ACTIVE);
            assertThat(old.effectiveStatus(NOW.plus(Duration.ofHours(2)))).isEqualTo(REVOKED);
        }

        @Test
        void theGraceIsAtMostADay() {
            ApiKey key = aKey().build();

            assertThat(key.regenerate(ApiKeyId.random(), Duration.ofHours(24), NOW)
                            .graceUntil())
                    .isEqualTo(NOW.plus(Duration.ofDays(1)));
            for (Duration bad : List.of(Duration.ofHours(24).plusSeconds(1), Duration.ofSeconds(-1))) {
                assertThatThrownBy(() -> key.regenerate(ApiKeyId.random(), bad, NOW))
                        .isInstanceOf(InvalidValueException.class)
                        .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("gracePeriodSeconds"));
            }
        }

        @Test
        void aDisabledKeyIsRevokedAtOnceEvenWithGrace() {
            ApiKey old = aKey().withStatus(DISABLED).build().regenerate(ApiKeyId.random(), Duration.ofHours(1), NOW);

            assertThat(old.status()).isEqualTo(REVOKED);
            assertThat(old.secretHash()).isEqualTo(HASH);
            assertThat(old.graceUntil()).isNull();
        }

        @Test
        void aReplacedKeyCannotBeRegeneratedAgainEvenInItsGrace() {
            ApiKey old = aKey().build().regenerate(ApiKeyId.random(), Duration.ofHours(1), NOW);

            assertThatThrownBy(() -> old.regenerate(ApiKeyId.random(), null, NOW))
                    .isInstanceOf(KeyAlreadyReplacedException.class)
                    .extracting(e -> ((ConflictException) e).code())
                    .isEqualTo("KEY_ALREADY_REPLACED");
        }

        @Test
        void aKeyCannotBeItsOwnSuccessor() {
            ApiKey key = aKey().build();

            assertThatThrownBy(() -> key.regenerate(key.id(), null, NOW)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSuccessorInheritsTheSettings() {
            ApiKeyId successorId = ApiKeyId.random();
            UserId regeneratedBy = UserId.random();
            Instant later = NOW.plusSeconds(1);
            ApiKey key = aKey().withName("Marketing")
                    .withScopes("read", "write")
                    .withIpAllowlist("192.0.2.0/24")
                    .withExpiresAt(NOW.plus(Duration.ofDays(30)))
                    .lastUsedAt(NOW.minusSeconds(5))
                    .withVersion(4)
                    .build();

            ApiKey successor =
                    key.regenerate(successorId, null, later).successor("hash-2", NEW_HINT, regeneratedBy, later);

            assertThat(successor.id()).isEqualTo(successorId);
            assertThat(successor.accountId()).isEqualTo(key.accountId());
            assertThat(successor.product()).isEqualTo(key.product());
            assertThat(successor.name()).isEqualTo(key.name());
            assertThat(successor.scopes()).isEqualTo(key.scopes());
            assertThat(successor.ipAllowlist()).isEqualTo(key.ipAllowlist());
            assertThat(successor.expiresAt()).isEqualTo(key.expiresAt());
            assertThat(successor.createdBy()).isEqualTo(regeneratedBy);
            assertThat(successor.createdAt()).isEqualTo(later);
            assertThat(successor.lastUsedAt()).isNull();
            assertThat(successor.status()).isEqualTo(ACTIVE);
            assertThat(successor.secretHash()).isEqualTo("hash-2");
            assertThat(successor.hint()).isEqualTo(NEW_HINT);
            assertThat(successor.replacedBy()).isNull();
            assertThat(successor.graceUntil()).isNull();
            assertThat(successor.version()).isZero();
        }

        @Test
        void onlyARegeneratedKeyHasASuccessor() {
            assertThatThrownBy(() -> aKey().build().successor("hash-2", NEW_HINT, ADMIN, NOW))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void theSuccessorKeepsTheProductsPrefix() {
            ApiKey old = aKey().build().regenerate(ApiKeyId.random(), null, NOW);

            assertThatThrownBy(() -> old.successor("hash-2", new KeyHint("sms_live_ab12\u20269xYz"), ADMIN, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSuccessorCanBeRegeneratedInTurn() {
            ApiKey old = aKey().build().regenerate(ApiKeyId.random(), Duration.ofHours(1), NOW);
            ApiKey successor = old.successor("hash-2", NEW_HINT, ADMIN, NOW);

            assertThat(successor.regenerate(ApiKeyId.random(), null, NOW).status())
                    .isEqualTo(REVOKED);
        }
    }

    @Nested
    class Edit {

        @Test
        void changesOnlyWhatIsGiven() {
            ApiKey key = aKey().withScopes("read").withIpAllowlist("192.0.2.1").build();

            ApiKey renamed = key.edit(new KeyName("Renamed"), null, null, null, NOW);
            ApiKey rescoped = key.edit(null, scopes("write", "delete"), null, payments(), NOW);
            ApiKey opened = key.edit(null, null, List.of(), null, NOW);

            assertThat(renamed.name().value()).isEqualTo("Renamed");
            assertThat(renamed.scopes()).isEqualTo(key.scopes());
            assertThat(renamed.ipAllowlist()).isEqualTo(key.ipAllowlist());
            assertThat(rescoped.scopes()).extracting(Scope::value).containsExactly("delete", "write");
            assertThat(rescoped.name()).isEqualTo(key.name());
            assertThat(opened.ipAllowlist()).isEmpty();
            assertThat(key.edit(null, null, null, null, NOW)).isEqualTo(key);
        }

        @Test
        void keepsTheLifeOfTheKey() {
            ApiKey key = aKey().withStatus(DISABLED)
                    .lastUsedAt(NOW.minusSeconds(9))
                    .withVersion(2)
                    .build();

            ApiKey edited = key.edit(new KeyName("Renamed"), null, null, null, NOW);

            assertThat(edited.status()).isEqualTo(DISABLED);
            assertThat(edited.secretHash()).isEqualTo(key.secretHash());
            assertThat(edited.lastUsedAt()).isEqualTo(key.lastUsedAt());
            assertThat(edited.version()).isEqualTo(2);
            assertThat(edited.createdAt()).isEqualTo(key.createdAt());
        }

        @Test
        void newScopesMustBeOfferedByTheProduct() {
            ApiKey key = aKey().build();

            assertThatThrownBy(() -> key.edit(null, scopes("read", "admin"), null, payments(), NOW))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("unknown scopes [admin] for product payments");
        }

        @Test
        void newScopesCannotBeEmpty() {
            assertThatThrownBy(() -> aKey().build().edit(null, List.of(), null, payments(), NOW))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("scopes"));
        }

        @Test
        void newScopesNeedTheProduct() {
            assertThatThrownBy(() -> aKey().build().edit(null, scopes("read"), null, null, NOW))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void theProductMustBeTheKeysOwn() {
            Product sms = Product.define(
                    new ProductCode("sms"), new ProductName("SMS"), new KeyPrefix("sms"), scopes("read"), null);

            assertThatThrownBy(() -> aKey().build().edit(null, scopes("read"), null, sms, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void unchangedScopesNeedNotBeOfferedAnyMore() {
            ApiKey key = aKey().withScopes("legacy").build();

            assertThat(key.edit(new KeyName("Renamed"), null, null, payments(), NOW)
                            .scopes())
                    .extracting(Scope::value)
                    .containsExactly("legacy");
        }

        @Test
        void theNewAllowlistFollowsTheRules() {
            assertThatThrownBy(() -> aKey().build().edit(null, null, List.of("10.0.0.1", "10.0.0.1"), null, NOW))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("ipAllowlist"));
        }
    }

    @Nested
    class Expire {

        @Test
        void expiringKeepsTheHashSoVerificationCanSayExpired() {
            ApiKey expired = aKey().build().expire(NOW);

            assertThat(expired.status()).isEqualTo(EXPIRED);
            assertThat(expired.secretHash()).isEqualTo(HASH);
            assertThat(expired.expiredAt()).isEqualTo(NOW);
        }

        @Test
        void aDisabledKeyExpiresToo() {
            assertThat(aKey().withStatus(DISABLED).build().expire(NOW).status()).isEqualTo(EXPIRED);
        }
    }

    @Nested
    class Settle {

        @Test
        void nothingDueLeavesTheKeyAsItIs() {
            ApiKey key =
                    aKey().replacedBy(ApiKeyId.random(), NOW.plusSeconds(1)).build();

            assertThat(key.settle(NOW)).isSameAs(key);
            assertThat(aKey().withStatus(REVOKED).build().settle(NOW).status()).isEqualTo(REVOKED);
        }

        @Test
        void anEndedGraceIsStoredAsRevokedAtItsEnd() {
            Instant graceUntil = NOW.minusSeconds(30);

            ApiKey settled =
                    aKey().replacedBy(ApiKeyId.random(), graceUntil).build().settle(NOW);

            assertThat(settled.status()).isEqualTo(REVOKED);
            assertThat(settled.secretHash()).isEqualTo(HASH);
            assertThat(settled.revokedAt()).isEqualTo(graceUntil);
        }

        @Test
        void aPassedExpiryDateIsStoredAsExpiredAtThatDate() {
            Instant expiresAt = NOW.minusSeconds(30);

            ApiKey settled = aKey().withExpiresAt(expiresAt).build().settle(NOW);

            assertThat(settled.status()).isEqualTo(EXPIRED);
            assertThat(settled.secretHash()).isEqualTo(HASH);
            assertThat(settled.expiredAt()).isEqualTo(expiresAt);
        }
    }

    @Nested
    class RecordUse {

        @Test
        void movesLastUseForwardOnly() {
            ApiKey key = aKey().build();

            ApiKey used = key.recordUse(NOW);

            assertThat(used.lastUsedAt()).isEqualTo(NOW);
            assertThat(used.recordUse(NOW.minusSeconds(1))).isSameAs(used);
            assertThat(used.recordUse(NOW)).isSameAs(used);
            assertThat(used.recordUse(NOW.plusSeconds(1)).lastUsedAt()).isEqualTo(NOW.plusSeconds(1));
        }

        @Test
        void changesNothingElse() {
            ApiKey key = aKey().withStatus(DISABLED).withVersion(5).build();

            ApiKey used = key.recordUse(NOW);

            assertThat(used.status()).isEqualTo(DISABLED);
            assertThat(used.version()).isEqualTo(5);
            assertThat(used.secretHash()).isEqualTo(key.secretHash());
        }
    }
}
