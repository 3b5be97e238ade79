package dev.keysmith.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5: bad input gets a 4xx problem and never a 500. Every write endpoint the OpenAPI document lists
 * is sent garbage bodies by callers who are allowed to use it.
 */
@QuarkusTest
class BadInputTest {

    private static final List<String> GARBAGE = List.of(
            "{",
            "[]",
            "\"text\"",
            "42",
            "null",
            "{\"unknown\": 1}",
            "{\"name\": " + "9".repeat(400) + "}",
            "{\"name\": [\"nested\", {\"deep\": []}]}",
            "{\"key\": \"" + "x".repeat(5000) + "\", \"product\": \"p\"}",
            "\u0000\u0001",
            "{\"pin\": 482913}");

    @Test
    void noWriteEndpointAnswersGarbageWithA5xx() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            String concrete = path.getKey()
                    .replaceAll(
                            "\\{accountId}|\\{id}(?=/(keys|members|products|audit|notifications|approve|suspend|reinstate))",
                            f.account().id())
                    .replace("{keyId}", key[0])
                    .replace("{code}", f.product())
                    .replace("{userId}", f.account().id())
                    .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (Object method : ((Map<?, ?>) path.getValue()).keySet()) {
                if (!List.of("post", "put", "patch").contains(method.toString())) {
                    continue;
                }
                for (String token : new String[] {f.operator(), f.account().ownerToken(), verifier.token()}) {
                    for (String body : GARBAGE) {
                        Response response = given().auth()
                                .oauth2(token)
                                .contentType(ContentType.JSON)
                                .body(body)
                                .request(method.toString().toUpperCase(), concrete);
                        requests++;
                        if (response.statusCode() >= 500
                                || response.statusCode() < 400
                                        && !List.of(200, 201, 204).contains(response.statusCode())) {
                            failures.add(method + " " + concrete + " " + body.substring(0, Math.min(30, body.length()))
                                    + " -> " + response.statusCode() + " " + response.asString());
                        }
                        if (response.statusCode() >= 400) {
                            assertThat(response.contentType())
                                    .as(method + " " + concrete)
                                    .startsWith("application/problem+json");
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(300);
        assertThat(failures).isEmpty();
        // The key that garbage was thrown at still lives with its name (disable and enable take no body).
        Api.as(f.account().ownerToken())
                .get(f.keys() + "/" + key[0])
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.oneOf("ACTIVE", "DISABLED"))
                .body("name", org.hamcrest.Matchers.equalTo("Marketing Automation"));
    }

    /** The five causes of 500s issue 11 found, each now a 400 problem that names what was wrong. */
    @Test
    void theInputsThatOnceGave500sAreRefusedWithProblems() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String members = "/v1/accounts/" + f.account().id() + "/members";

        // A member given twice, on login, on invitation accept and on any other JSON endpoint.
        refused(
                given().contentType(ContentType.JSON)
                        .body("{\"email\":\"a@b.co\",\"password\":\"xxxxxxxxxxxx\",\"email\":\"c@d.co\"}")
                        .post("/v1/auth/login"),
                "DUPLICATE_FIELD");
        refused(
                given().contentType(ContentType.JSON)
                        .body("{\"displayName\":\"A\",\"password\":\"" + Api.PASSWORD + "\",\"pin\":\"" + Api.PIN
                                + "\",\"pin\":\"111111\"}")
                        .post("/v1/invitations/whatever/accept"),
                "DUPLICATE_FIELD");
        refused(
                Api.as(owner)
                        .body("{\"email\":\"x@example.com\",\"role\":\"ADMIN\",\"role\":\"MEMBER\"}")
                        .post(members),
                "DUPLICATE_FIELD");

        // Control, bidi and zero-width characters in emails and names.
        for (String hidden : List.of("\u0000", "\u001B[31m", "\u202E", "\u200B", "\uFEFF")) {
            refused(
                    Api.as(owner)
                            .body(Map.of("email", "ada" + hidden + "@example.com", "role", "ADMIN"))
                            .post(members),
                    "INVALID_EMAIL");
            refused(
                    Api.as(f.operator())
                            .body(Map.of(
                                    "name",
                                    "Acme",
                                    "owner",
                                    Map.of("email", "ada" + hidden + "@example.com", "displayName", "Ada")))
                            .post("/v1/accounts"),
                    "INVALID_EMAIL");
            refused(
                    Api.as(f.operator())
                            .body(Map.of(
                                    "name",
                                    "Ac" + hidden + "me",
                                    "owner",
                                    Map.of("email", "ada@example.com", "displayName", "Ada")))
                            .post("/v1/accounts"),
                    "INVALID_NAME");
            refused(f.generate(owner, Map.of("name", "Marketing" + hidden)), "INVALID_NAME");
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", "ada" + hidden + "@example.com", "password", Api.PASSWORD))
                    .post("/v1/auth/login")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }

        // Broken percent-encoding in the token endpoint's form.
        refused(
                given().contentType(ContentType.URLENC)
                        .body("grant_type=client_credentials&client_id=%ZZ")
                        .post("/v1/auth/token"),
                "MALFORMED_FORM");

        // Numbers and identifiers are what they say: no truncated fractions, no "" for "absent".
        String[] key = f.key(null);
        Api.as(owner)
                .body("{\"pin\":\"" + Api.PIN + "\",\"gracePeriodSeconds\":1.5}")
                .post(f.keys() + "/" + key[0] + "/regenerate")
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WRONG_TYPE"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("gracePeriodSeconds"));
        Api.as(f.operator())
                .body("{\"name\":\"Acme\",\"parentAccountId\":\"\",\"owner\":{\"email\":\"ada@example.com\","
                        + "\"displayName\":\"Ada\"}}")
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WRONG_TYPE"));
        Api.as(owner)
                .get(f.keys() + "/" + key[0])
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));

        // Dates and cursors beyond what the database holds.
        String[] requestable = Api.product(f.operator());
        refused(
                Api.as(owner)
                        .body(Map.of("intendedStartDate", "+999999999-12-31", "useCase", "shop"))
                        .post("/v1/accounts/" + f.account().id() + "/products/" + requestable[0] + "/access-request"),
                "INVALID_INTENDED_START_DATE");
        refused(
                Api.as(owner)
                        .body(Map.of("intendedStartDate", "-4714-11-23", "useCase", "shop"))
                        .post("/v1/accounts/" + f.account().id() + "/products/" + requestable[0] + "/access-request"),
                "INVALID_INTENDED_START_DATE");
        for (String after : List.of("+294277-01-01T00:00:00Z_", "-999999999-01-01T00:00:00Z_")) {
            refused(
                    Api.as(owner)
                            .queryParam("after", after + java.util.UUID.randomUUID())
                            .get("/v1/accounts/" + f.account().id() + "/notifications"),
                    "INVALID_AFTER");
        }
    }

    private static void refused(Response response, String code) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo(code));
    }
}
