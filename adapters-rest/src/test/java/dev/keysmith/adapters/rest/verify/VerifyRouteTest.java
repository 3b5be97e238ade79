package dev.keysmith.adapters.rest.verify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.application.port.in.verify.VerifierNotForProductException;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.UnauthenticatedException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route answers the ordinary verification itself, byte for byte as the resource would; every other request
 * falls through to the resource and gets the answer it always got.
 */
@QuarkusTest
class VerifyRouteTest {

    private static final String TOKEN = token("keysmith-verify", "vc_routeroutetestclient", "verifier");
    private static final String BODY = "{\"key\":\"pay_live_anything\",\"product\":\"payments\"}";

    @Inject
    VerifyRoute route;

    @Inject
    ScriptedVerification verification;

    @BeforeEach
    void tokenKnown() {
        verification.reset();
        // The first use of a token is verified by Quarkus security behind the resource, and remembered.
        ask(TOKEN, "application/json", BODY).then().statusCode(200);
        verification.reset();
    }

    @Test
    void the_ordinary_verification_is_answered_by_the_route_as_the_resource_answers_it() {
        long before = route.answered();

        Response fast = ask(TOKEN, "application/json", BODY);
        Response resource = given().header("Authorization", "Bearer " + TOKEN)
                .header("X-Request-Id", "same")
                .header("Accept", "application/json, text/plain") // not taken by the route
                .contentType("application/json")
                .body(BODY)
                .post("/v1/keys/verify");

        assertThat(route.answered()).isEqualTo(before + 1);
        assertThat(fast.statusCode()).isEqualTo(200).isEqualTo(resource.statusCode());
        assertThat(fast.asString())
                .isEqualTo("{\"code\":\"NOT_FOUND\",\"valid\":false}")
                .isEqualTo(resource.asString());
        assertThat(fast.headers().toString()).isEqualTo(resource.headers().toString());
        assertThat(verification.fromMemoryCalls).hasValue(2);
        assertThat(verification.databaseCalls).hasValue(0);
    }

    @Test
    void a_charset_parameter_is_still_ordinary() {
        long before = route.answered();

        ask(TOKEN, "application/json; charset=UTF-8", BODY).then().statusCode(200);

        assertThat(route.answered()).isEqualTo(before + 1);
    }

    @Test
    void without_a_token_the_resource_refuses() {
        long before = route.answered();

        given().contentType("application/json")
                .body(BODY)
                .post("/v1/keys/verify")
                .then()
                .statusCode(401);

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.fromMemoryCalls).hasValue(0);
    }

    @Test
    void an_unknown_token_goes_to_quarkus_security() {
        long before = route.answered();

        ask(TOKEN.substring(0, TOKEN.length() - 4) + "AAAA", "application/json", BODY)
                .then()
                .statusCode(401);

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.fromMemoryCalls).hasValue(0);
    }

    @Test
    void another_content_type_is_the_resources_415() {
        long before = route.answered();

        ask(TOKEN, "text/plain", BODY).then().statusCode(415);

        assertThat(route.answered()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_is_read_again_by_the_resource() {
        long before = route.answered();

        ask(TOKEN, "application/json", "{\"key\":").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        ask(TOKEN, "application/json", "{\"key\":\"k\",\"product\":\"payments\",\"x\":1}")
                .then()
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"));

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.fromMemoryCalls).hasValue(0);
    }

    @Test
    void a_field_beyond_its_limit_is_the_resources_validation_problem() {
        long before = route.answered();

        ask(TOKEN, "application/json", "{\"key\":\"k\",\"product\":\"" + "p".repeat(41) + "\"}")
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.fromMemoryCalls).hasValue(0);
    }

    @Test
    void a_verification_that_needs_the_database_is_the_resources() {
        verification.inMemory = java.util.Optional.empty();
        long before = route.answered();

        ask(TOKEN, "application/json", BODY).then().statusCode(200).body("code", equalTo("ACCOUNT_SUSPENDED"));

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.databaseCalls).hasValue(1);
    }

    @Test
    void a_disabled_client_is_refused_by_the_resource() {
        verification.failWith = new UnauthenticatedException("INVALID_CLIENT", "this verifier client is disabled");
        long before = route.answered();

        ask(TOKEN, "application/json", BODY).then().statusCode(401).body("code", equalTo("INVALID_CLIENT"));

        assertThat(route.answered()).isEqualTo(before);
    }

    @Test
    void a_product_the_client_does_not_cover_is_asked_once_by_the_resource_alone() {
        verification.failWith = new VerifierNotForProductException(new ProductCode("other"));
        long before = route.answered();

        ask(TOKEN, "application/json", "{\"key\":\"k\",\"product\":\"other\"}")
                .then()
                .statusCode(403)
                .body("code", equalTo("VERIFIER_NOT_FOR_PRODUCT"));

        assertThat(route.answered()).isEqualTo(before);
        assertThat(verification.fromMemoryCalls).as("counted once, not twice").hasValue(1);
    }

    @Test
    void each_request_is_answered_for_the_client_whose_token_it_carries() {
        String other = token("keysmith-verify", "vc_otherroutetestclient", "verifier");
        ask(other, "application/json", BODY).then().statusCode(200); // verified by Quarkus security, remembered
        verification.reset();
        long before = route.answered();

        // Each event loop remembers the last token it took: each in turn must be recognised for itself.
        for (String token : List.of(TOKEN, other, other, TOKEN, TOKEN.substring(0, TOKEN.length() - 4) + "AAAA")) {
            ask(token, "application/json", BODY);
        }

        assertThat(route.answered()).isEqualTo(before + 4);
        assertThat(verification.fromMemoryClients)
                .containsExactly(
                        "vc_routeroutetestclient",
                        "vc_otherroutetestclient",
                        "vc_otherroutetestclient",
                        "vc_routeroutetestclient");
    }

    @Test
    void a_token_quarkus_security_verified_but_not_a_verifier_clients_is_never_answered_by_the_route() {
        // Each is RS256-verified (and remembered) on its first use, then refused by Quarkus security or
        // BearerTokenCheck; the route must leave the second use to them too, whatever it remembers of the token.
        List<String> notAVerifiers = List.of(
                token("keysmith-api", "3f1f3f4e-8a4b-4a53-9b58-6f0d7f1c2a11", "user"), // a person's token
                token("keysmith-api", "vc_routeroutetestclient", "verifier"), // a verifier's, meant for people's API
                token("keysmith-verify", "vc_routeroutetestclient", "verifier", "operator")); // also a person's
        for (String token : notAVerifiers) {
            long before = route.answered();

            int first = ask(token, "application/json", BODY).statusCode();
            int second = ask(token, "application/json", BODY).statusCode();

            assertThat(first).isIn(401, 403);
            assertThat(second).isEqualTo(first);
            assertThat(route.answered()).isEqualTo(before);
            assertThat(verification.fromMemoryCalls).hasValue(0);
        }
    }

    /** A token signed with the test key, for the payments product, valid for 15 minutes. */
    private static String token(String audience, String subject, String... groups) {
        return Jwt.issuer("keysmith")
                .audience(audience)
                .subject(subject)
                .groups(Set.of(groups))
                .claim("products", List.of("payments"))
                .expiresIn(900)
                .sign();
    }

    private static Response ask(String token, String contentType, String body) {
        RequestSpecification request = given().header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "same")
                .contentType(contentType)
                .body(body);
        return request.post("/v1/keys/verify");
    }
}
