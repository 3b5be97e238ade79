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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operators' console pages through HTTP: accounts, the catalogue, verifier clients and the support view. */
@QuarkusTest
class ConsoleOperatorPagesTest {

    private static final String ACCOUNTS = "/console/operator/accounts";
    private static final String PRODUCTS = "/console/operator/products";
    private static final String CLIENTS = "/console/operator/verifier-clients";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([^<]+)</code>");
    private static final Pattern INVITATION = Pattern.compile("/console/invitations/([A-Za-z0-9_-]+)");
    private static final String OPERATOR_PIN = "730582";

    private static Browser operator() {
        return signedIn(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD);
    }

    private static String secretOn(Response page) {
        Matcher secret = SECRET.matcher(page.asString());
        assertThat(secret.find()).as("the page shows a secret").isTrue();
        return secret.group(1);
    }

    @Test
    void everyOperatorPageOpensForAnOperatorAndForNobodyElse() {
        KeyFixture f = KeyFixture.create();
        String account = ACCOUNTS + "/" + f.account().id();
        List<String> pages =
                List.of(ACCOUNTS, account, account + "/support", PRODUCTS, PRODUCTS + "/" + f.product(), CLIENTS);
        Browser operator = operator();
        Browser admin = signedIn(f.account().ownerEmail());
        Browser anonymous = new Browser();

        for (String page : pages) {
            Response shown = operator.get(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.contentType()).as(page).startsWith("text/html");
            assertThat(shown.asString()).as(page).contains("<h1>", "id=\"sign-out\"");

            Response refused = admin.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.asString()).as(page).contains("<h1>Not allowed</h1>");

            Response signIn = anonymous.get(page);
            assertThat(signIn.statusCode()).as(page).isEqualTo(303);
            assertThat(signIn.header("Location")).as(page).endsWith("/console/sign-in");
        }
        assertThat(operator.get(ACCOUNTS + "/00000000-0000-0000-0000-000000000001")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOperatorOpensApprovesSuspendsAndReinstatesAnAccountAndItsKeysFollow() {
        String operatorToken = Api.operator();
        String[] product = Api.product(operatorToken);
        Api.Verifier verifier = Api.verifier(operatorToken, product[0]);
        Browser browser = operator();
        int n = Api.next();
        String email = "console-owner" + n + "@example.com";

        Response created = browser.submit(
                ACCOUNTS,
                ACCOUNTS,
                Map.of("name", "Clinic " + n, "parent", "", "ownerEmail", email, "ownerName", "Clinic owner"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(created.asString()).contains("Clinic " + n, "ONBOARDING", "only time");
        Matcher invitation = INVITATION.matcher(created.asString());
        assertThat(invitation.find()).isTrue();
        String accountId = as(operatorToken)
                .get("/v1/accounts?limit=200")
                .jsonPath()
                .getString("items.find { it.name == 'Clinic " + n + "' }.id");
        String accountPage = ACCOUNTS + "/" + accountId;
        assertThat(browser.get(ACCOUNTS + "?after=").asString()).contains("Clinic " + n);
        Api.accept(invitation.group(1), "Clinic owner");
        String ownerToken = Api.login(email, Api.PASSWORD);

        Response page = browser.get(accountPage);
        assertThat(page.asString()).contains("id=\"approve\"").doesNotContain("id=\"suspend\"");
        Response approved = browser.post(accountPage + "/approve", Map.of("csrf", csrfOf(page)));
        assertThat(approved.statusCode()).isEqualTo(303);
        page = browser.get(approved.header("Location"));
        assertThat(page.asString()).contains("class=\"flash\"", "APPROVED", "id=\"suspend\"");
        assertThat(browser.post(accountPage + "/products/" + product[0] + "/enable", Map.of("csrf", csrfOf(page)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.get(accountPage).asString())
                .containsPattern("data-product=\"" + product[0] + "\">[\\s\\S]*?ENABLED");
        String secret = as(ownerToken)
                .body(Map.of("product", product[0], "name", "Front desk", "pin", Api.PIN))
                .post("/v1/accounts/" + accountId + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        assertThat(verify(verifier, product[0], secret)).isEqualTo("VALID");

        Response suspended = browser.post(accountPage + "/suspend", Map.of("csrf", csrfOf(page)));
        assertThat(suspended.statusCode()).isEqualTo(303);
        assertThat(verify(verifier, product[0], secret)).isEqualTo("ACCOUNT_SUSPENDED");
        page = browser.get(accountPage);
        assertThat(page.asString()).contains("SUSPENDED", "id=\"reinstate\"");
        assertThat(browser.post(accountPage + "/reinstate", Map.of("csrf", csrfOf(page)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(verify(verifier, product[0], secret)).isEqualTo("VALID");

        Response twice = browser.post(accountPage + "/reinstate", Map.of("csrf", csrfOf(page)));
        assertThat(twice.statusCode()).as("reinstating an approved account").isEqualTo(409);
        assertThat(twice.asString()).contains("class=\"form-error\"").doesNotContain("Exception");
    }

    @Test
    void aSubAccountIsOpenedUnderItsMasterAndBadInputIsShownNextToTheField() {
        String operatorToken = Api.operator();
        Api.Account master = Api.account(operatorToken, null);
        Browser browser = operator();
        int n = Api.next();

        Response form = browser.get(ACCOUNTS + "?parent=" + master.id());
        assertThat(form.asString()).contains("value=\"" + master.id() + "\" selected");
        Response created = browser.post(
                ACCOUNTS,
                Map.of(
                        "csrf",
                        csrfOf(form),
                        "name",
                        "Location " + n,
                        "parent",
                        master.id(),
                        "ownerEmail",
                        "location" + n + "@example.com",
                        "ownerName",
                        "Location owner"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(browser.get(ACCOUNTS + "/" + master.id()).asString()).contains("Location " + n);

        Response refused = browser.post(
                ACCOUNTS,
                Map.of(
                        "csrf", csrfOf(form),
                        "name", "Nobody " + n,
                        "parent", "",
                        "ownerEmail", "not-an-email",
                        "ownerName", "Nobody"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("id=\"owner-email-error\"", "Owner&#39;s email must be an address")
                .contains("value=\"Nobody " + n + "\"");
    }

    @Test
    void anOperatorDefinesAndEditsAProduct() {
        Browser browser = operator();
        int n = Api.next();
        String code = "console-product-" + n;
        StringBuilder prefix = new StringBuilder("cp");
        for (int v = n; v > 0; v /= 26) {
            prefix.append((char) ('a' + v % 26));
        }

        Response bad = browser.submit(
                PRODUCTS,
                PRODUCTS,
                Map.of(
                        "code", code,
                        "name", "Console " + n,
                        "keyPrefix", "NOT-OK",
                        "scopes", "read write",
                        "defaultScopes", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString())
                .contains("id=\"product-prefix-error\"", "Key prefix must be 2 to 8 lowercase letters")
                .contains("value=\"" + code + "\"");

        Response defined = browser.post(
                PRODUCTS,
                Map.of(
                        "csrf",
                        csrfOf(bad),
                        "code",
                        code,
                        "name",
                        "Console " + n,
                        "keyPrefix",
                        prefix.toString(),
                        "scopes",
                        "read, write refund",
                        "defaultScopes",
                        "read"));
        assertThat(defined.statusCode()).isEqualTo(303);
        assertThat(browser.get(defined.header("Location")).asString())
                .contains("class=\"flash\"", "data-product=\"" + code + "\"", "read refund write");
        JsonPath product = as(Api.operator()).get("/v1/products/" + code).jsonPath();
        assertThat(product.getList("scopes", String.class)).containsExactlyInAnyOrder("read", "write", "refund");
        assertThat(product.getList("defaultScopes", String.class)).containsExactly("read");

        String edit = PRODUCTS + "/" + code;
        Response form = browser.get(edit);
        assertThat(form.asString()).contains("value=\"Console " + n + "\"", prefix.toString());
        Response wrongDefault = browser.post(
                edit, Map.of("csrf", csrfOf(form), "name", "Console " + n, "scopes", "read", "defaultScopes", "write"));
        assertThat(wrongDefault.statusCode()).isEqualTo(400);
        assertThat(wrongDefault.asString()).contains("id=\"product-defaults-error\"");
        Response changed = browser.post(
                edit,
                Map.of(
                        "csrf",
                        csrfOf(form),
                        "name",
                        "Console renamed " + n,
                        "scopes",
                        "read write",
                        "defaultScopes",
                        "read write"));
        assertThat(changed.statusCode()).isEqualTo(303);
        product = as(Api.operator()).get("/v1/products/" + code).jsonPath();
        assertThat(product.getString("name")).isEqualTo("Console renamed " + n);
        assertThat(product.getList("scopes", String.class)).containsExactlyInAnyOrder("read", "write");
        assertThat(product.getList("defaultScopes", String.class)).containsExactlyInAnyOrder("read", "write");
    }

    @Test
    void aVerifierClientsSecretIsShownOnceAndRollingItWithThePinEndsTheOldOne() {
        String operatorToken = Api.operator();
        String[] product = Api.product(operatorToken);
        as(operatorToken)
                .body(Map.of("password", Api.OPERATOR_PASSWORD, "newPin", OPERATOR_PIN))
                .put("/v1/me/pin")
                .then()
                .statusCode(204);
        Browser browser = operator();
        int n = Api.next();

        Response created = browser.submit(
                CLIENTS, CLIENTS, Map.of("name", "Booking backend " + n, "products", List.of(product[0])));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String secret = secretOn(created);
        Matcher clientIdShown =
                Pattern.compile("<code id=\"client-id\">([^<]+)</code>").matcher(created.asString());
        assertThat(clientIdShown.find()).isTrue();
        String clientId = clientIdShown.group(1);
        assertThat(token(clientId, secret).statusCode()).isEqualTo(200);

        Response list = browser.get(CLIENTS);
        assertThat(list.asString()).contains(clientId, "Booking backend " + n).doesNotContain(secret);
        String id = as(operatorToken)
                .get("/v1/verifier-clients")
                .jsonPath()
                .getString("find { it.clientId == '" + clientId + "' }.id");
        String roll = CLIENTS + "/" + id + "/roll";
        Response confirm = browser.get(roll);
        assertThat(confirm.asString())
                .contains("id=\"pin\" name=\"pin\" type=\"password\"", "id=\"confirm\"", clientId);

        Response wrong = browser.post(roll, Map.of("csrf", csrfOf(confirm), "pin", "000001"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.asString())
                .contains("That PIN is not correct.", "id=\"pin\"")
                .doesNotContain("000001");
        assertThat(token(clientId, secret).statusCode())
                .as("a wrong PIN rolls nothing")
                .isEqualTo(200);

        Response rolled = browser.post(roll, Map.of("csrf", csrfOf(confirm), "pin", OPERATOR_PIN));
        assertThat(rolled.statusCode()).isEqualTo(200);
        assertThat(rolled.header("Cache-Control")).isEqualTo("no-store");
        String fresh = secretOn(rolled);
        assertThat(fresh).isNotEqualTo(secret);
        assertThat(token(clientId, secret).statusCode()).isEqualTo(401);
        assertThat(token(clientId, fresh).statusCode()).isEqualTo(200);

        Response disabled = browser.post(CLIENTS + "/" + id + "/disable", Map.of("csrf", csrfOf(list)));
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(token(clientId, fresh).statusCode()).isEqualTo(401);
        assertThat(browser.get(disabled.header("Location")).asString()).contains("class=\"flash\"", ">Enable</button>");
        assertThat(browser.post(CLIENTS + "/" + id + "/enable", Map.of("csrf", csrfOf(list)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(token(clientId, fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void theSupportViewShowsHintsOnlyAndLeavesAnEventTheAccountsAdminReads() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        String hint = as(f.account().ownerToken()).get(f.keys() + "/" + key[0]).path("hint");
        String operatorId = as(Api.operator()).get("/v1/me").path("id");
        Browser browser = operator();

        Response view = browser.get(ACCOUNTS + "/" + f.account().id() + "/support");

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.asString())
                .contains("data-key-id=\"" + key[0] + "\"", hint, "Marketing Automation", "SUPPORT_VIEW_OPENED")
                .contains("KEY_GENERATED", "Read-only")
                .doesNotContain(key[1])
                .doesNotContain("<form method=\"post\" action=\"/console/operator/accounts/"
                        + f.account().id());
        JsonPath events = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?action=SUPPORT_VIEW_OPENED")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(events.getList("items")).hasSize(1);
        assertThat(events.getString("items[0].actor.type")).isEqualTo("USER");
        assertThat(events.getString("items[0].actor.id")).isEqualTo(operatorId);
        assertThat(events.getString("items[0].accountId")).isEqualTo(f.account().id());
    }

    @Test
    void formsWithoutTheirTokenAreRefusedAndChangeNothing() {
        String operatorToken = Api.operator();
        Api.Account account = Api.account(operatorToken, null);
        Browser browser = operator();

        Response suspend = browser.post(ACCOUNTS + "/" + account.id() + "/suspend", Map.of());
        Response define = browser.post(
                PRODUCTS,
                Map.of("csrf", "not-the-token", "code", "never-defined", "name", "Never", "keyPrefix", "nev"));
        Response create = browser.post(CLIENTS, Map.of("name", "Never", "products", List.of("never-defined")));

        for (Response refused : List.of(suspend, define, create)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.asString()).contains("<h1>Not allowed</h1>");
        }
        assertThat(as(operatorToken).get("/v1/accounts/" + account.id()).<String>path("status"))
                .isEqualTo("APPROVED");
        as(operatorToken).get("/v1/products/never-defined").then().statusCode(404);
    }

    private static String verify(Api.Verifier verifier, String product, String secret) {
        return as(verifier.token())
                .body(Map.of("key", secret, "product", product))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static Response token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/v1/auth/token");
    }
}
