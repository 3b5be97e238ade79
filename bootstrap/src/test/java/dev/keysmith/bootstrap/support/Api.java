package dev.keysmith.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives the public HTTP API the way a client would, to set up people, accounts and products for tests. */
public final class Api {

    public static final String OPERATOR_EMAIL = "operator@keysmith.local";
    public static final String OPERATOR_PASSWORD = "operator-test-password";
    public static final String PASSWORD = "a-long-test-password";
    public static final String PIN = "482913";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    public static String operator() {
        return login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    /** A product with a fresh code and prefix: {@code [code, prefix]}. */
    public static String[] product(String operatorToken) {
        int n = next();
        StringBuilder prefix = new StringBuilder("t");
        for (int v = n + 26; v > 0; v /= 26) {
            prefix.append((char) ('a' + v % 26));
        }
        String code = "product-" + n;
        as(operatorToken)
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "Product " + n,
                        "keyPrefix",
                        prefix.toString(),
                        "scopes",
                        List.of("read", "write", "delete"),
                        "defaultScopes",
                        List.of("read")))
                .post("/v1/products")
                .then()
                .statusCode(201);
        return new String[] {code, prefix.toString()};
    }

    /** An approved account whose owner accepted the invitation. */
    public static Account account(String operatorToken, String parentId) {
        int n = next();
        String email = "owner" + n + "@example.com";
        Map<String, Object> body = parentId == null
                ? Map.of("name", "Account " + n, "owner", Map.of("email", email, "displayName", "Owner " + n))
                : Map.of(
                        "name",
                        "Account " + n,
                        "parentAccountId",
                        parentId,
                        "owner",
                        Map.of("email", email, "displayName", "Owner " + n));
        JsonPath created = as(operatorToken)
                .body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        accept(created.getString("ownerInvitation.token"), "Owner " + n);
        as(operatorToken).post("/v1/accounts/" + id + "/approve").then().statusCode(200);
        return new Account(id, email, login(email, PASSWORD));
    }

    /** Invites someone with the role into the account and returns their token after they accept. */
    public static Person member(Account account, String role) {
        int n = next();
        String email = role.toLowerCase() + n + "@example.com";
        String token = as(account.ownerToken())
                .body(Map.of("email", email, "role", role))
                .post("/v1/accounts/" + account.id() + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String userId = accept(token, "Member " + n);
        return new Person(userId, email, login(email, PASSWORD));
    }

    public static String accept(String invitationToken, String displayName) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "password", PASSWORD, "pin", PIN))
                .post("/v1/invitations/" + invitationToken + "/accept")
                .then()
                .statusCode(201)
                .extract()
                .path("userId");
    }

    public static void enable(String operatorToken, String accountId, String productCode) {
        as(operatorToken)
                .put("/v1/accounts/" + accountId + "/products/" + productCode)
                .then()
                .statusCode(200);
    }

    /** A verifier client for the products and a token it obtained with its credentials. */
    public static Verifier verifier(String operatorToken, String... products) {
        Response created = as(operatorToken)
                .body(Map.of("name", "Backend " + next(), "products", List.of(products)))
                .post("/v1/verifier-clients");
        created.then().statusCode(201);
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        return new Verifier(created.path("id"), clientId, secret, verifierToken(clientId, secret));
    }

    /** A new token of a verifier client, through the client-credentials grant. */
    public static String verifierToken(String clientId, String secret) {
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

    public record Account(String id, String ownerEmail, String ownerToken) {}

    public record Person(String userId, String email, String token) {}

    public record Verifier(String id, String clientId, String secret, String token) {}
}
