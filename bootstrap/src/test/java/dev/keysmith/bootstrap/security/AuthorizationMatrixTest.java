package dev.keysmith.bootstrap.security;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint against every kind of caller (SPEC §5): anonymous, a MEMBER, an ADMIN and a SUPERADMIN of
 * account A, an ADMIN of another account, an operator and a verifier. Each cell states the exact status.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who {
        ANONYMOUS,
        MEMBER,
        ADMIN,
        SUPERADMIN,
        OTHER_ADMIN,
        OPERATOR,
        VERIFIER
    }

    record Endpoint(String method, String path, Supplier<Object> body, Map<Who, Integer> expected) {

        String name() {
            return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        }
    }

    private static Map<Who, String> tokens;
    private static String accountA;
    private static String memberOfA;
    private static String product;
    private static String otherProduct;
    private static String requestableProduct;
    private static String allAccountsProduct;
    private static String verifierClient;
    private static String keyOfA;
    private static String integratorOfA;

    private static synchronized void setUp() {
        if (tokens != null) {
            return;
        }
        String operator = Api.operator();
        product = Api.product(operator)[0];
        otherProduct = Api.product(operator)[0];
        requestableProduct = Api.product(operator)[0];
        allAccountsProduct = Api.product(operator)[0];
        Api.Account a = Api.account(operator, null);
        Api.Account b = Api.account(operator, null);
        accountA = a.id();
        Api.enable(operator, accountA, product);
        keyOfA = as(a.ownerToken())
                .body(json("product", product, "name", "Matrix key", "pin", Api.PIN))
                .post("/v1/accounts/" + accountA + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        integratorOfA = as(a.ownerToken())
                .body(json("name", "Matrix integrator", "email", "matrix@integrator.example", "phone", "+447911123456"))
                .post("/v1/accounts/" + accountA + "/integrators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.Person member = Api.member(a, "MEMBER");
        memberOfA = member.userId();
        Api.Verifier verifier = Api.verifier(operator, product);
        verifierClient = Api.verifier(operator, product).id();
        tokens = new EnumMap<>(Who.class);
        tokens.put(Who.MEMBER, member.token());
        tokens.put(Who.ADMIN, Api.member(a, "ADMIN").token());
        tokens.put(Who.SUPERADMIN, a.ownerToken());
        tokens.put(Who.OTHER_ADMIN, Api.member(b, "ADMIN").token());
        tokens.put(Who.OPERATOR, operator);
        tokens.put(Who.VERIFIER, verifier.token());
    }

    /** Statuses in the order anonymous, member, admin, superadmin, other admin, operator, verifier. */
    private static Map<Who, Integer> expect(int... statuses) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, statuses[who.ordinal()]);
        }
        return expected;
    }

    /** A form-encoded body (OAuth2 token requests). */
    record Form(Map<String, String> fields) {}

    private static Object json(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    /** A fresh legacy digest per cell: importing the same one twice is a conflict. */
    private static String randomSha256() {
        return UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
    }

    private static List<Endpoint> endpoints() {
        String a = "/v1/accounts/" + accountA;
        String unknown = UUID.randomUUID().toString();
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET", "/v1/products", null, expect(401, 200, 200, 200, 200, 200, 200)));
        all.add(new Endpoint("GET", "/v1/products/" + product, null, expect(401, 200, 200, 200, 200, 200, 200)));
        all.add(new Endpoint(
                "POST",
                "/v1/products",
                () -> {
                    int n = Api.next();
                    return json(
                            "code",
                            "matrix-" + n,
                            "name",
                            "Matrix",
                            "keyPrefix",
                            "mx" + (char) ('a' + n % 26) + (char) ('a' + (n / 26) % 26),
                            "scopes",
                            List.of("read"));
                },
                expect(401, 403, 403, 403, 403, 201, 403)));
        all.add(new Endpoint(
                "PATCH",
                "/v1/products/" + product,
                () -> json("name", "Renamed"),
                expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "GET",
                "/v1/products/" + product + "/enabled-by-default",
                null,
                expect(401, 403, 403, 403, 403, 200, 403)));
        // Setting false keeps the matrix product from reaching accounts created by later tests.
        all.add(new Endpoint(
                "PUT",
                "/v1/products/" + product + "/enabled-by-default",
                () -> json("enabledByDefault", false),
                expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/products/" + allAccountsProduct + "/enable-for-all",
                null,
                expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint("GET", "/v1/me", null, expect(401, 200, 200, 200, 200, 200, 403)));
        // A common PIN is refused after authorization, so a 400 shows the caller got through.
        all.add(new Endpoint(
                "PUT",
                "/v1/me/pin",
                () -> json("password", Api.PASSWORD, "newPin", "123456"),
                expect(401, 400, 400, 400, 400, 400, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/invitations/" + unknown + "/accept",
                () -> json("displayName", "X", "password", Api.PASSWORD, "pin", "730582"),
                expect(409, 409, 409, 409, 409, 409, 409)));
        // A fresh unknown email per cell: wrong passwords for one email from one address are throttled (429).
        all.add(new Endpoint(
                "POST",
                "/v1/auth/login",
                () -> json("email", "nobody" + Api.next() + "@example.com", "password", "x"),
                expect(401, 401, 401, 401, 401, 401, 401)));
        all.add(new Endpoint(
                "POST",
                "/v1/auth/token",
                () -> new Form(Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "vc_unknownunknownunknown",
                        "client_secret",
                        "wrong")),
                expect(401, 401, 401, 401, 401, 401, 401)));
        // A new password that is too short is refused after authorization, so nobody's password changes.
        all.add(new Endpoint(
                "PUT",
                "/v1/me/password",
                () -> json("currentPassword", Api.PASSWORD, "newPassword", "short"),
                expect(401, 400, 400, 400, 400, 400, 403)));
        all.add(new Endpoint("GET", "/v1/operators", null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/operators",
                () -> json("email", "operator" + Api.next() + "@example.com"),
                expect(401, 403, 403, 403, 403, 201, 403)));
        all.add(new Endpoint(
                "POST", "/v1/operators/" + unknown + "/deactivate", null, expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/operator-invitations/" + unknown + "/accept",
                () -> json("displayName", "X", "password", Api.PASSWORD, "pin", "730582"),
                expect(409, 409, 409, 409, 409, 409, 409)));
        all.add(new Endpoint("GET", "/v1/accounts", null, expect(401, 200, 200, 200, 200, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/accounts",
                () -> json(
                        "name",
                        "Matrix " + Api.next(),
                        "owner",
                        json("email", "matrix" + Api.next() + "@example.com", "displayName", "M")),
                expect(401, 403, 403, 403, 403, 201, 403)));
        all.add(new Endpoint("GET", a, null, expect(401, 200, 200, 200, 404, 200, 403)));
        all.add(new Endpoint("POST", a + "/approve", null, expect(401, 403, 403, 403, 403, 409, 403)));
        all.add(new Endpoint(
                "POST", "/v1/accounts/" + unknown + "/suspend", null, expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint(
                "POST", "/v1/accounts/" + unknown + "/reinstate", null, expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint("GET", a + "/members", null, expect(401, 403, 403, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                a + "/members",
                () -> json("email", "invitee" + Api.next() + "@example.com", "role", "MEMBER"),
                expect(401, 403, 403, 201, 404, 403, 403)));
        all.add(new Endpoint(
                "PATCH",
                a + "/members/" + memberOfA,
                () -> json("role", "MEMBER"),
                expect(401, 403, 403, 200, 404, 403, 403)));
        all.add(new Endpoint("DELETE", a + "/members/" + unknown, null, expect(401, 403, 403, 404, 404, 403, 403)));
        all.add(new Endpoint("GET", a + "/products", null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                a + "/products/" + requestableProduct + "/access-request",
                () -> json("intendedStartDate", "2026-12-01", "useCase", "Zapier integration"),
                expect(401, 403, 403, 201, 404, 403, 403)));
        all.add(new Endpoint("PUT", a + "/products/" + otherProduct, null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "DELETE", a + "/products/" + otherProduct, null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint("GET", "/v1/access-requests", null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/access-requests/" + unknown + "/approve",
                null,
                expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint(
                "POST", "/v1/access-requests/" + unknown + "/deny", null, expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint("GET", "/v1/verifier-clients", null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/verifier-clients",
                () -> json("name", "Matrix", "products", List.of(product)),
                expect(401, 403, 403, 403, 403, 201, 403)));
        // A PIN of the wrong shape is refused after authorization: 400 shows the operator got through.
        all.add(new Endpoint(
                "POST",
                "/v1/verifier-clients/" + verifierClient + "/roll-secret",
                () -> json("pin", "12"),
                expect(401, 403, 403, 403, 403, 400, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/verifier-clients/" + verifierClient + "/enable",
                null,
                expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/verifier-clients/" + unknown + "/disable",
                null,
                expect(401, 403, 403, 403, 403, 404, 403)));
        all.add(new Endpoint("GET", a + "/audit-events", null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint("GET", "/v1/audit-events", null, expect(401, 403, 403, 403, 403, 200, 403)));
        all.add(new Endpoint("GET", a + "/notifications", null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST", a + "/notifications/" + unknown + "/read", null, expect(401, 403, 404, 404, 404, 403, 403)));
        all.add(new Endpoint("POST", "/v1/maintenance/expiry-sweep", null, expect(401, 403, 403, 403, 403, 200, 403)));
        String keys = a + "/keys";
        String key = keys + "/" + keyOfA;
        all.add(new Endpoint("GET", keys, null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                keys,
                () -> json("product", product, "name", "Matrix", "pin", Api.PIN),
                expect(401, 403, 201, 201, 404, 403, 403)));
        all.add(new Endpoint("GET", key, null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                keys + "/import",
                () -> json("product", product, "name", "Legacy", "pin", Api.PIN, "sha256", randomSha256()),
                expect(401, 403, 201, 201, 404, 403, 403)));
        // The matrix key was made for nobody, so it has no delivery to show or send.
        all.add(new Endpoint("GET", key + "/delivery", null, expect(401, 403, 404, 404, 404, 403, 403)));
        all.add(new Endpoint("POST", key + "/delivery", null, expect(401, 403, 409, 409, 404, 403, 403)));
        // No sign-in: the link and the code are the credentials, whoever calls.
        all.add(new Endpoint(
                "POST",
                "/v1/deliveries/" + "A".repeat(43) + "/reveal",
                () -> json("code", "123456"),
                expect(404, 404, 404, 404, 404, 404, 404)));
        all.add(new Endpoint(
                "PATCH", key, () -> json("name", "Renamed key"), expect(401, 403, 200, 200, 404, 403, 403)));
        // Cells run in order: the ADMIN switches the key, so the SUPERADMIN's same switch is a conflict.
        all.add(new Endpoint("POST", key + "/disable", null, expect(401, 403, 200, 409, 404, 403, 403)));
        all.add(new Endpoint("POST", key + "/enable", null, expect(401, 403, 200, 409, 404, 403, 403)));
        // The ADMIN replaces the key; afterwards it is dead, so later changes are conflicts, not refusals.
        all.add(new Endpoint(
                "POST", key + "/regenerate", () -> json("pin", Api.PIN), expect(401, 403, 201, 409, 404, 403, 403)));
        all.add(new Endpoint(
                "POST", key + "/revoke", () -> json("pin", Api.PIN), expect(401, 403, 409, 409, 404, 403, 403)));
        String integrators = a + "/integrators";
        all.add(new Endpoint("GET", integrators, null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                integrators,
                () -> json(
                        "name", "Integrator " + Api.next(), "email", "i@integrator.example", "phone", "+14158586273"),
                expect(401, 403, 201, 201, 404, 403, 403)));
        all.add(new Endpoint(
                "GET", integrators + "/" + integratorOfA, null, expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "PATCH",
                integrators + "/" + integratorOfA,
                () -> json("name", "Renamed integrator"),
                expect(401, 403, 200, 200, 404, 403, 403)));
        all.add(new Endpoint(
                "POST",
                "/v1/keys/verify",
                () -> json("key", "not_a_key", "product", product),
                expect(401, 403, 403, 403, 403, 403, 200)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsSpecified() {
        setUp();
        return endpoints().stream()
                .flatMap(endpoint -> Stream.of(Who.values())
                        .map(who -> DynamicTest.dynamicTest(endpoint.name() + " as " + who, () -> {
                            RequestSpecification request = given().contentType(ContentType.JSON);
                            if (who != Who.ANONYMOUS) {
                                request = request.auth().oauth2(tokens.get(who));
                            }
                            Object body = endpoint.body() == null
                                    ? null
                                    : endpoint.body().get();
                            if (body instanceof Form form) {
                                request =
                                        request.contentType(ContentType.URLENC).formParams(form.fields());
                            } else if (body != null) {
                                request = request.body(body);
                            }
                            Response response = request.request(endpoint.method(), endpoint.path());
                            assertThat(response.statusCode())
                                    .as("%s as %s: %s", endpoint.name(), who, response.asString())
                                    .isEqualTo(endpoint.expected().get(who));
                            if (response.statusCode() >= 400) {
                                assertThat(response.contentType()).startsWith("application/problem+json");
                            }
                        })));
    }

    @Test
    void theMatrixCoversEveryEndpointTheServiceOffers() {
        setUp();
        Map<String, Object> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Set<String> offered = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations)
                .keySet().stream()
                        .map(Object::toString)
                        .filter(m ->
                                Set.of("get", "post", "put", "patch", "delete").contains(m))
                        .forEach(m -> offered.add(m.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}"))));
        Set<String> covered = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            covered.add(endpoint.method() + " " + templateOf(endpoint.path(), offered, endpoint.method()));
        }
        assertThat(covered)
                .containsAll(offered.stream().filter(o -> o.contains("/v1/")).toList());
    }

    /** The OpenAPI template an actual path belongs to. */
    private static String templateOf(String path, Set<String> offered, String method) {
        String[] actual = path.split("/");
        for (String candidate : offered) {
            String template = candidate.substring(candidate.indexOf(' ') + 1);
            String[] parts = template.split("/");
            if (!candidate.startsWith(method + " ") || parts.length != actual.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                match = parts[i].equals("{}") || parts[i].equals(actual[i]);
            }
            if (match) {
                return template;
            }
        }
        return path;
    }
}
