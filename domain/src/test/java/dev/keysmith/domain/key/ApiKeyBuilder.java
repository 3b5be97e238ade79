package dev.keysmith.domain.key;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Test data builder: a valid active payments key unless told otherwise, e.g. {@code aKey().withStatus(DISABLED)}. */
public final class ApiKeyBuilder {

    /** The moment tests call "now"; default keys were created ten days before. */
    public static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private ApiKeyId id = ApiKeyId.random();
    private AccountId accountId = AccountId.random();
    private ProductCode product = new ProductCode("payments");
    private KeyName name = new KeyName("Marketing Automation");
    private Set<Scope> scopes = scopes("read");
    private List<String> ipAllowlist = List.of();
    private Instant expiresAt;
    private UserId createdBy = UserId.random();
    private Instant createdAt = NOW.minus(Duration.ofDays(10));
    private Instant lastUsedAt;
    private KeyStatus status = KeyStatus.ACTIVE;
    private String secretHash = "test-hash-of-the-secret";
    private KeyHint hint = new KeyHint("pay_live_ab12\u20269xYz");
    private ApiKeyId replacedBy;
    private Instant graceUntil;
    private Instant revokedAt;
    private Instant expiredAt;
    private long version;

    private ApiKeyBuilder() {}

    public static ApiKeyBuilder aKey() {
        return new ApiKeyBuilder();
    }

    /** A builder that starts from every value of {@code key}, e.g. to store it again at the next version. */
    public static ApiKeyBuilder from(ApiKey key) {
        ApiKeyBuilder builder = new ApiKeyBuilder();
        builder.id = key.id();
        builder.accountId = key.accountId();
        builder.product = key.product();
        builder.name = key.name();
        builder.scopes = key.scopes();
        builder.ipAllowlist = key.ipAllowlist();
        builder.expiresAt = key.expiresAt();
        builder.createdBy = key.createdBy();
        builder.createdAt = key.createdAt();
        builder.lastUsedAt = key.lastUsedAt();
        builder.status = key.status();
        builder.secretHash = key.secretHash();
        builder.hint = key.hint();
        builder.replacedBy = key.replacedBy();
        builder.graceUntil = key.graceUntil();
        builder.revokedAt = key.revokedAt();
        builder.expiredAt = key.expiredAt();
        builder.version = key.version();
        return builder;
    }

    /** The catalogue entry the default key belongs to: scopes read, write, delete; default read. */
    public static Product payments() {
        return Product.define(
                new ProductCode("payments"),
                new ProductName("Payments"),
                new KeyPrefix("pay"),
                scopes("read", "write", "delete"),
                scopes("read"));
    }

    public static Set<Scope> scopes(String... names) {
        return Arrays.stream(names).map(Scope::new).collect(Collectors.toSet());
    }

    public ApiKeyBuilder withId(ApiKeyId id) {
        this.id = id;
        return this;
    }

    public ApiKeyBuilder withAccount(AccountId accountId) {
        this.accountId = accountId;
        return this;
    }

    public ApiKeyBuilder withProduct(ProductCode product) {
        this.product = product;
        return this;
    }

    public ApiKeyBuilder withName(String name) {
        this.name = new KeyName(name);
        return this;
    }

    public ApiKeyBuilder withScopes(String... names) {
        this.scopes = scopes(names);
        return this;
    }

    /** Scopes kept as given, e.g. a set from {@link ApiKey#scopeSet} or another key's. */
    public ApiKeyBuilder withScopeSet(Set<Scope> scopes) {
        this.scopes = scopes;
        return this;
    }

    public ApiKeyBuilder withIpAllowlist(String... entries) {
        this.ipAllowlist = List.of(entries);
        return this;
    }

    public ApiKeyBuilder withExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public ApiKeyBuilder withCreatedBy(UserId createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public ApiKeyBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public ApiKeyBuilder lastUsedAt(Instant lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
        return this;
    }

    /** Dead statuses come as stored tombstones: hash kept and the moment of death set. */
    public ApiKeyBuilder withStatus(KeyStatus status) {
        this.status = status;
        if (status == KeyStatus.REVOKED && revokedAt == null) {
            revokedAt = NOW.minus(Duration.ofDays(1));
        }
        if (status == KeyStatus.EXPIRED && expiredAt == null) {
            expiredAt = NOW.minus(Duration.ofDays(1));
        }
        return this;
    }

    public ApiKeyBuilder withSecretHash(String secretHash) {
        this.secretHash = secretHash;
        return this;
    }

    public ApiKeyBuilder withHint(KeyHint hint) {
        this.hint = hint;
        return this;
    }

    /** Regenerated into {@code successor}, still verifying until {@code graceUntil} (null for no grace). */
    public ApiKeyBuilder replacedBy(ApiKeyId successor, Instant graceUntil) {
        this.replacedBy = successor;
        this.graceUntil = graceUntil;
        return this;
    }

    public ApiKeyBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public ApiKey build() {
        return ApiKey.restore(
                new KeyIdentity(id, accountId, product, name),
                new KeyRestrictions(scopes, ipAllowlist, expiresAt),
                new StoredSecret(secretHash, hint),
                new KeyLifecycle(status, createdBy, createdAt, lastUsedAt),
                new KeyEnding(replacedBy, graceUntil, revokedAt, expiredAt),
                version);
    }
}
