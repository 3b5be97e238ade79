package dev.keysmith.bootstrap.security;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Sign-in answers that do not tell which emails are registered, and access tokens that end: audience and
 * expiry checked, and a secret roll, a disable, a password change, a member removal or an operator's
 * deactivation ending the tokens issued before it, at once on this instance and through the change
 * listener as if another instance had made the change.
 */
@QuarkusTest
class SignInAndTokensTest {

    @Inject
    DataSource dataSource;

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/v1/auth/login");
    }

    private static Response verify(String verifierToken, String product) {
        return as(verifierToken)
                .body(Map.of("key", "not_a_key", "product", product))
                .post("/v1/keys/verify");
    }

    private static String tokenFor(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void unknownAndKnownEmailsGetTheSameStatusAndBodyThrottledOrNot() {
        Api.Account account = Api.account(Api.operator(), null);
        String unknown = "never-registered-" + Api.next() + "@example.com";
        for (int attempt = 0; attempt < 7; attempt++) {
            Response known = login(account.ownerEmail(), "wrong-password-" + attempt);
            Response stranger = login(unknown, "wrong-password-" + attempt);

            assertThat(stranger.statusCode()).as("attempt " + attempt).isEqualTo(known.statusCode());
            // The Retry-After seconds may differ by the second that passed between the two calls.
            assertThat(stranger.asString().replaceAll("[0-9]+ seconds", "N seconds"))
                    .isEqualTo(known.asString().replaceAll("[0-9]+ seconds", "N seconds"));
            assertThat(stranger.contentType()).isEqualTo(known.contentType());
        }
        login(unknown, "wrong-password")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("LOGIN_THROTTLED"));
        login(account.ownerEmail(), Api.PASSWORD).then().statusCode(429);
    }

    @Test
    void tokensAreCheckedForAudienceAndExpiryWithoutLongLeeway() {
        Api.Person person = Api.member(Api.account(Api.operator(), null), "ADMIN");
        String wrongAudience = Jwt.issuer("keysmith")
                .audience("keysmith-verify")
                .subject(person.userId())
                .groups(Set.of("user"))
                .expiresIn(900)
                .sign();
        String noAudience = Jwt.issuer("keysmith")
                .subject(person.userId())
                .groups(Set.of("user"))
                .expiresIn(900)
                .sign();
        String expired = Jwt.issuer("keysmith")
                .audience("keysmith-api")
                .subject(person.userId())
                .groups(Set.of("user"))
                .issuedAt(Instant.now().minusSeconds(120))
                .expiresAt(Instant.now().minusSeconds(10))
                .sign();
        String userAudienceVerifier = Jwt.issuer("keysmith")
                .audience("keysmith-api")
                .subject("vc_forged")
                .groups(Set.of("verifier"))
                .claim("products", List.of("payments"))
                .expiresIn(900)
                .sign();

        as(person.token()).get("/v1/me").then().statusCode(200);
        as(wrongAudience).get("/v1/me").then().statusCode(401);
        as(noAudience).get("/v1/me").then().statusCode(401);
        as(expired).get("/v1/me").then().statusCode(401);
        verify(userAudienceVerifier, "payments").then().statusCode(401);
    }

    @Test
    void rollingAVerifierClientsSecretEndsItsEarlierTokensAtOnce() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Verifier verifier = Api.verifier(operator, product);
        verify(verifier.token(), product).then().statusCode(200);
        as(operator)
                .body(Map.of("password", Api.OPERATOR_PASSWORD, "newPin", "730582"))
                .put("/v1/me/pin")
                .then()
                .statusCode(204);

        String secret = as(operator)
                .body(Map.of("pin", "730582"))
                .post("/v1/verifier-clients/" + verifier.id() + "/roll-secret")
                .then()
                .statusCode(200)
                .extract()
                .path("clientSecret");

        verify(verifier.token(), product).then().statusCode(401).body("code", equalTo("INVALID_CLIENT"));
        verify(tokenFor(verifier.clientId(), secret), product).then().statusCode(200);
    }

    @Test
    void disablingAVerifierClientEndsItsTokensForGoodAndANewTokenWorksAfterEnabling() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Verifier verifier = Api.verifier(operator, product);

        as(operator)
                .post("/v1/verifier-clients/" + verifier.id() + "/disable")
                .then()
                .statusCode(200);
        verify(verifier.token(), product).then().statusCode(401);
        as(operator)
                .post("/v1/verifier-clients/" + verifier.id() + "/enable")
                .then()
                .statusCode(200);

        // A token from before the disable stays ended.
        verify(verifier.token(), product).then().statusCode(401);
        verify(tokenFor(verifier.clientId(), verifier.secret()), product).then().statusCode(200);
    }

    @Test
    void changingThePasswordEndsEveryEarlierTokenAndAnswersWithAFreshOne() {
        Api.Account account = Api.account(Api.operator(), null);
        String other = Api.login(account.ownerEmail(), Api.PASSWORD);

        as(account.ownerToken())
                .body(Map.of("currentPassword", "not-the-password", "newPassword", "a-newer-password"))
                .put("/v1/me/password")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_PASSWORD"));
        String fresh = as(account.ownerToken())
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-newer-password"))
                .put("/v1/me/password")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .extract()
                .path("accessToken");

        as(account.ownerToken()).get("/v1/me").then().statusCode(401);
        as(other).get("/v1/me").then().statusCode(401);
        as(fresh).get("/v1/me").then().statusCode(200);
        login(account.ownerEmail(), Api.PASSWORD).then().statusCode(401);
        login(account.ownerEmail(), "a-newer-password").then().statusCode(200);
    }

    @Test
    void aRemovedMemberLosesTheAccountAtOnceButKeepsTheirOtherAccess() {
        Api.Account account = Api.account(Api.operator(), null);
        Api.Person admin = Api.member(account, "ADMIN");
        as(admin.token()).get("/v1/accounts/" + account.id() + "/keys").then().statusCode(200);

        as(account.ownerToken())
                .delete("/v1/accounts/" + account.id() + "/members/" + admin.userId())
                .then()
                .statusCode(204);

        as(admin.token()).get("/v1/accounts/" + account.id() + "/keys").then().statusCode(404);
        as(admin.token()).get("/v1/accounts/" + account.id()).then().statusCode(404);
        as(admin.token()).get("/v1/me").then().statusCode(200);
    }

    @Test
    void operatorsInviteOperatorsAndDeactivateThemButNeverTheLastOne() {
        String operator = Api.operator();
        String email = "second-operator" + Api.next() + "@example.com";
        String token = as(operator)
                .body(Map.of("email", email))
                .post("/v1/operators")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .extract()
                .path("token");
        String userId = given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Second", "password", Api.PASSWORD, "pin", "730582"))
                .post("/v1/operator-invitations/" + token + "/accept")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .extract()
                .path("userId");
        String second = Api.login(email, Api.PASSWORD);
        as(second).get("/v1/verifier-clients").then().statusCode(200);
        as(operator).get("/v1/operators").then().statusCode(200).body("userId", hasItem(userId));

        as(operator)
                .post("/v1/operators/" + userId + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));

        as(second).get("/v1/verifier-clients").then().statusCode(401);
        as(second).get("/v1/me").then().statusCode(401);
        login(email, Api.PASSWORD).then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));

        // Deactivate every other active operator, then the last one stays.
        List<Map<String, Object>> operators =
                as(operator).get("/v1/operators").then().extract().path("$");
        String self = as(operator).get("/v1/me").then().extract().path("id");
        operators.stream()
                .filter(o -> Boolean.TRUE.equals(o.get("active")) && !self.equals(o.get("userId")))
                .forEach(o -> as(operator)
                        .post("/v1/operators/" + o.get("userId") + "/deactivate")
                        .then()
                        .statusCode(200));
        as(operator)
                .post("/v1/operators/" + self + "/deactivate")
                .then()
                .statusCode(409)
                .body("code", equalTo("LAST_OPERATOR"));
        as(operator).get("/v1/me").then().statusCode(200);
    }

    @Test
    void aTokenEndedOnAnotherInstanceIsRefusedOnceTheNotificationArrives() throws Exception {
        Api.Account account = Api.account(Api.operator(), null);
        String userId = as(account.ownerToken())
                .get("/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        // What another instance's password change does: raise the generation and NOTIFY, without touching
        // this instance's cache directly.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement change = connection.prepareStatement(
                        "UPDATE app_user SET token_generation = token_generation + 1 WHERE id = ?");
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('keysmith_changes', ?)")) {
            change.setObject(1, UUID.fromString(userId));
            change.executeUpdate();
            notify.setString(1, "user:" + userId);
            notify.executeQuery().close();
        }
        assertThat(statusOnceChanged(
                        () -> as(account.ownerToken()).get("/v1/me").statusCode()))
                .isEqualTo(401);
    }

    @Test
    void aVerifierClientRolledOnAnotherInstanceIsRefusedOnceTheNotificationArrives() throws Exception {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Verifier verifier = Api.verifier(operator, product);
        verify(verifier.token(), product).then().statusCode(200);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement change = connection.prepareStatement(
                        "UPDATE verifier_client SET token_generation = token_generation + 1 WHERE client_id = ?");
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('keysmith_changes', ?)")) {
            change.setString(1, verifier.clientId());
            change.executeUpdate();
            notify.setString(1, "client:" + verifier.clientId());
            notify.executeQuery().close();
        }

        assertThat(statusOnceChanged(() -> verify(verifier.token(), product).statusCode()))
                .isEqualTo(401);
    }

    /** Polls until the answer is no longer 200, with a deadline well inside the staleness bound. */
    private static int statusOnceChanged(java.util.function.IntSupplier call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = call.getAsInt();
        }
        return status;
    }
}
