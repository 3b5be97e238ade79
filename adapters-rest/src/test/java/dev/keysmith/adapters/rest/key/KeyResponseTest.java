package dev.keysmith.adapters.rest.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.ApiKeySecret;
import dev.keysmith.domain.key.KeyEnvironment;
import dev.keysmith.domain.key.KeyName;
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
import org.junit.jupiter.api.Test;

class KeyResponseTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final AccountId ACCOUNT = AccountId.random();
    private static final UserId ADMIN = UserId.random();
    // Made at run time from fixed bytes so no key-shaped text sits in the source.
    private static final ApiKeySecret SECRET =
            ApiKeySecret.generate(new KeyPrefix("pay"), KeyEnvironment.TEST, new byte[ApiKeySecret.RANDOM_BYTES]);

    /** The global Jackson settings of the service: ISO dates, nulls left out. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static Product payments() {
        return Product.define(
                new ProductCode("payments"),
                new ProductName("Payments"),
                new KeyPrefix("pay"),
                scopes("read", "write", "delete"),
                scopes("read"));
    }

    private static Set<Scope> scopes(String... names) {
        return Arrays.stream(names).map(Scope::new).collect(Collectors.toSet());
    }

    private static ApiKey issue(ApiKeyId id, Instant expiresAt) {
        return ApiKey.issue(
                id,
                ACCOUNT,
                payments(),
                new KeyName("CRM sync"),
                scopes("write", "read"),
                List.of("10.0.0.0/8"),
                expiresAt,
                ADMIN,
                "stored-hash",
                SECRET.hint(),
                NOW);
    }

    @Test
    void shows_every_field_of_the_key_but_its_hash() {
        ApiKeyId id = ApiKeyId.random();
        Instant expiresAt = NOW.plus(Duration.ofDays(30));

        KeyResponse response = KeyResponse.from(issue(id, expiresAt));

        assertThat(response)
                .isEqualTo(new KeyResponse(
                        id.toString(),
                        ACCOUNT.toString(),
                        "payments",
                        "CRM sync",
                        List.of("read", "write"),
                        List.of("10.0.0.0/8"),
                        expiresAt,
                        "ACTIVE",
                        SECRET.hint().value(),
                        ADMIN.toString(),
                        NOW,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void shows_how_a_key_was_replaced_and_revoked() {
        ApiKeyId successor = ApiKeyId.random();
        ApiKey replaced = issue(ApiKeyId.random(), null)
                .regenerate(successor, Duration.ofHours(1), NOW)
                .revoke(NOW.plusSeconds(60));

        KeyResponse response = KeyResponse.from(replaced);

        assertThat(response.status()).isEqualTo("REVOKED");
        assertThat(response.replacedBy()).isEqualTo(successor.toString());
        assertThat(response.graceUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(response.revokedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void the_json_leaves_out_what_is_not_set_and_never_names_the_hash() throws Exception {
        JsonNode json = JSON.valueToTree(KeyResponse.from(issue(ApiKeyId.random(), null)));

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "id",
                        "accountId",
                        "product",
                        "name",
                        "scopes",
                        "ipAllowlist",
                        "status",
                        "hint",
                        "createdBy",
                        "createdAt");
        assertThat(json.get("createdAt").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(JSON.writeValueAsString(json)).doesNotContain("stored-hash");
    }

    @Test
    void a_generated_key_carries_its_secret_beside_the_key_fields() {
        ApiKey key = issue(ApiKeyId.random(), null);

        JsonNode json = JSON.valueToTree(GeneratedKeyResponse.from(new GeneratedApiKey(key, SECRET)));

        assertThat(json.get("id").asText()).isEqualTo(key.id().toString());
        assertThat(json.get("hint").asText()).isEqualTo(SECRET.hint().value());
        assertThat(json.get("secret").asText()).isEqualTo(SECRET.reveal());
        assertThat(json.has("key")).isFalse();
        assertThat(json.has("replacedKeyId")).isFalse();
    }

    @Test
    void a_regenerated_key_names_the_key_it_replaces() {
        ApiKeyId old = ApiKeyId.random();

        JsonNode json = JSON.valueToTree(
                GeneratedKeyResponse.replacing(old, new GeneratedApiKey(issue(ApiKeyId.random(), null), SECRET)));

        assertThat(json.get("replacedKeyId").asText()).isEqualTo(old.toString());
        assertThat(json.get("secret").asText()).isEqualTo(SECRET.reveal());
    }

    @Test
    void a_generated_key_never_shows_its_secret_in_text() {
        GeneratedKeyResponse response =
                GeneratedKeyResponse.from(new GeneratedApiKey(issue(ApiKeyId.random(), null), SECRET));

        assertThat(response.toString()).doesNotContain(SECRET.reveal()).contains("secret redacted");
    }
}
