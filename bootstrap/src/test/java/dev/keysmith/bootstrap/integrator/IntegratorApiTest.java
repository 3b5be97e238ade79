package dev.keysmith.bootstrap.integrator;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Integrators through the HTTP API: validation, changes, audit, and their switch reaching verification. */
@QuarkusTest
class IntegratorApiTest {

    private static final Pattern LINK = Pattern.compile("/reveal/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    @Inject
    DataSource dataSource;

    private static String create(KeyFixture f, String phone) {
        return as(f.account().ownerToken())
                .body(Map.of("name", "Zapier", "email", "Ops@Zapier.example", "phone", phone))
                .post(integrators(f))
                .then()
                .statusCode(201)
                .body("email", equalTo("ops@zapier.example"))
                .body("phone", equalTo("+447911123456"))
                .body("active", equalTo(true))
                .extract()
                .path("id");
    }

    private static String integrators(KeyFixture f) {
        return "/v1/accounts/" + f.account().id() + "/integrators";
    }

    @Test
    void anIntegratorIsCreatedListedChangedAndAudited() {
        KeyFixture f = KeyFixture.create();
        String id = create(f, "+44 7911 123456");

        as(f.account().ownerToken()).get(integrators(f)).then().statusCode(200).body("id", equalTo(List.of(id)));
        as(f.account().ownerToken())
                .body(Map.of("name", "Zapier EU", "phone", "+1 415 858 6273"))
                .patch(integrators(f) + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Zapier EU"))
                .body("phone", equalTo("+14158586273"))
                .body("email", equalTo("ops@zapier.example"));
        List<String> actions = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).contains("INTEGRATOR_CREATED", "INTEGRATOR_CHANGED");
    }

    @Test
    void aPhoneOrEmailThatCannotBeIsRefusedNamingTheField() {
        KeyFixture f = KeyFixture.create();
        for (String phone : List.of("07700900123", "+44 12", "+999 1234567")) {
            as(f.account().ownerToken())
                    .body(Map.of("name", "Zapier", "email", "ops@zapier.example", "phone", phone))
                    .post(integrators(f))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("phone"));
        }
        as(f.account().ownerToken())
                .body(Map.of("name", "Zapier", "email", "not-an-address", "phone", "+447911123456"))
                .post(integrators(f))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void anotherAccountsIntegratorIsNotFound() {
        KeyFixture f = KeyFixture.create();
        KeyFixture other = KeyFixture.create();
        String id = create(other, "+447911123456");
        as(f.account().ownerToken()).get(integrators(f) + "/" + id).then().statusCode(404);
        as(f.account().ownerToken())
                .body(Map.of("active", false))
                .patch(integrators(f) + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void anInactiveIntegratorsKeysVerifyDisabledAtOnceAndValidAgainWhenActive() throws SQLException {
        KeyFixture f = KeyFixture.create();
        String id = create(f, "+447911123456");
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String secret = keyFor(f, id);
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");

        switchTo(f, id, false);
        assertThat(verify(verifier, f, secret)).isEqualTo("DISABLED");

        switchTo(f, id, true);
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");
    }

    /**
     * A key made for the integrator, revealed with the link and code of its delivery. The outbox worker is off in
     * this profile, so the two messages are read from the outbox table (KeyDeliveryFlowTest sends them for real).
     */
    String keyFor(KeyFixture f, String integratorId) throws SQLException {
        Response created = f.generate(f.account().ownerToken(), Map.of("integratorId", integratorId));
        created.then().statusCode(201);
        String token = null;
        String code = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement messages =
                        connection.prepareStatement("SELECT channel, body FROM outbox WHERE delivery_id = ?")) {
            messages.setObject(1, UUID.fromString(created.path("delivery.id")));
            try (ResultSet rows = messages.executeQuery()) {
                while (rows.next()) {
                    Matcher found = (rows.getString(1).equals("EMAIL") ? LINK : CODE).matcher(rows.getString(2));
                    assertThat(found.find()).isTrue();
                    if (rows.getString(1).equals("EMAIL")) {
                        token = found.group(1);
                    } else {
                        code = found.group(1);
                    }
                }
            }
        }
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/v1/deliveries/" + token + "/reveal")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
    }

    private static void switchTo(KeyFixture f, String id, boolean active) {
        as(f.account().ownerToken())
                .body(Map.of("active", active))
                .patch(integrators(f) + "/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(active));
    }

    private static String verify(Api.Verifier verifier, KeyFixture f, String secret) {
        return as(verifier.token())
                .body(Map.of("key", secret, "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }
}
