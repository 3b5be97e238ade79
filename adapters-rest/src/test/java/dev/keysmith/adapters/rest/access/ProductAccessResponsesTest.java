package dev.keysmith.adapters.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductAccessResponsesTest {

    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    private static final AccountId ACCOUNT = AccountId.random();
    private static final ProductCode PAYMENTS = new ProductCode("payments");

    @Test
    void an_access_answers_with_its_request_and_decision() {
        ProductAccess access = ProductAccess.none(ACCOUNT, PAYMENTS)
                .request(LocalDate.of(2030, 4, 1), "Card payments in our shop", UserId.random(), NOW)
                .approve(NOW.plusSeconds(60));

        JsonNode json = Json.tree(ProductAccessResponse.from(access));

        assertThat(json.get("accountId").asText()).isEqualTo(ACCOUNT.toString());
        assertThat(json.get("product").asText()).isEqualTo("payments");
        assertThat(json.get("state").asText()).isEqualTo("ENABLED");
        assertThat(json.get("requestId").asText()).isEqualTo(access.requestId().toString());
        assertThat(json.get("intendedStartDate").asText()).isEqualTo("2030-04-01");
        assertThat(json.get("useCase").asText()).isEqualTo("Card payments in our shop");
        assertThat(json.get("requestedAt").asText()).isEqualTo("2030-03-01T09:00:00Z");
        assertThat(json.get("decidedAt").asText()).isEqualTo("2030-03-01T09:01:00Z");
        assertThat(json.has("requestedBy")).isFalse();
    }

    @Test
    void a_catalogue_product_carries_the_accounts_access_state() {
        Product product = Product.define(
                PAYMENTS,
                new ProductName("Payments"),
                new KeyPrefix("pay"),
                List.of(new Scope("read"), new Scope("write")),
                List.of(new Scope("read")));

        JsonNode json = Json.tree(
                AccountProductResponse.from(new ProductWithAccess(product, ProductAccess.none(ACCOUNT, PAYMENTS))));

        assertThat(json.get("code").asText()).isEqualTo("payments");
        assertThat(json.get("name").asText()).isEqualTo("Payments");
        assertThat(json.get("keyPrefix").asText()).isEqualTo("pay");
        assertThat(json.get("scopes")).hasSize(2);
        assertThat(json.get("defaultScopes").get(0).asText()).isEqualTo("read");
        assertThat(json.at("/access/state").asText()).isEqualTo("NOT_REQUESTED");
    }

    @Test
    void a_request_needs_a_start_date_and_a_bounded_use_case() {
        assertThat(Violations.fields(new RequestProductAccessRequest(null, null)))
                .containsExactly("intendedStartDate", "useCase");
        assertThat(Violations.fields(new RequestProductAccessRequest(LocalDate.of(2030, 4, 1), "u".repeat(2001))))
                .containsExactly("useCase");
    }

    @Test
    void the_review_list_shows_pending_requests_by_default_or_every_state_for_all() {
        assertThat(AccessRequestResource.stateFilter("REQUESTED")).isEqualTo(AccessState.REQUESTED);
        assertThat(AccessRequestResource.stateFilter("DENIED")).isEqualTo(AccessState.DENIED);
        assertThat(AccessRequestResource.stateFilter("ALL")).isNull();
        assertThatThrownBy(() -> AccessRequestResource.stateFilter("PENDING"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("state");
                    assertThat(e.getMessage()).contains("ALL").contains("REQUESTED");
                });
    }
}
