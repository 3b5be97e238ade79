package dev.keysmith.bootstrap.audit;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as operators and admins read it (issue 11): the platform-wide trail with events of no
 * account, catalogue changes, and regeneration told on both keys.
 */
@QuarkusTest
class PlatformAuditTest {

    private static JsonPath platform(String token, String query) {
        return as(token)
                .get("/v1/audit-events" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void operatorsReadCatalogueChangesInThePlatformTrail() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        as(operator)
                .body(Map.of("name", "Renamed", "scopes", List.of("read", "write"), "defaultScopes", List.of("read")))
                .patch("/v1/products/" + product)
                .then()
                .statusCode(200);

        JsonPath changed = platform(operator, "?action=PRODUCT_CHANGED&limit=1");
        assertThat(changed.getString("items[0].target.id")).isEqualTo(product);
        assertThat(changed.getString("items[0].target.type")).isEqualTo("product");
        assertThat(changed.getString("items[0].accountId"))
                .as("an event of no account")
                .isNull();
        assertThat(changed.getString("items[0].actor.type")).isEqualTo("USER");
        assertThat(changed.getString("items[0].details.name")).isEqualTo("Renamed");
        assertThat(changed.getString("items[0].details.previousScopes")).isEqualTo("delete,read,write");
        assertThat(changed.getString("items[0].details.scopes")).isEqualTo("read,write");
        JsonPath defined = platform(operator, "?action=PRODUCT_DEFINED&limit=1");
        assertThat(defined.getString("items[0].target.id")).isEqualTo(product);
        assertThat(defined.getString("items[0].details.keyPrefix")).isNotBlank();
    }

    @Test
    void thePlatformTrailHoldsEveryAccountsEventsNewestFirstAndPagesByCursor() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        String operator = f.operator();

        JsonPath forKey = platform(operator, "?keyId=" + key[0]);
        assertThat(forKey.getList("items.action")).containsExactly("KEY_GENERATED");
        assertThat(forKey.getString("items[0].accountId")).isEqualTo(f.account().id());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            JsonPath items = platform(operator, "?limit=2" + (cursor == null ? "" : "&after=" + cursor));
            seen.addAll(items.getList("items.id"));
            cursor = items.getString("nextCursor");
            assertThat(cursor).isNotNull();
        }
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
        assertThat(platform(operator, "?limit=6").getList("items.id")).isEqualTo(seen);
    }

    @Test
    void onlyOperatorsReadThePlatformTrailAndBadFiltersAreRefused() {
        KeyFixture f = KeyFixture.create();
        as(f.account().ownerToken()).get("/v1/audit-events").then().statusCode(403);
        as(null).get("/v1/audit-events").then().statusCode(401);
        as(f.operator())
                .get("/v1/audit-events?action=not-an-action")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_ACTION"));
        as(f.operator()).get("/v1/audit-events?keyId=nope").then().statusCode(400);
        as(f.operator()).get("/v1/audit-events?after=abc").then().statusCode(400);
    }

    @Test
    void regeneratingRecordsBothKeysEachNamingTheOther() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String oldKey = f.key(null)[0];
        String newKey = as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + oldKey + "/regenerate")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String trail = "/v1/accounts/" + f.account().id() + "/audit-events?keyId=";

        JsonPath onOld =
                as(owner).get(trail + oldKey).then().statusCode(200).extract().jsonPath();
        assertThat(onOld.getList("items.action")).containsExactly("KEY_REGENERATED", "KEY_GENERATED");
        assertThat(onOld.getString("items[0].details.replacedBy")).isEqualTo(newKey);
        JsonPath onNew =
                as(owner).get(trail + newKey).then().statusCode(200).extract().jsonPath();
        assertThat(onNew.getList("items.action")).containsExactly("KEY_GENERATED");
        assertThat(onNew.getString("items[0].details.replacedKeyId")).isEqualTo(oldKey);
    }
}
