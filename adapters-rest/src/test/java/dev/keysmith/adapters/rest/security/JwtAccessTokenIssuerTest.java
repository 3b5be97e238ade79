package dev.keysmith.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signs through the configured key location, as the service does, and checks the token by hand. */
class JwtAccessTokenIssuerTest {

    private static final String KEY_LOCATION = "smallrye.jwt.sign.key.location";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path keys;

    private static KeyPair pair;

    private final JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer();

    @BeforeAll
    static void configureSigningKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
        Path pem = keys.resolve("sign.pem");
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pair.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        System.setProperty(KEY_LOCATION, pem.toUri().toString());
    }

    @AfterAll
    static void forgetSigningKey() {
        System.clearProperty(KEY_LOCATION);
    }

    @Test
    void a_person_gets_an_rs256_token_for_15_minutes_with_the_user_group() throws Exception {
        User user = person(false);

        AccessToken token = issuer.issueFor(user);
        JsonNode claims = verifiedClaims(token.token());

        assertThat(token.expiresInSeconds()).isEqualTo(900);
        assertThat(token.products()).isEmpty();
        assertThat(claims.get("iss").asText()).isEqualTo("keysmith");
        assertThat(claims.get("sub").asText()).isEqualTo(user.id().toString());
        assertThat(claims.get("upn").asText()).isEqualTo("ada@example.com");
        assertThat(strings(claims.get("groups"))).containsExactly(Roles.USER);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.has("products")).isFalse();
        assertThat(strings(claims.get("aud"))).containsExactly(JwtAccessTokenIssuer.USERS_AUDIENCE);
        assertThat(claims.get("gen").asLong()).isZero();
    }

    @Test
    void an_operator_gets_the_operator_group_besides_the_user_group() throws Exception {
        JsonNode claims = verifiedClaims(issuer.issueFor(person(true)).token());

        assertThat(strings(claims.get("groups"))).containsExactlyInAnyOrder(Roles.USER, Roles.OPERATOR);
    }

    @Test
    void a_verifier_client_gets_the_verifier_group_and_its_products() throws Exception {
        VerifierClient client = new VerifierClient(
                UUID.randomUUID(),
                new VerifierClientId("vc_abcdefghijklmnop"),
                "Payments backend",
                Set.of(new ProductCode("payments"), new ProductCode("sms")),
                "hash",
                true,
                Instant.now(),
                null);

        AccessToken token = issuer.issueFor(client);
        JsonNode claims = verifiedClaims(token.token());

        assertThat(token.products()).containsExactlyInAnyOrder(new ProductCode("payments"), new ProductCode("sms"));
        assertThat(claims.get("sub").asText()).isEqualTo("vc_abcdefghijklmnop");
        assertThat(strings(claims.get("groups"))).containsExactly(Roles.VERIFIER);
        assertThat(strings(claims.get("products"))).containsExactly("payments", "sms");
        assertThat(claims.has("upn")).isFalse();
        assertThat(strings(claims.get("aud"))).containsExactly(JwtAccessTokenIssuer.VERIFIERS_AUDIENCE);
    }

    @Test
    void tokens_carry_the_generation_that_a_password_change_or_a_secret_roll_raises() throws Exception {
        User changed = person(false).withPassword("new-hash");
        VerifierClient rolled = new VerifierClient(
                        UUID.randomUUID(),
                        new VerifierClientId("vc_abcdefghijklmnop"),
                        "Payments backend",
                        Set.of(new ProductCode("payments")),
                        "hash",
                        true,
                        Instant.now(),
                        null)
                .withSecret("new-hash", Instant.now());

        assertThat(verifiedClaims(issuer.issueFor(changed).token()).get("gen").asLong())
                .isEqualTo(1);
        assertThat(verifiedClaims(issuer.issueFor(rolled).token()).get("gen").asLong())
                .isEqualTo(1);
    }

    @Test
    void a_deactivated_operator_gets_no_operator_group() throws Exception {
        JsonNode claims =
                verifiedClaims(issuer.issueFor(person(true).deactivated()).token());

        assertThat(strings(claims.get("groups"))).containsExactly(Roles.USER);
    }

    @Test
    void the_token_never_shows_in_its_string_form() {
        AccessToken token = issuer.issueFor(person(false));

        assertThat(token.toString()).doesNotContain(token.token());
    }

    private static User person(boolean operator) {
        return User.register(
                UserId.random(),
                new Email("ada@example.com"),
                new DisplayName("Ada"),
                "hash",
                null,
                operator,
                Instant.now());
    }

    private static JsonNode verifiedClaims(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(pair.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2])))
                .as("signature")
                .isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isTextual()) {
            return List.of(array.asText());
        }
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
