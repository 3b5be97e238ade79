package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.csrfOf;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.signedIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.web.ConsolePagesTest.Browser;
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

/**
 * The console's API users (integrators) and the keys sent to them, through HTTP as a browser without script uses
 * them: who sees which page, errors next to their field, no secret ever shown for an API user's key, the delivery
 * on the key's page and sending it again. Every change is checked again through the API. The outbox worker is off
 * here, so a delivery's link and code are read from the outbox table.
 */
@QuarkusTest
class ConsoleIntegratorPagesTest {

    private static final Pattern LINK = Pattern.compile("/reveal/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    @Inject
    DataSource dataSource;

    @Test
    void theApiUsersPagesAreForAdminsOfTheAccountOnly() {
        KeyFixture f = KeyFixture.create();
        String integrator = integrator(f, "Box office web team");
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Api.Person member = Api.member(f.account(), "MEMBER");
        KeyFixture other = KeyFixture.create();
        Browser adminBrowser = signedIn(admin.email());
        Browser owner = signedIn(f.account().ownerEmail());
        Browser memberBrowser = signedIn(member.email());
        Browser otherAdmin = signedIn(other.account().ownerEmail());
        String list = integratorsPage(f);
        String edit = list + "/" + integrator;

        for (Browser allowed : List.of(adminBrowser, owner)) {
            Response page = allowed.get(list);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.asString())
                    .contains("<h1>API users</h1>", "Box office web team", "+447911123456", "status-ACTIVE")
                    .contains("id=\"nav-integrators\"", "aria-current=\"page\">API users</a>")
                    .contains("id=\"integrator-name\" name=\"name\"", "id=\"integrator-phone\" name=\"phone\"")
                    .contains("href=\"" + edit + "\"");
            assertThat(allowed.get(edit).asString())
                    .contains(
                            "<h1>Box office web team</h1>",
                            "id=\"integrator-active\" name=\"active\" value=\"on\" checked")
                    .contains(
                            "value=\"web@boxoffice.example\"",
                            "href=\"" + keysPage(f) + "/new?integrator=" + integrator);
        }
        assertThat(memberBrowser.get("/console/accounts/" + f.account().id()).asString())
                .doesNotContain("nav-integrators");
        for (String page : List.of(list, edit)) {
            Response refused = memberBrowser.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.asString())
                    .as(page)
                    .contains("<h1>Not allowed</h1>")
                    .doesNotContain("Box office");
            Response notFound = otherAdmin.get(page);
            assertThat(notFound.statusCode()).as(page).isEqualTo(404);
            assertThat(notFound.asString())
                    .as(page)
                    .contains("<h1>Not found</h1>")
                    .doesNotContain("Box office");
            Response signIn = new Browser().get(page);
            assertThat(signIn.statusCode()).as(page).isEqualTo(303);
            assertThat(signIn.header("Location")).as(page).endsWith("/console/sign-in");
        }
        String memberCsrf = csrfOf(memberBrowser.get("/console/pin"));
        Response memberCreate = memberBrowser.post(
                list, Map.of("csrf", memberCsrf, "name", "Taken", "email", "x@example.com", "phone", "+447911123456"));
        assertThat(memberCreate.statusCode()).isEqualTo(403);
        Response memberEdit = memberBrowser.post(
                edit, Map.of("csrf", memberCsrf, "name", "Taken", "email", "x@example.com", "phone", "+447911123456"));
        assertThat(memberEdit.statusCode()).isEqualTo(403);
        Response otherEdit = otherAdmin.post(
                edit,
                Map.of(
                        "csrf",
                        csrfOf(otherAdmin.get("/console/pin")),
                        "name",
                        "Taken",
                        "email",
                        "x@example.com",
                        "phone",
                        "+447911123456"));
        assertThat(otherEdit.statusCode()).isEqualTo(404);
        assertThat(apiUser(f, integrator).<Boolean>path("active")).isTrue();
        assertThat(apiUser(f, integrator).<String>path("name")).isEqualTo("Box office web team");
        assertThat(as(f.account().ownerToken())
                        .get("/v1/accounts/" + f.account().id() + "/integrators")
                        .<List<?>>path("$"))
                .hasSize(1);
    }

    @Test
    void creatingShowsEachRefusalNextToItsFieldThenAddsTheApiUser() {
        KeyFixture f = KeyFixture.create();
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        String list = integratorsPage(f);

        Response badPhone = admin.submit(
                list, list, Map.of("name", "Web team", "email", "web@example.com", "phone", "07894123456"));
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.asString())
                .contains("id=\"phone-error\"", "country code, such as +447894123456", "value=\"07894123456\"")
                .contains("value=\"Web team\"", "value=\"web@example.com\"")
                .doesNotContain("class=\"form-error\"", "id=\"email-error\"");

        Response badEmail =
                admin.submit(list, list, Map.of("name", "Web team", "email", "not-an-email", "phone", "+447911123456"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.asString()).contains("id=\"email-error\"", "Give an email address such as");

        Response noName =
                admin.submit(list, list, Map.of("name", " ", "email", "web@example.com", "phone", "+447911123456"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.asString()).contains("id=\"name-error\"", "Give the API user a name of 1 to 100");
        assertThat(as(f.account().ownerToken())
                        .get("/v1/accounts/" + f.account().id() + "/integrators")
                        .<List<?>>path("$"))
                .isEmpty();

        Response created = admin.submit(
                list, list, Map.of("name", "Web team", "email", "Web@Example.com", "phone", "+44 7911 123456"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith(list + "?flash=created");
        assertThat(admin.get(created.header("Location")).asString())
                .contains("class=\"flash\"", "Web team", "web@example.com", "+447911123456");
        List<Map<String, Object>> stored = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/integrators")
                .path("$");
        assertThat(stored).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("name", "Web team").containsEntry("phone", "+447911123456");
            assertThat(i).containsEntry("active", true);
        });
    }

    @Test
    void editingChangesTheApiUserAndTheActiveBoxSwitchesTheirKeysOff() throws SQLException {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String integrator = integrator(f, "Agency");
        String secret = reveal(f, generateFor(f, integrator));
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        String edit = integratorsPage(f) + "/" + integrator;
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");

        Response badPhone =
                admin.submit(edit, edit, Map.of("name", "Agency", "email", "web@boxoffice.example", "phone", "+44"));
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.asString()).contains("id=\"phone-error\"").doesNotContain("value=\"on\" checked");

        Response off = admin.submit(
                edit, edit, Map.of("name", "Agency Ltd", "email", "dev@agency.example", "phone", "+447911000321"));
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(off.header("Location")).endsWith(edit + "?flash=inactive");
        assertThat(admin.get(off.header("Location")).asString())
                .contains("class=\"flash\"", "answer DISABLED", "<h1>Agency Ltd</h1>")
                .doesNotContain("value=\"on\" checked");
        assertThat(verify(verifier, f, secret)).isEqualTo("DISABLED");
        Response stored = apiUser(f, integrator);
        assertThat(stored.<Boolean>path("active")).isFalse();
        assertThat(stored.<String>path("email")).isEqualTo("dev@agency.example");
        assertThat(stored.<String>path("phone")).isEqualTo("+447911000321");
        assertThat(admin.get(integratorsPage(f)).asString()).contains("status-DISABLED\">inactive");

        Response on = admin.submit(
                edit,
                edit,
                Map.of("name", "Agency Ltd", "email", "dev@agency.example", "phone", "+447911000321", "active", "on"));
        assertThat(on.header("Location")).endsWith(edit + "?flash=active");
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");
    }

    @Test
    void aKeyGeneratedForAnApiUserIsSentToThemAndNeverShown() throws SQLException {
        KeyFixture f = KeyFixture.create();
        String integrator = integrator(f, "Web team");
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        String form = keysPage(f) + "/new";

        Response generatePage = admin.get(form + "?integrator=" + integrator);
        assertThat(generatePage.asString())
                .contains("id=\"integrator\" name=\"integrator\"", "No one: show the key to me once")
                .contains("<option value=\"" + integrator + "\" selected>Web team (web@boxoffice.example)</option>");
        Map<String, Object> fields =
                Map.of("product", f.product(), "name", "Ticketing site", "scopes", "read", "integrator", integrator);
        Response confirm = admin.submit(form, form, fields);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString())
                .contains("class=\"confirm-integrator\">Web team (web@boxoffice.example)")
                .contains("name=\"integrator\" value=\"" + integrator + "\"", "will not be shown to you");

        Map<String, Object> withPin = new java.util.HashMap<>(fields);
        withPin.put("pin", Api.PIN);
        Response sent = admin.submit(form, form + "/confirm", withPin);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.asString())
                .contains("<h1>Key sent to Web team</h1>", "web@boxoffice.example", "+447911123456")
                .contains("class=\"link-expires\"", "not shown to you")
                .doesNotContain("id=\"secret\"", "id=\"copy\"", Api.PIN);
        List<Map<String, Object>> keys =
                as(f.account().ownerToken()).get(f.keys()).path("items");
        assertThat(keys).singleElement().satisfies(k -> assertThat(k).containsEntry("name", "Ticketing site"));
        String keyId = (String) keys.get(0).get("id");
        assertThat(sent.asString()).contains("href=\"" + keysPage(f) + "/" + keyId + "\"");

        assertThat(admin.get(keysPage(f)).asString())
                .contains("<th scope=\"col\">API user</th>")
                .contains("class=\"key-integrator\"><a href=\"" + integratorsPage(f) + "/" + integrator
                        + "\">Web team</a>");
        String detail = admin.get(keysPage(f) + "/" + keyId).asString();
        assertThat(detail)
                .contains("class=\"key-integrator\"", "Delivery to Web team", "delivery-SENT\">sent</span>")
                .contains("link by email, code by SMS: web@boxoffice.example and +447911123456")
                .contains("class=\"delivery-expires\"", "id=\"send-again\"")
                .doesNotContain("id=\"secret\"");
        assertThat(admin.get(keysPage(f) + "/" + keyId + "/regenerate").asString())
                .contains("sends it to the API user Web team by email link");
    }

    @Test
    void sendingAgainEndsTheOldLinkAndRegeneratingSendsANewKey() throws SQLException {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String integrator = integrator(f, "Web team");
        String keyId = generateFor(f, integrator);
        String firstDelivery = delivery(f, keyId).path("id");
        Browser admin = signedIn(f.account().ownerEmail());
        Browser member = signedIn(Api.member(f.account(), "MEMBER").email());
        String key = keysPage(f) + "/" + keyId;

        Response memberSend = member.post(key + "/send-again", Map.of("csrf", csrfOf(member.get("/console/pin"))));
        assertThat(memberSend.statusCode()).isEqualTo(403);
        assertThat(admin.post(key + "/send-again", Map.of()).statusCode()).isEqualTo(403);
        assertThat(delivery(f, keyId).<String>path("id")).isEqualTo(firstDelivery);

        Response again = admin.submit(key, key + "/send-again", Map.of());
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).endsWith(key + "?flash=sent-again");
        assertThat(admin.get(again.header("Location")).asString())
                .contains("A new link and code are on their way", "delivery-SENT\">sent</span>");
        assertThat(delivery(f, keyId).<String>path("id")).isNotEqualTo(firstDelivery);

        String secret = reveal(f, keyId);
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");
        String revealed = admin.get(key).asString();
        assertThat(revealed)
                .contains("delivery-REVEALED\">revealed</span>", "class=\"delivery-revealed\"")
                .doesNotContain("id=\"send-again\"", secret);
        Response tooLate = admin.submit(key, key + "/send-again", Map.of());
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.asString()).contains("class=\"form-error\"", "already seen this key");

        Response regenerated =
                admin.submit(key + "/regenerate", key + "/regenerate", Map.of("grace", "none", "pin", Api.PIN));
        assertThat(regenerated.statusCode()).isEqualTo(200);
        assertThat(regenerated.asString())
                .contains("<h1>Key sent to Web team</h1>", "The old key is revoked")
                .doesNotContain("id=\"secret\"", secret);
        assertThat(verify(verifier, f, secret)).isEqualTo("REVOKED");
        String newKey = as(f.account().ownerToken()).get(f.keys() + "/" + keyId).path("replacedBy");
        assertThat(admin.get(keysPage(f) + "/" + newKey).asString()).contains("delivery-SENT\">sent</span>");
        assertThat(verify(verifier, f, reveal(f, newKey))).isEqualTo("VALID");
    }

    private static String integrator(KeyFixture f, String name) {
        return as(f.account().ownerToken())
                .body(Map.of("name", name, "email", "web@boxoffice.example", "phone", "+447911123456"))
                .post("/v1/accounts/" + f.account().id() + "/integrators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response apiUser(KeyFixture f, String integrator) {
        return as(f.account().ownerToken()).get("/v1/accounts/" + f.account().id() + "/integrators/" + integrator);
    }

    /** Generates a key for the API user through the API; its id. */
    private static String generateFor(KeyFixture f, String integrator) {
        return f.generate(f.account().ownerToken(), Map.of("integratorId", integrator))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response delivery(KeyFixture f, String keyId) {
        return as(f.account().ownerToken()).get(f.keys() + "/" + keyId + "/delivery");
    }

    /** Reveals the key's newest delivery with the link and the code from its queued messages: the secret. */
    private String reveal(KeyFixture f, String keyId) throws SQLException {
        String deliveryId = delivery(f, keyId).path("id");
        String token = null;
        String code = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement messages =
                        connection.prepareStatement("SELECT channel, body FROM outbox WHERE delivery_id = ?")) {
            messages.setObject(1, UUID.fromString(deliveryId));
            try (ResultSet rows = messages.executeQuery()) {
                while (rows.next()) {
                    boolean email = rows.getString(1).equals("EMAIL");
                    Matcher m = (email ? LINK : CODE).matcher(rows.getString(2));
                    assertThat(m.find()).isTrue();
                    if (email) {
                        token = m.group(1);
                    } else {
                        code = m.group(1);
                    }
                }
            }
        }
        // The page behind the link lets a browser send six digits (its pattern once rendered as "[0-9]6").
        assertThat(given().get("/reveal/" + token).asString()).contains("pattern=\"[0-9]{6}\"");
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/v1/deliveries/" + token + "/reveal")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
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

    private static String keysPage(KeyFixture f) {
        return "/console/accounts/" + f.account().id() + "/keys";
    }

    private static String integratorsPage(KeyFixture f) {
        return "/console/accounts/" + f.account().id() + "/integrators";
    }
}
