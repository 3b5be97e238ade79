package dev.keysmith.bootstrap.account;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.bootstrap.support.Api;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** People, accounts, roles, PINs, product access and verifier clients through the HTTP API. */
@QuarkusTest
class IdentityFlowTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    DeliverOutboxUseCase outbox;

    @Test
    void theFirstOperatorSignsInAndGetsAShortLivedOperatorToken() {
        JsonPath login = given().contentType(ContentType.JSON)
                .body(Map.of("email", Api.OPERATOR_EMAIL, "password", Api.OPERATOR_PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .extract()
                .jsonPath();
        String[] parts = login.getString("accessToken").split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));

        assertThat(header).contains("\"RS256\"");
        assertThat(claims).contains("\"operator\"");
        as(login.getString("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(Api.OPERATOR_EMAIL))
                .body("operator", equalTo(true));
    }

    @Test
    void wrongPasswordsAre401AndThenThrottledWithRetryAfter() {
        Api.Account account = Api.account(Api.operator(), null);
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", account.ownerEmail(), "password", "wrong-password"))
                    .post("/v1/auth/login")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_CREDENTIALS"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("email", account.ownerEmail(), "password", "wrong-password"))
                .post("/v1/auth/login")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", account.ownerEmail(), "password", Api.PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("LOGIN_THROTTLED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody@example.com", "password", Api.PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void anAccountIsCreatedWithItsOwnerInvitedByEmailAsSuperadmin() {
        String operator = Api.operator();
        mailbox.clear();
        JsonPath created = as(operator)
                .body(Map.of(
                        "name",
                        "Acme Payments",
                        "owner",
                        Map.of("email", "Founder@Acme.example", "displayName", "Founder")))
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .body("status", equalTo("ONBOARDING"))
                .body("ownerInvitation.role", equalTo("SUPERADMIN"))
                .extract()
                .jsonPath();
        String token = created.getString("ownerInvitation.token");

        // The request only queued the email, in its transaction; the outbox worker sends it.
        assertThat(mailbox.getMailsSentTo("founder@acme.example")).isNullOrEmpty();
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(Caller.system())).failures())
                .isEmpty();
        List<Mail> mails = mailbox.getMailsSentTo("founder@acme.example");
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.getText()).contains(token));

        Api.accept(token, "Founder");
        String owner = Api.login("founder@acme.example", Api.PASSWORD);
        as(owner)
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("memberships[0].accountName", equalTo("Acme Payments"))
                .body("memberships[0].role", equalTo("SUPERADMIN"))
                .body("pinSet", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Again", "password", Api.PASSWORD, "pin", "730582"))
                .post("/v1/invitations/" + token + "/accept")
                .then()
                .statusCode(409);

        String id = created.getString("id");
        as(operator)
                .post("/v1/accounts/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(operator)
                .post("/v1/accounts/" + id + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        as(operator)
                .post("/v1/accounts/" + id + "/suspend")
                .then()
                .statusCode(409)
                .body("code", equalTo("ACCOUNT_STATUS_CONFLICT"));
        as(operator)
                .post("/v1/accounts/" + id + "/reinstate")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(owner).get("/v1/accounts").then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void membersRolesAndTheLastSuperadmin() {
        Api.Account account = Api.account(Api.operator(), null);
        Api.Person admin = Api.member(account, "ADMIN");
        String ownerId = as(account.ownerToken()).get("/v1/me").then().extract().path("id");
        String members = "/v1/accounts/" + account.id() + "/members";

        as(account.ownerToken())
                .get(members)
                .then()
                .statusCode(200)
                .body("members.role", hasItem("ADMIN"))
                .body("members.email", hasItem(admin.email()));
        as(account.ownerToken())
                .body(Map.of("role", "ADMIN"))
                .patch(members + "/" + ownerId)
                .then()
                .statusCode(409)
                .body("code", equalTo("LAST_SUPERADMIN"));
        as(account.ownerToken()).delete(members + "/" + ownerId).then().statusCode(409);
        as(account.ownerToken())
                .body(Map.of("role", "KING"))
                .patch(members + "/" + admin.userId())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        as(account.ownerToken())
                .body(Map.of("role", "SUPERADMIN"))
                .patch(members + "/" + admin.userId())
                .then()
                .statusCode(200)
                .body("role", equalTo("SUPERADMIN"));
        as(account.ownerToken())
                .body(Map.of("role", "ADMIN"))
                .patch(members + "/" + ownerId)
                .then()
                .statusCode(200);
        as(admin.token()).delete(members + "/" + ownerId).then().statusCode(204);
        as(account.ownerToken()).get("/v1/accounts/" + account.id()).then().statusCode(404);
    }

    @Test
    void subAccountsAreVisibleToTheMastersAdmins() {
        String operator = Api.operator();
        Api.Account master = Api.account(operator, null);
        Api.Account location = Api.account(operator, master.id());

        as(master.ownerToken())
                .get("/v1/accounts/" + location.id())
                .then()
                .statusCode(200)
                .body("parentAccountId", equalTo(master.id()));
        as(master.ownerToken())
                .get("/v1/accounts/" + location.id() + "/members")
                .then()
                .statusCode(200);
        as(location.ownerToken()).get("/v1/accounts/" + master.id()).then().statusCode(404);
        as(operator)
                .body(Map.of(
                        "name",
                        "Too deep",
                        "parentAccountId",
                        location.id(),
                        "owner",
                        Map.of("email", "deep" + Api.next() + "@example.com", "displayName", "Deep")))
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parentAccountId"));
    }

    @Test
    void productAccessIsRequestedBySuperadminsAndDecidedByOperators() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        String products = "/v1/accounts/" + account.id() + "/products";

        as(account.ownerToken())
                .get(products)
                .then()
                .statusCode(200)
                .body("find { it.code == '" + product + "' }.access.state", equalTo("NOT_REQUESTED"));
        String requestId = as(account.ownerToken())
                .body(Map.of("intendedStartDate", "2026-12-01", "useCase", "Sync payments to our ERP"))
                .post(products + "/" + product + "/access-request")
                .then()
                .statusCode(201)
                .body("state", equalTo("REQUESTED"))
                .extract()
                .path("requestId");
        as(account.ownerToken())
                .body(Map.of("intendedStartDate", "2026-12-01", "useCase", "Again"))
                .post(products + "/" + product + "/access-request")
                .then()
                .statusCode(409);
        as(account.ownerToken())
                .body(Map.of("intendedStartDate", "not-a-date", "useCase", "x"))
                .post(products + "/" + product + "/access-request")
                .then()
                .statusCode(400);

        as(operator).get("/v1/access-requests").then().statusCode(200).body("requestId", hasItem(requestId));
        as(operator)
                .post("/v1/access-requests/" + requestId + "/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("ENABLED"));
        as(operator).post("/v1/access-requests/" + requestId + "/deny").then().statusCode(409);
        as(account.ownerToken())
                .get(products)
                .then()
                .body("find { it.code == '" + product + "' }.access.state", equalTo("ENABLED"));

        as(operator).delete(products + "/" + product).then().statusCode(200).body("state", equalTo("DISABLED"));
        as(account.ownerToken())
                .get("/v1/accounts/" + account.id() + "/audit-events?action=PRODUCT_ACCESS_DISABLED")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].target.id", equalTo(product));
    }

    @Test
    void pinsAreSetWithThePasswordAndLockAfterFiveWrongTries() {
        Api.Account account = Api.account(Api.operator(), null);
        as(account.ownerToken())
                .body(Map.of("password", "wrong-password-x", "newPin", "730582"))
                .put("/v1/me/pin")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_PASSWORD"));
        as(account.ownerToken())
                .body(Map.of("password", Api.PASSWORD, "newPin", "111111"))
                .put("/v1/me/pin")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("newPin"));
        as(account.ownerToken())
                .body(Map.of("password", Api.PASSWORD, "newPin", "730582"))
                .put("/v1/me/pin")
                .then()
                .statusCode(204);
    }

    @Test
    void verifierClientsGetTokensWithTheirCredentialsAndOperatorsRollSecretsWithTheirPin() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Verifier verifier = Api.verifier(operator, product);
        String claims =
                new String(Base64.getUrlDecoder().decode(verifier.token().split("\\.")[1]));
        assertThat(claims).contains("\"verifier\"").contains(product);

        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", "wrong")
                .post("/v1/auth/token")
                .then()
                .statusCode(401)
                .body("code", equalTo("INVALID_CLIENT"));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", verifier.secret())
                .post("/v1/auth/token")
                .then()
                .statusCode(400);
        as(operator)
                .get("/v1/verifier-clients")
                .then()
                .statusCode(200)
                .body("clientId", hasItem(verifier.clientId()))
                .body("clientSecret", everyItem(nullValue()));

        as(operator)
                .body(Map.of("password", Api.OPERATOR_PASSWORD, "newPin", "730582"))
                .put("/v1/me/pin")
                .then()
                .statusCode(204);
        String roll = "/v1/verifier-clients/" + verifier.id() + "/roll-secret";
        String fresh = as(operator)
                .body(Map.of("pin", "730582"))
                .post(roll)
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .extract()
                .path("clientSecret");
        assertThat(fresh).isNotEqualTo(verifier.secret());
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", verifier.secret())
                .post("/v1/auth/token")
                .then()
                .statusCode(401);

        for (int i = 0; i < 4; i++) {
            as(operator)
                    .body(Map.of("pin", "000001"))
                    .post(roll)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("WRONG_PIN"));
        }
        as(operator)
                .body(Map.of("pin", "000001"))
                .post(roll)
                .then()
                .statusCode(423)
                .body("code", equalTo("PIN_LOCKED"));
        as(operator).body(Map.of("pin", "730582")).post(roll).then().statusCode(423);
        // Resetting the PIN with the password lifts the lock.
        as(operator)
                .body(Map.of("password", Api.OPERATOR_PASSWORD, "newPin", "730582"))
                .put("/v1/me/pin")
                .then()
                .statusCode(204);
        as(operator).body(Map.of("pin", "730582")).post(roll).then().statusCode(200);

        as(operator)
                .post("/v1/verifier-clients/" + verifier.id() + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", verifier.clientId())
                .formParam("client_secret", fresh)
                .post("/v1/auth/token")
                .then()
                .statusCode(401);
    }

    @Test
    void theAuditTrailIsCursorPagedAndFiltered() {
        String operator = Api.operator();
        Api.Account account = Api.account(operator, null);
        for (int i = 0; i < 3; i++) {
            as(account.ownerToken())
                    .body(Map.of("email", "audit" + Api.next() + "@example.com", "role", "MEMBER"))
                    .post("/v1/accounts/" + account.id() + "/members")
                    .then()
                    .statusCode(201);
        }
        String events = "/v1/accounts/" + account.id() + "/audit-events";
        JsonPath first = as(account.ownerToken())
                .get(events + "?action=MEMBER_INVITED&limit=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.action", everyItem(equalTo("MEMBER_INVITED")))
                .extract()
                .jsonPath();
        String cursor = first.getString("nextCursor");
        as(account.ownerToken())
                .get(events + "?action=MEMBER_INVITED&limit=2&after=" + cursor)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", nullValue());
        as(account.ownerToken()).get(events + "?limit=0").then().statusCode(400);
        as(account.ownerToken()).get(events + "?after=abc").then().statusCode(400);
        String body = as(account.ownerToken()).get(events + "?limit=200").asString();
        assertThat(body).doesNotContain(Api.PASSWORD).doesNotContain(Api.PIN);
    }
}
