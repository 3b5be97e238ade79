package dev.keysmith.bootstrap.key;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The key lifecycle of SPEC §1 through the HTTP API. */
@QuarkusTest
class KeyLifecycleTest {

    @Test
    void generateShowsTheSecretOnceAndListsShowOnlyTheHint() {
        KeyFixture f = KeyFixture.create();
        Response created =
                f.generate(f.account().ownerToken(), Map.of("ipAllowlist", List.of("10.1.2.3/8", "2001:db8::1")));

        created.then()
                .statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .header("Location", containsString("/keys/"))
                .body("status", equalTo("ACTIVE"))
                .body("scopes", contains("read"))
                .body("ipAllowlist", contains("10.0.0.0/8", "2001:db8::1"))
                .body("secretHash", nullValue());
        String secret = created.path("secret");
        String id = created.path("id");
        assertThat(secret).matches(f.prefix() + "_live_[0-9A-Za-z]{33}");
        assertThat((String) created.path("hint"))
                .startsWith(f.prefix() + "_live_"
                        + secret.substring(f.prefix().length() + 6, f.prefix().length() + 10))
                .endsWith(secret.substring(secret.length() - 4));

        String list = as(f.account().ownerToken())
                .get(f.keys())
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .extract()
                .asString();
        String details = as(f.account().ownerToken())
                .get(f.keys() + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Marketing Automation"))
                .extract()
                .asString();
        assertThat(list).doesNotContain(secret).doesNotContain("secret");
        assertThat(details).doesNotContain(secret);
    }

    @Test
    void generationNeedsTheRightPinAnApprovedAccountAndAnEnabledProduct() {
        KeyFixture f = KeyFixture.create();
        f.generate(f.account().ownerToken(), Map.of("pin", "000001"))
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_PIN"));
        as(f.account().ownerToken()).get(f.keys()).then().body("items", org.hamcrest.Matchers.empty());

        String other = Api.product(f.operator())[0];
        as(f.account().ownerToken())
                .body(Map.of("product", other, "name", "x", "pin", Api.PIN))
                .post(f.keys())
                .then()
                .statusCode(409)
                .body("code", equalTo("PRODUCT_NOT_ENABLED"));

        as(f.operator())
                .post("/v1/accounts/" + f.account().id() + "/suspend")
                .then()
                .statusCode(200);
        f.generate(f.account().ownerToken(), Map.of())
                .then()
                .statusCode(409)
                .body("code", equalTo("ACCOUNT_NOT_APPROVED"));
    }

    @Test
    void badInputIs400AndCreatesNothing() {
        KeyFixture f = KeyFixture.create();
        f.generate(f.account().ownerToken(), Map.of("ipAllowlist", List.of("10.0.0.0/33")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("ipAllowlist"));
        f.generate(f.account().ownerToken(), Map.of("scopes", List.of("admin")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("scopes"));
        f.generate(f.account().ownerToken(), Map.of("name", "x".repeat(65)))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        f.generate(f.account().ownerToken(), Map.of("expiresAt", "2001-01-01T00:00:00Z"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("expiresAt"));
        f.generate(f.account().ownerToken(), Map.of("expiresAt", "tomorrow"))
                .then()
                .statusCode(400);
        f.generate(f.account().ownerToken(), Map.of("pin", "12")).then().statusCode(400);
        as(f.account().ownerToken()).get(f.keys() + "?status=LOST").then().statusCode(400);
        as(f.account().ownerToken()).get(f.keys() + "/not-a-uuid").then().statusCode(400);
        as(f.account().ownerToken()).get(f.keys()).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void editDisableEnableAndIllegalTransitions() {
        KeyFixture f = KeyFixture.create();
        String id = f.key(null)[0];
        String key = f.keys() + "/" + id;
        String owner = f.account().ownerToken();

        as(owner)
                .body(Map.of(
                        "name", "Zapier", "scopes", List.of("read", "write"), "ipAllowlist", List.of("192.0.2.0/24")))
                .patch(key)
                .then()
                .statusCode(200)
                .body("name", equalTo("Zapier"))
                .body("scopes", contains("read", "write"))
                .body("ipAllowlist", contains("192.0.2.0/24"));
        as(owner).post(key + "/disable").then().statusCode(200).body("status", equalTo("DISABLED"));
        as(owner).post(key + "/disable").then().statusCode(409).body("code", equalTo("KEY_NOT_ACTIVE"));
        as(owner).post(key + "/enable").then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(owner).post(key + "/enable").then().statusCode(409).body("code", equalTo("KEY_NOT_DISABLED"));
        as(owner).get(f.keys() + "?status=ACTIVE&product=" + f.product()).then().body("items.id", hasItem(id));
    }

    @Test
    void regenerateReplacesTheKeyAtOnceOrAfterAGracePeriod() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String first = f.key(List.of("10.0.0.0/8"))[0];

        Response regenerated = as(owner).body(Map.of("pin", Api.PIN)).post(f.keys() + "/" + first + "/regenerate");
        regenerated
                .then()
                .statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("replacedKeyId", equalTo(first))
                .body("name", equalTo("Marketing Automation"))
                .body("ipAllowlist", contains("10.0.0.0/8"))
                .body("secret", notNullValue());
        as(owner)
                .get(f.keys() + "/" + first)
                .then()
                .body("status", equalTo("REVOKED"))
                .body("replacedBy", equalTo(regenerated.path("id")));
        as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + first + "/regenerate")
                .then()
                .statusCode(409)
                .body("code", equalTo("KEY_ALREADY_REPLACED"));

        String second = regenerated.path("id");
        as(owner)
                .body(Map.of("pin", Api.PIN, "gracePeriodSeconds", 3600))
                .post(f.keys() + "/" + second + "/regenerate")
                .then()
                .statusCode(201);
        as(owner)
                .get(f.keys() + "/" + second)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("graceUntil", notNullValue());
        as(owner)
                .body(Map.of("pin", Api.PIN, "gracePeriodSeconds", 86401))
                .post(f.keys() + "/" + second + "/regenerate")
                .then()
                .statusCode(400);
    }

    @Test
    void revokeIsPermanentAndNeedsThePin() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String id = f.key(null)[0];

        as(owner)
                .body(Map.of("pin", "000001"))
                .post(f.keys() + "/" + id + "/revoke")
                .then()
                .statusCode(403);
        as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + id + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", notNullValue());
        as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + id + "/revoke")
                .then()
                .statusCode(409)
                .body("code", equalTo("KEY_ALREADY_REVOKED"));
        as(owner).post(f.keys() + "/" + id + "/enable").then().statusCode(409);
        as(owner).get(f.keys() + "/" + id).then().statusCode(200).body("status", equalTo("REVOKED"));

        as(owner)
                .get("/v1/accounts/" + f.account().id() + "/audit-events?keyId=" + id)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("KEY_GENERATED", "KEY_REVOKED"));
    }

    @Test
    void twoConcurrentRegenerationsProduceExactlyOneSuccessor() throws Exception {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String id = f.key(null)[0];
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> regenerate = () -> {
            start.await();
            return as(owner)
                    .body(Map.of("pin", Api.PIN))
                    .post(f.keys() + "/" + id + "/regenerate")
                    .statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>(List.of(pool.submit(regenerate), pool.submit(regenerate)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        List<Object> successors =
                as(owner).get(f.keys() + "?status=ACTIVE").then().extract().path("items.id");
        assertThat(successors).hasSize(1).doesNotContain(id);
    }

    @Test
    void mastersAdminsManageSubAccountKeysButNotTheOtherWayRound() {
        KeyFixture f = KeyFixture.create();
        Api.Account location = Api.account(f.operator(), f.account().id());
        Api.enable(f.operator(), location.id(), f.product());
        String subKeys = "/v1/accounts/" + location.id() + "/keys";

        as(f.account().ownerToken())
                .body(Map.of("product", f.product(), "name", "Location key", "pin", Api.PIN))
                .post(subKeys)
                .then()
                .statusCode(201);
        String masterKey = f.key(null)[0];
        as(location.ownerToken()).get(f.keys()).then().statusCode(404);
        as(location.ownerToken())
                .post(f.keys() + "/" + masterKey + "/disable")
                .then()
                .statusCode(404);
        as(location.ownerToken()).get(subKeys).then().statusCode(200).body("items.name", contains("Location key"));
    }

    @Test
    void membersAndOutsidersCannotTouchKeys() {
        KeyFixture f = KeyFixture.create();
        String id = f.key(null)[0];
        Api.Person member = Api.member(f.account(), "MEMBER");
        Api.Account other = Api.account(f.operator(), null);

        as(member.token()).get(f.keys()).then().statusCode(403);
        f.generate(member.token(), Map.of()).then().statusCode(403);
        as(other.ownerToken()).get(f.keys() + "/" + id).then().statusCode(404);
        as(other.ownerToken()).post(f.keys() + "/" + id + "/disable").then().statusCode(404);
        as(f.operator()).get(f.keys()).then().statusCode(403);
        as(f.account().ownerToken()).get(f.keys() + "/" + id).then().body("status", equalTo("ACTIVE"));
    }
}
