package dev.keysmith.bootstrap.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.keysmith.bootstrap.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A product code and prefix no other test uses. */
    private static String[] fresh() {
        int n = SEQUENCE.incrementAndGet();
        String letters = Integer.toString(n + 100, 26)
                .chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                .reduce("", String::concat);
        return new String[] {"prod-" + n, "pr" + letters};
    }

    private static Map<String, Object> product(String code, String prefix) {
        return Map.of(
                "code",
                code,
                "name",
                "Payments " + code,
                "keyPrefix",
                prefix,
                "scopes",
                java.util.List.of("read", "write", "delete"),
                "defaultScopes",
                java.util.List.of("read"));
    }

    @Test
    void operatorDefinesAProductThatEveryUserCanList() {
        String[] p = fresh();
        as(Tokens.operator())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/v1/products/" + p[0]))
                .body("code", equalTo(p[0]))
                .body("keyPrefix", equalTo(p[1]))
                .body("scopes", contains("delete", "read", "write"))
                .body("defaultScopes", contains("read"));

        as(Tokens.user()).get("/v1/products").then().statusCode(200).body("code", hasItem(p[0]));
        as(Tokens.verifier())
                .get("/v1/products/" + p[0])
                .then()
                .statusCode(200)
                .body("name", equalTo("Payments " + p[0]));
    }

    @Test
    void withoutATokenEverythingIs401Problem() {
        given().get("/v1/products")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHORIZED"))
                .body("status", equalTo(401));
        given().contentType(ContentType.JSON)
                .body(product("x-y", "xy"))
                .post("/v1/products")
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aForgedOrGarbageTokenIs401() {
        given().auth()
                .oauth2("not.a.jwt")
                .get("/v1/products")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbIm9wZXJhdG9yIl0sImlzcyI6ImtleXNtaXRoIn0.";
        given().auth()
                .oauth2(unsigned)
                .contentType(ContentType.JSON)
                .body(product("forged", "fg"))
                .post("/v1/products")
                .then()
                .statusCode(401);
        as(Tokens.operator()).get("/v1/products/forged").then().statusCode(404);
    }

    @Test
    void onlyOperatorsChangeTheCatalogue() {
        String[] p = fresh();
        as(Tokens.user())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        as(Tokens.verifier())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(403);
        as(Tokens.operator()).get("/v1/products/" + p[0]).then().statusCode(404);

        as(Tokens.operator())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(201);
        as(Tokens.user())
                .body(Map.of("name", "Hijacked"))
                .patch("/v1/products/" + p[0])
                .then()
                .statusCode(403);
        as(Tokens.user()).get("/v1/products/" + p[0]).then().body("name", equalTo("Payments " + p[0]));
    }

    @Test
    void duplicateCodeOrPrefixIs409() {
        String[] p = fresh();
        String[] q = fresh();
        as(Tokens.operator())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(201);

        as(Tokens.operator())
                .body(product(p[0], q[1]))
                .post("/v1/products")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_ALREADY_EXISTS"));
        as(Tokens.operator())
                .body(product(q[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(409)
                .body("code", equalTo("PRODUCT_ALREADY_EXISTS"));
        as(Tokens.operator()).get("/v1/products/" + q[0]).then().statusCode(404);
    }

    @Test
    void invalidInputIs400NamingTheFieldAndStoresNothing() {
        String[] p = fresh();
        as(Tokens.operator())
                .body(product(p[0], "PAY1"))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_KEY_PREFIX"))
                .body("errors.field", contains("keyPrefix"));
        as(Tokens.operator())
                .body(Map.of(
                        "code",
                        p[0],
                        "name",
                        "x",
                        "keyPrefix",
                        p[1],
                        "scopes",
                        java.util.List.of("read"),
                        "defaultScopes",
                        java.util.List.of("admin")))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .body("errors.field", contains("defaultScopes"));
        as(Tokens.operator())
                .body(Map.of("name", ""))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("keyPrefix"))
                .body("errors.field", hasItem("scopes"));
        as(Tokens.operator()).get("/v1/products/" + p[0]).then().statusCode(404);
    }

    @Test
    void malformedBodiesAre400Problems() {
        as(Tokens.operator())
                .body("{\"code\": ")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
        as(Tokens.operator())
                .body("{\"code\": \"a-b\", \"scopes\": \"read\"}")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .body("code", equalTo("WRONG_TYPE"))
                .body("errors.field", contains("scopes"));
        as(Tokens.operator())
                .body("")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.operator())
                .body("[1,2]")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.operator())
                .contentType(ContentType.TEXT)
                .body("hello")
                .post("/v1/products")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        as(Tokens.operator())
                .body("{\"code\":\"" + "a".repeat(100_000) + "\"}")
                .post("/v1/products")
                .then()
                .statusCode(413);
    }

    @Test
    void operatorChangesNameAndScopesButNeverThePrefix() {
        String[] p = fresh();
        as(Tokens.operator())
                .body(product(p[0], p[1]))
                .post("/v1/products")
                .then()
                .statusCode(201);

        as(Tokens.operator())
                .body(Map.of("name", "Card payments", "scopes", java.util.List.of("read", "refund")))
                .patch("/v1/products/" + p[0])
                .then()
                .statusCode(200)
                .body("name", equalTo("Card payments"))
                .body("scopes", contains("read", "refund"))
                .body("defaultScopes", contains("read"));
        as(Tokens.operator())
                .body(Map.of("keyPrefix", "zz"))
                .patch("/v1/products/" + p[0])
                .then()
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"));
        as(Tokens.operator())
                .body(Map.of("defaultScopes", java.util.List.of("write")))
                .patch("/v1/products/" + p[0])
                .then()
                .statusCode(400)
                .body("errors.field", contains("defaultScopes"));
        as(Tokens.user())
                .get("/v1/products/" + p[0])
                .then()
                .body("keyPrefix", equalTo(p[1]))
                .body("scopes", not(hasItem("write")));
    }

    @Test
    void unknownProductIs404Problem() {
        as(Tokens.operator())
                .body(Map.of("name", "x"))
                .patch("/v1/products/no-such-product")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_NOT_FOUND"));
        as(Tokens.operator()).get("/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.operator()).delete("/v1/products").then().statusCode(405).contentType("application/problem+json");
    }
}
