package dev.keysmith.bootstrap.contract;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.support.contract.ContractFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main flows of the API, each answer held to the served OpenAPI document by the {@link ContractFilter} every
 * test runs behind: sign-in, keys from generation to revocation, verifier clients and verification, and the
 * problems 400, 401, 403, 404 and 409. The checks here say which statuses were reached; the filter checks that
 * each is documented for its operation and that the body matches its schema.
 */
@QuarkusTest
class ContractTest {

    private static URI service() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    @BeforeEach
    void onlyAgainstADocumentThatDeclaresItselfPrecise() {
        assumeTrue(
                ContractFilter.checks(service()),
                "the served document does not carry info.x-keysmith-contract: strict, so it is not checked against");
    }

    @Test
    void theCheckRefusesAnswersTheDocumentDoesNotDescribe() {
        assertThat(ContractFilter.violation(
                        service(),
                        Method.POST,
                        "/v1/auth/login",
                        SimpleResponse.Builder.status(299).build()))
                .as("an undocumented status")
                .hasValueSatisfying(message -> assertThat(message).contains("299"));
        assertThat(ContractFilter.violation(
                        service(),
                        Method.POST,
                        "/v1/auth/login",
                        SimpleResponse.Builder.ok()
                                .withContentType("application/json")
                                .withBody("{\"accessToken\":42}")
                                .build()))
                .as("a body that is not the documented schema")
                .isPresent();
        assertThat(ContractFilter.violation(
                        service(),
                        Method.GET,
                        "/v1/me",
                        SimpleResponse.Builder.unauthorized()
                                .withContentType("application/problem+json")
                                .withBody("{\"status\":401}")
                                .build()))
                .as("a problem without its code")
                .isPresent();
        assertThat(ContractFilter.violation(
                        service(),
                        Method.GET,
                        "/v1/no-such-thing",
                        SimpleResponse.Builder.ok().build()))
                .as("a success of an operation the document does not have")
                .isPresent();
    }

    @Test
    void signIn() {
        String token = Api.operator();
        assertThat(token).isNotBlank();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Api.OPERATOR_EMAIL, "password", "not-the-password"))
                .post("/v1/auth/login")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not an address"))
                .post("/v1/auth/login")
                .then()
                .statusCode(400);
        as(token).get("/v1/me").then().statusCode(200);
        as(null).get("/v1/me").then().statusCode(401);
        as("not.a.token").get("/v1/me").then().statusCode(401);
    }

    @Test
    void keysFromGenerationToRevocation() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();

        Response generated = f.generate(owner, Map.of("scopes", List.of("read"), "ipAllowlist", List.of("10.0.0.0/8")));
        generated.then().statusCode(201).body("secret", notNullValue());
        String key = f.keys() + "/" + generated.path("id");
        f.generate(owner, Map.of("name", "")).then().statusCode(400);
        f.generate(owner, Map.of("pin", "000001")).then().statusCode(403);
        f.generate(Api.member(f.account(), "MEMBER").token(), Map.of()).then().statusCode(403);
        as(owner).get(f.keys()).then().statusCode(200);
        as(owner).get(key).then().statusCode(200);
        as(owner).get(f.keys() + "/" + UUID.randomUUID()).then().statusCode(404);
        as(owner).body(Map.of("name", "Renamed")).patch(key).then().statusCode(200);
        as(owner).post(key + "/disable").then().statusCode(200);
        as(owner).post(key + "/disable").then().statusCode(409);
        as(owner).post(key + "/enable").then().statusCode(200);

        Response regenerated = as(owner)
                .body(Map.of("pin", Api.PIN, "gracePeriodSeconds", 3600))
                .post(key + "/regenerate");
        regenerated.then().statusCode(201).body("replacedKeyId", equalTo(generated.path("id")));
        String next = f.keys() + "/" + regenerated.path("id");
        as(owner).body(Map.of("pin", Api.PIN)).post(next + "/revoke").then().statusCode(200);
        as(owner).body(Map.of("pin", Api.PIN)).post(next + "/revoke").then().statusCode(409);
        as(owner).body(Map.of("pin", Api.PIN)).post(next + "/regenerate").then().statusCode(409);
        as(owner)
                .get("/v1/accounts/" + f.account().id() + "/audit-events?keyId=" + generated.path("id"))
                .then()
                .statusCode(200);
    }

    @Test
    void verifierClientsAndVerification() {
        KeyFixture f = KeyFixture.create();
        String secret = f.key(null)[1];
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        as(f.operator()).get("/v1/verifier-clients").then().statusCode(200);
        as(f.account().ownerToken())
                .body(Map.of("name", "Not mine", "products", List.of(f.product())))
                .post("/v1/verifier-clients")
                .then()
                .statusCode(403);
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", "wrong")
                .post("/v1/auth/token")
                .then()
                .statusCode(401);
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", verifier.secret())
                .post("/v1/auth/token")
                .then()
                .statusCode(400);

        as(verifier.token())
                .body(Map.of("key", secret, "product", f.product(), "scopes", List.of("read")))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("code", equalTo("VALID"));
        as(verifier.token())
                .body(Map.of("key", secret, "product", f.product(), "scopes", List.of("delete")))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false));
        as(verifier.token())
                .body(Map.of("key", "not_a_key", "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false));
        as(verifier.token())
                .body(Map.of("key", secret, "product", Api.product(f.operator())[0]))
                .post("/v1/keys/verify")
                .then()
                .statusCode(403);
        as(verifier.token())
                .body(Map.of("product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(400);
        as(f.account().ownerToken())
                .body(Map.of("key", secret, "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(403);
        as(null).body(Map.of("key", secret, "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(401);
    }

    @Test
    void catalogueAndAccounts() {
        String operator = Api.operator();
        String[] product = Api.product(operator);
        as(operator).get("/v1/products").then().statusCode(200);
        as(operator)
                .body(Map.of("code", product[0], "name", "Again", "keyPrefix", product[1], "scopes", List.of("read")))
                .post("/v1/products")
                .then()
                .statusCode(409);
        as(operator)
                .body(Map.of("name", "Renamed"))
                .patch("/v1/products/" + product[0])
                .then()
                .statusCode(200);
        as(operator)
                .body(Map.of("name", "Nobody"))
                .patch("/v1/products/no-such-product")
                .then()
                .statusCode(404);
        Api.Account account = Api.account(operator, null);
        as(operator).get("/v1/accounts").then().statusCode(200);
        as(account.ownerToken()).get("/v1/accounts/" + account.id()).then().statusCode(200);
        as(account.ownerToken()).get("/v1/accounts/" + UUID.randomUUID()).then().statusCode(404);
        as(account.ownerToken())
                .get("/v1/accounts/" + account.id() + "/members")
                .then()
                .statusCode(200);
        as(account.ownerToken())
                .get("/v1/accounts/" + account.id() + "/products")
                .then()
                .statusCode(200);
        as(account.ownerToken()).get("/v1/audit-events").then().statusCode(403);
    }
}
