package dev.keysmith.bootstrap.product;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Products enabled by default: new accounts start with them; enable-for-all reaches the existing ones. */
@QuarkusTest
class DefaultProductsTest {

    private static int generate(Api.Account account, String product) {
        return as(account.ownerToken())
                .body(Map.of("product", product, "name", "Default", "pin", Api.PIN))
                .post("/v1/accounts/" + account.id() + "/keys")
                .statusCode();
    }

    private static void setDefault(String operator, String product, boolean enabled) {
        as(operator)
                .body(Map.of("enabledByDefault", enabled))
                .put("/v1/products/" + product + "/enabled-by-default")
                .then()
                .statusCode(200)
                .body("enabledByDefault", equalTo(enabled));
    }

    @Test
    void aProductEnabledByDefaultIsOnForANewAccountAndEnableForAllReachesTheOthers() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account before = Api.account(operator, null);
        as(operator)
                .get("/v1/products/" + product + "/enabled-by-default")
                .then()
                .statusCode(200)
                .body("enabledByDefault", equalTo(false));
        setDefault(operator, product, true);
        try {
            Api.Account after = Api.account(operator, null);
            assertThat(generate(after, product)).isEqualTo(201);
            // an account that existed before is unchanged until the operator applies the product to all
            assertThat(generate(before, product)).isEqualTo(409);

            int enabled = as(operator)
                    .post("/v1/products/" + product + "/enable-for-all")
                    .then()
                    .statusCode(200)
                    .body("product", equalTo(product))
                    .extract()
                    .path("accountsEnabled");
            assertThat(enabled).isPositive();
            assertThat(generate(before, product)).isEqualTo(201);
            List<String> actions = as(operator)
                    .get("/v1/audit-events?action=PRODUCT_ENABLED_FOR_ALL")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.target.id");
            assertThat(actions).contains(product);
        } finally {
            // The database is shared with every other test class: later accounts must not get this product.
            setDefault(operator, product, false);
        }
    }

    @Test
    void onlyOperatorsChooseAndUnknownProductsAreNotFound() {
        String operator = Api.operator();
        Api.Account account = Api.account(operator, null);
        String product = Api.product(operator)[0];
        as(account.ownerToken())
                .body(Map.of("enabledByDefault", true))
                .put("/v1/products/" + product + "/enabled-by-default")
                .then()
                .statusCode(403);
        as(account.ownerToken())
                .post("/v1/products/" + product + "/enable-for-all")
                .then()
                .statusCode(403);
        as(operator).post("/v1/products/no-such-product/enable-for-all").then().statusCode(404);
    }
}
