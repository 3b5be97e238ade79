package dev.keysmith.bootstrap.delivery;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The integrator's page behind the emailed link, as a browser without script uses it: the code form with its
 * CSRF cookie, a wrong code, the key shown once and never cached, and the pages of a dead or unknown link. The
 * outbox worker is off in this profile, so the link and the code are read from the outbox table.
 */
@QuarkusTest
class RevealPagesTest {

    private static final Pattern LINK = Pattern.compile("/reveal/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    DataSource dataSource;

    /** {@code [token, code]} of a new delivery. */
    private String[] delivery() throws SQLException {
        KeyFixture f = KeyFixture.create();
        String integrator = as(f.account().ownerToken())
                .body(Map.of("name", "Reveal", "email", "reveal@integrator.example", "phone", "+447911123456"))
                .post("/v1/accounts/" + f.account().id() + "/integrators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String deliveryId = f.generate(f.account().ownerToken(), Map.of("integratorId", integrator))
                .then()
                .statusCode(201)
                .extract()
                .path("delivery.id");
        String[] found = new String[2];
        try (Connection connection = dataSource.getConnection();
                PreparedStatement messages =
                        connection.prepareStatement("SELECT channel, body FROM outbox WHERE delivery_id = ?")) {
            messages.setObject(1, UUID.fromString(deliveryId));
            try (ResultSet rows = messages.executeQuery()) {
                while (rows.next()) {
                    boolean email = rows.getString(1).equals("EMAIL");
                    Matcher m = (email ? LINK : CODE).matcher(rows.getString(2));
                    assertThat(m.find()).isTrue();
                    found[email ? 0 : 1] = m.group(1);
                }
            }
        }
        return found;
    }

    private static Response post(String token, String cookie, String csrf, String code) {
        return given().redirects()
                .follow(false)
                .cookie("keysmith_csrf", cookie)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", csrf, "code", code))
                .post("/reveal/" + token);
    }

    @Test
    void theLinkAsksForTheCodeThenShowsTheKeyOnceAndIsDeadAfterwards() throws SQLException {
        String[] delivery = delivery();
        String token = delivery[0];
        String code = delivery[1];

        Response form = given().get("/reveal/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.header("Cache-Control")).isEqualTo("no-store");
        assertThat(form.header("Content-Security-Policy")).contains("form-action 'self'");
        assertThat(form.asString()).contains("6-digit code");
        String cookie = form.getCookie("keysmith_csrf");
        assertThat(form.getDetailedCookie("keysmith_csrf").getPath()).isEqualTo("/reveal");
        Matcher csrf = CSRF.matcher(form.asString());
        assertThat(csrf.find()).isTrue();
        assertThat(csrf.group(1)).isEqualTo(cookie);

        // without the form's token nothing happens, not even a counted attempt
        assertThat(post(token, cookie, "forged", code).statusCode()).isEqualTo(403);

        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        Response refused = post(token, cookie, cookie, wrong);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Wrong code; 4 attempts left");

        Response shown = post(token, cookie, cookie, code);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.asString()).contains("Copy your key now").containsPattern("<code id=\"secret\">[a-z]+_");

        Response again = given().get("/reveal/" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.asString()).contains("Ask your administrator to send you a new link");
        assertThat(post(token, cookie, cookie, code).statusCode()).isEqualTo(410);
    }

    @Test
    void anUnknownLinkSaysToAskForANewOne() {
        Response unknown = given().get("/reveal/" + "B".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.asString()).contains("Ask your administrator to send you a new link");
    }
}
