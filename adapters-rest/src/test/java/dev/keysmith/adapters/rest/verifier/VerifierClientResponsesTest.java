package dev.keysmith.adapters.rest.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.IssuedClient;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerifierClientResponsesTest {

    private static final String SECRET = "vcs_thisIsTheOnlyTimeYouSeeIt";
    private static final VerifierClient CLIENT = new VerifierClient(
            UUID.randomUUID(),
            new VerifierClientId("vc_abcdefghijklmnop"),
            "Payments backend",
            Set.of(new ProductCode("sms"), new ProductCode("payments")),
            "hash",
            true,
            Instant.parse("2030-03-01T09:00:00Z"),
            null);

    @Test
    void a_client_answers_without_a_secret_or_its_hash() {
        JsonNode json = Json.tree(VerifierClientResponse.from(CLIENT));

        assertThat(json.get("id").asText()).isEqualTo(CLIENT.id().toString());
        assertThat(json.get("clientId").asText()).isEqualTo("vc_abcdefghijklmnop");
        assertThat(json.get("name").asText()).isEqualTo("Payments backend");
        assertThat(json.get("products").toString()).isEqualTo("[\"payments\",\"sms\"]");
        assertThat(json.get("enabled").asBoolean()).isTrue();
        assertThat(json.get("createdAt").asText()).isEqualTo("2030-03-01T09:00:00Z");
        assertThat(json.has("clientSecret")).isFalse();
        assertThat(json.toString()).doesNotContain("hash");
    }

    @Test
    void a_new_or_rolled_client_shows_its_secret_in_the_body_only() {
        VerifierClientResponse issued = VerifierClientResponse.from(new IssuedClient(CLIENT, SECRET));

        assertThat(Json.tree(issued).get("clientSecret").asText()).isEqualTo(SECRET);
        assertThat(issued.toString()).doesNotContain(SECRET);
    }

    @Test
    void a_create_request_needs_a_name_and_at_least_one_product() {
        assertThat(Violations.fields(new CreateVerifierClientRequest(null, List.of())))
                .containsExactly("name", "products");
        assertThat(new CreateVerifierClientRequest("Backend", List.of("sms", "payments", "sms")).productCodes())
                .containsExactly(new ProductCode("sms"), new ProductCode("payments"));
    }

    @Test
    void rolling_needs_a_six_digit_pin_that_never_prints() {
        assertThat(Violations.fields(new RollSecretRequest("481937"))).isEmpty();
        assertThat(Violations.fields(new RollSecretRequest(null))).containsExactly("pin");
        assertThat(Violations.fields(new RollSecretRequest("4819"))).containsExactly("pin");
        assertThat(new RollSecretRequest("481937").toString()).doesNotContain("481937");
    }
}
