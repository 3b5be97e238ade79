package dev.keysmith.adapters.rest.slice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.keysmith.application.port.in.account.AcceptInvitationUseCase.AcceptInvitationCommand;
import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase.IssueVerifierTokenCommand;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.UnauthenticatedException;
import dev.keysmith.domain.user.PinLockedException;
import dev.keysmith.domain.user.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST adapter in a running Quarkus against fake use cases: routing, roles, status codes, headers
 * and problem details as the HTTP contract states them. End-to-end behaviour is bootstrap's to test.
 */
@QuarkusTest
class WebSliceTest {

    private static final String ACCOUNT = UUID.randomUUID().toString();
    private static final UserId PERSON = UserId.random();

    @Inject
    FakeUseCases fake;

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void login_is_anonymous_and_answers_a_bearer_token_that_is_not_cached() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"ada@example.com\",\"password\":\"correct horse\"}")
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("accessToken", equalTo("user.jwt.token"))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900));
    }

    @Test
    void wrong_credentials_are_a_401_with_their_code() {
        fake.failWith = new UnauthenticatedException("INVALID_CREDENTIALS", "email or password is not correct");

        given().contentType(ContentType.JSON)
                .body("{\"email\":\"ada@example.com\",\"password\":\"nope\"}")
                .post("/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void the_token_endpoint_takes_basic_client_credentials_and_answers_with_oauth2_names() {
        String basic =
                Base64.getEncoder().encodeToString("vc_abcdefghijklmnop:vcs_secret".getBytes(StandardCharsets.UTF_8));

        given().header("Authorization", "Basic " + basic)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/v1/auth/token")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", equalTo("verifier.jwt.token"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900));

        IssueVerifierTokenCommand credentials = (IssueVerifierTokenCommand) fake.lastInput;
        assertThat(credentials.clientId()).isEqualTo("vc_abcdefghijklmnop");
        assertThat(credentials.clientSecret()).isEqualTo("vcs_secret");
        assertThat(credentials.clientIp()).isNotBlank();
    }

    @Test
    void the_token_endpoint_refuses_other_grants() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "x")
                .formParam("client_secret", "y")
                .post("/v1/auth/token")
                .then()
                .statusCode(400)
                .body("code", equalTo("UNSUPPORTED_GRANT_TYPE"));
    }

    @Test
    void the_profile_needs_a_person() {
        given().get("/v1/me").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        as(verifier()).get("/v1/me").then().statusCode(403).body("code", equalTo("FORBIDDEN"));

        as(user())
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(PERSON.toString()))
                .body("operator", equalTo(false))
                .body("pinSet", equalTo(false))
                .body("memberships[0].role", equalTo("ADMIN"));
        assertThat(fake.lastCaller.type()).isEqualTo(ActorType.USER);
        assertThat(fake.lastCaller.userId()).isEqualTo(PERSON);
        assertThat(fake.lastCaller.clientIp()).isNotBlank();
    }

    @Test
    void setting_the_pin_answers_204_and_a_locked_pin_423() {
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"password\":\"correct horse\",\"newPin\":\"481937\"}")
                .put("/v1/me/pin")
                .then()
                .statusCode(204);

        fake.failWith = new PinLockedException(Instant.parse("2030-03-01T09:15:00Z"));
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"password\":\"correct horse\",\"newPin\":\"481937\"}")
                .put("/v1/me/pin")
                .then()
                .statusCode(423)
                .body("code", equalTo("PIN_LOCKED"))
                .body("lockedUntil", equalTo("2030-03-01T09:15:00Z"));

        as(user())
                .contentType(ContentType.JSON)
                .body("{\"password\":\"correct horse\",\"newPin\":\"48193\"}")
                .put("/v1/me/pin")
                .then()
                .statusCode(400)
                .body("errors.field", contains("newPin"));
    }

    @Test
    void accounts_are_listed_in_pages_and_a_bad_limit_is_a_400() {
        as(user())
                .get("/v1/accounts?limit=5")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("Acme"))
                .body("nextCursor", nullValue());
        assertThat(fake.lastInput).isEqualTo(5);

        as(user()).get("/v1/accounts?limit=many").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
    }

    @Test
    void operators_create_accounts_and_see_the_owner_invitation_once() {
        String body = "{\"name\":\"Acme\",\"owner\":{\"email\":\"owner@example.com\",\"displayName\":\"Olu\"}}";

        as(user())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(403);
        as(operator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("Location", notNullValue())
                .body("status", equalTo("APPROVED"))
                .body("ownerInvitation.token", equalTo(FakeUseCases.INVITATION_TOKEN));
        assertThat(fake.lastCaller.operator()).isTrue();

        as(operator())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Acme\"}")
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("errors.field", contains("owner"));
        as(operator())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Acme\",\"parentAccountId\":\"nope\",\"owner\":{}}")
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("errors.field", contains("parentAccountId"));
    }

    @Test
    void status_changes_are_for_operators_and_need_no_body() {
        as(operator())
                .post("/v1/accounts/" + ACCOUNT + "/approve")
                .then()
                .statusCode(200)
                .body("id", equalTo(ACCOUNT));
        as(operator()).post("/v1/accounts/" + ACCOUNT + "/suspend").then().statusCode(200);
        as(operator()).post("/v1/accounts/" + ACCOUNT + "/reinstate").then().statusCode(200);
        as(user()).post("/v1/accounts/" + ACCOUNT + "/approve").then().statusCode(403);
        as(operator())
                .post("/v1/accounts/not-a-uuid/approve")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_ACCOUNT_ID"));
    }

    @Test
    void members_are_routed_below_the_account_and_an_unknown_role_is_a_400() {
        as(user())
                .get("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(200)
                .body("members", equalTo(List.of()))
                .body("invitations[0].role", equalTo("MEMBER"))
                .body("invitations[0]", not(hasKey("token")));
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"email\":\"bo@example.com\",\"role\":\"ADMIN\"}")
                .post("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("token", equalTo(FakeUseCases.INVITATION_TOKEN));
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"email\":\"bo@example.com\",\"role\":\"KING\"}")
                .post("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_VALUE"))
                .body("errors.field", contains("role"));

        String member = UUID.randomUUID().toString();
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"role\":\"SUPERADMIN\"}")
                .patch("/v1/accounts/" + ACCOUNT + "/members/" + member)
                .then()
                .statusCode(200)
                .body("userId", equalTo(member))
                .body("role", equalTo("SUPERADMIN"));
        as(user())
                .delete("/v1/accounts/" + ACCOUNT + "/members/" + member)
                .then()
                .statusCode(204);
    }

    @Test
    void an_invitation_is_accepted_anonymously() {
        given().contentType(ContentType.JSON)
                .body("{\"displayName\":\"Dee\",\"password\":\"correct horse battery\",\"pin\":\"481937\"}")
                .post("/v1/invitations/inv_token/accept")
                .then()
                .statusCode(201)
                .body("role", equalTo("MEMBER"))
                .body("accountId", notNullValue());
        assertThat(((AcceptInvitationCommand) fake.lastInput).token()).isEqualTo("inv_token");
    }

    @Test
    void product_access_is_requested_by_members_and_switched_by_operators() {
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"intendedStartDate\":\"2030-04-01\",\"useCase\":\"Shop\"}")
                .post("/v1/accounts/" + ACCOUNT + "/products/payments/access-request")
                .then()
                .statusCode(201)
                .body("state", equalTo("REQUESTED"))
                .body("intendedStartDate", equalTo("2030-04-01"));
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"intendedStartDate\":\"soon\",\"useCase\":\"Shop\"}")
                .post("/v1/accounts/" + ACCOUNT + "/products/payments/access-request")
                .then()
                .statusCode(400)
                .body("errors.field", contains("intendedStartDate"));

        as(user()).put("/v1/accounts/" + ACCOUNT + "/products/payments").then().statusCode(403);
        as(operator())
                .put("/v1/accounts/" + ACCOUNT + "/products/payments")
                .then()
                .statusCode(200)
                .body("state", equalTo("ENABLED"));
        as(operator())
                .delete("/v1/accounts/" + ACCOUNT + "/products/payments")
                .then()
                .statusCode(200)
                .body("state", equalTo("DISABLED"));
        as(user()).get("/v1/accounts/" + ACCOUNT + "/products").then().statusCode(200);
    }

    @Test
    void access_requests_are_reviewed_by_operators() {
        as(operator()).get("/v1/access-requests").then().statusCode(200);
        assertThat(fake.lastInput).isEqualTo(AccessState.REQUESTED);
        as(operator()).get("/v1/access-requests?state=ALL").then().statusCode(200);
        assertThat(fake.lastInput).isNull();
        as(operator())
                .get("/v1/access-requests?state=SOON")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_STATE"));
        as(user()).get("/v1/access-requests").then().statusCode(403);

        as(operator())
                .post("/v1/access-requests/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(200);
        as(operator())
                .post("/v1/access-requests/" + UUID.randomUUID() + "/deny")
                .then()
                .statusCode(200);
        as(operator()).post("/v1/access-requests/nope/deny").then().statusCode(400);
    }

    @Test
    void verifier_client_secrets_are_shown_once_and_never_cached() {
        as(operator())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Payments backend\",\"products\":[\"payments\"]}")
                .post("/v1/verifier-clients")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("clientSecret", equalTo(FakeUseCases.SECRET));
        String id = UUID.randomUUID().toString();
        as(operator())
                .contentType(ContentType.JSON)
                .body("{\"pin\":\"481937\"}")
                .post("/v1/verifier-clients/" + id + "/roll-secret")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("clientSecret", equalTo(FakeUseCases.SECRET));
        as(operator())
                .post("/v1/verifier-clients/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("$", not(hasKey("clientSecret")));
        as(operator())
                .post("/v1/verifier-clients/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        as(operator())
                .get("/v1/verifier-clients")
                .then()
                .statusCode(200)
                .body("[0].clientId", equalTo("vc_abcdefghijklmnop"));
        as(user()).get("/v1/verifier-clients").then().statusCode(403);
    }

    @Test
    void audit_events_are_paged_per_account() {
        as(user())
                .get("/v1/accounts/" + ACCOUNT + "/audit-events?action=KEY_REVOKED&limit=10")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("nextCursor", nullValue());
        assertThat(fake.lastInput).isEqualTo(AuditAction.KEY_REVOKED);
    }

    @Test
    void an_audit_action_filter_is_an_event_name_and_an_unknown_name_matches_nothing() {
        as(operator())
                .get("/v1/audit-events?action=not-an-action")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_ACTION"));
        assertThat(fake.lastCaller).isNull();
        as(user())
                .get("/v1/accounts/" + ACCOUNT + "/audit-events?action=KEY_MELTED")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("nextCursor", nullValue());
        assertThat(fake.lastCaller)
                .as("who may read is still the use case's to decide")
                .isNotNull();
        assertThat(fake.lastInput).isNull();
    }

    @Test
    void a_product_backend_is_no_person() {
        as(verifier()).get("/v1/accounts").then().statusCode(403);
        as(verifier()).get("/v1/accounts/" + ACCOUNT + "/audit-events").then().statusCode(403);
    }

    @Test
    void bodies_that_are_not_json_or_missing_are_400s() {
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"email\":")
                .post("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        as(user())
                .contentType(ContentType.JSON)
                .post("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(400);
        as(user())
                .contentType(ContentType.JSON)
                .body("{\"email\":\"a@example.com\",\"role\":\"ADMIN\",\"x\":1}")
                .post("/v1/accounts/" + ACCOUNT + "/members")
                .then()
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String user() {
        return Jwt.issuer("keysmith")
                .audience("keysmith-api")
                .subject(PERSON.toString())
                .groups(Set.of("user"))
                .expiresIn(900)
                .sign();
    }

    private static String operator() {
        return Jwt.issuer("keysmith")
                .audience("keysmith-api")
                .subject(UserId.random().toString())
                .groups(Set.of("user", "operator"))
                .expiresIn(900)
                .sign();
    }

    private static String verifier() {
        return Jwt.issuer("keysmith")
                .audience("keysmith-verify")
                .subject("vc_abcdefghijklmnop")
                .groups(Set.of("verifier"))
                .claim("products", List.of("payments"))
                .expiresIn(900)
                .sign();
    }
}
