package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web console's pages through HTTP, as a browser without script would use them: cookies, forms, redirects. */
@QuarkusTest
class ConsolePagesTest {

    private static final String CONSOLE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([^<]+)</code>");

    /** A cookie jar and the console's forms, without following redirects. */
    static final class Browser {

        final Map<String, String> cookies = new HashMap<>();

        RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        Response get(String path) {
            return remember(request().get(path));
        }

        /** Posts a form; values may be strings or lists of strings (one field each). */
        Response post(String path, Map<String, Object> fields) {
            RequestSpecification request = request().contentType(ContentType.URLENC);
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                if (field.getValue() instanceof List<?> values) {
                    request = request.formParam(field.getKey(), values.toArray());
                } else {
                    request = request.formParam(field.getKey(), field.getValue());
                }
            }
            return remember(request.post(path));
        }

        /** Posts the form of the page at {@code formPage} with the CSRF token it carries. */
        Response submit(String formPage, String action, Map<String, Object> fields) {
            Map<String, Object> withToken = new LinkedHashMap<>(fields);
            withToken.put("csrf", csrfOf(get(formPage)));
            return post(action, withToken);
        }

        Response signIn(String email, String password) {
            return submit("/console/sign-in", "/console/sign-in", Map.of("email", email, "password", password));
        }

        private Response remember(Response response) {
            response.getDetailedCookies().forEach(cookie -> {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            });
            return response;
        }
    }

    static String csrfOf(Response page) {
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).as("the page has a form with a CSRF token").isTrue();
        return token.group(1);
    }

    static Browser signedIn(String email) {
        Browser browser = new Browser();
        assertThat(browser.signIn(email, Api.PASSWORD).statusCode()).isEqualTo(303);
        return browser;
    }

    static String keysPage(KeyFixture f) {
        return "/console/accounts/" + f.account().id() + "/keys";
    }

    @Test
    void signingInSetsAStrictHttpOnlySessionCookieAndLandsOnTheKeysPage() {
        KeyFixture f = KeyFixture.create();
        Browser browser = new Browser();
        Response form = browser.get("/console/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString())
                .contains("id=\"email\" name=\"email\"", "id=\"password\" name=\"password\"", "id=\"sign-in\"");
        assertThat(form.header("Content-Security-Policy")).isEqualTo(CONSOLE_POLICY);

        Response signIn = browser.post(
                "/console/sign-in",
                Map.of("email", f.account().ownerEmail(), "password", Api.PASSWORD, "csrf", csrfOf(form)));

        assertThat(signIn.statusCode()).isEqualTo(303);
        String session = signIn.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("keysmith_session="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly", "SameSite=Strict", "Path=/console", "Max-Age=900");
        Response home = browser.get("/console");
        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(home.header("Location")).endsWith(keysPage(f));
        Response keys = browser.get(keysPage(f));
        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.contentType()).startsWith("text/html");
        assertThat(keys.asString())
                .contains("<h1>API keys</h1>", "id=\"sign-out\"", f.account().ownerEmail(), "id=\"generate\"")
                .contains("id=\"filter-product\" name=\"product\"", "id=\"filter-status\" name=\"status\"");
        assertThat(keys.header("Content-Security-Policy")).isEqualTo(CONSOLE_POLICY);
        assertThat(keys.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void wrongCredentialsShowTheFormAgainWithAnError() {
        Browser browser = new Browser();
        Response refused = browser.signIn(Api.OPERATOR_EMAIL, "not-the-password");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.asString())
                .contains("class=\"form-error\"", "The email or password is not correct.", "id=\"email\"")
                .doesNotContain("not-the-password");
        assertThat(browser.cookies).doesNotContainKey("keysmith_session");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        Browser browser = new Browser();
        assertThat(browser.get("/").header("Location")).endsWith("/console");
        assertThat(browser.get("/").statusCode()).isEqualTo(303);
        for (String page : List.of(
                "/console",
                "/console/accounts/00000000-0000-0000-0000-000000000001/keys",
                "/console/operator/access-requests")) {
            Response response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(303);
            assertThat(response.header("Location")).as(page).endsWith("/console/sign-in");
        }
        browser.cookies.put("keysmith_session", "not-a-token");
        assertThat(browser.get("/console").header("Location")).endsWith("/console/sign-in");
    }

    @Test
    void signingOutClearsTheSession() {
        KeyFixture f = KeyFixture.create();
        Browser browser = signedIn(f.account().ownerEmail());

        Response out = browser.submit(keysPage(f), "/console/sign-out", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/console/sign-in");
        assertThat(browser.cookies).doesNotContainKey("keysmith_session");
        assertThat(browser.get(keysPage(f)).header("Location")).endsWith("/console/sign-in");
    }

    @Test
    void aMemberSeesNoKeysPageAndOnlyOperatorsSeeTheRequestQueue() {
        KeyFixture f = KeyFixture.create();
        Api.Person member = Api.member(f.account(), "MEMBER");
        Browser memberBrowser = signedIn(member.email());
        Browser owner = signedIn(f.account().ownerEmail());

        Response refused = memberBrowser.get(keysPage(f));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("<h1>Not allowed</h1>").doesNotContain("data-key-id");
        assertThat(owner.get("/console/operator/access-requests").statusCode()).isEqualTo(403);
        Response otherAccount = owner.get("/console/accounts/00000000-0000-0000-0000-000000000001/keys");
        assertThat(otherAccount.statusCode()).isEqualTo(404);
        assertThat(otherAccount.asString()).contains("<h1>Not found</h1>");
    }

    @Test
    void generatingAKeyShowsItsSecretOnceAndTheKeyVerifiesThenTheSwitchDisablesIt() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Browser browser = signedIn(f.account().ownerEmail());
        String keys = keysPage(f);

        Response form = browser.get(keys + "/new");
        assertThat(form.asString())
                .contains("id=\"product\" name=\"product\"", "id=\"name\" name=\"name\"", "name=\"scopes\"")
                .contains("id=\"ip-allowlist\" name=\"ipAllowlist\"", "id=\"continue\"", f.product());
        Response confirm = browser.post(
                keys + "/new",
                Map.of(
                        "csrf", csrfOf(form),
                        "product", f.product(),
                        "name", "Booking site",
                        "scopes", List.of("read", "write"),
                        "ipAllowlist", ""));
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString())
                .contains("id=\"pin\" name=\"pin\" type=\"password\" inputmode=\"numeric\" autocomplete=\"off\"")
                .contains("id=\"confirm\"", "Booking site", "value=\"write\"");
        Response shown = browser.post(
                keys + "/new/confirm",
                Map.of(
                        "csrf", csrfOf(confirm),
                        "product", f.product(),
                        "name", "Booking site",
                        "scopes", List.of("read", "write"),
                        "pin", Api.PIN));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.asString()).contains("<h1>Copy your key now</h1>", "id=\"copy\"", "id=\"done\"");
        assertThat(shown.asString()).contains("will not be shown again");
        Matcher secret = SECRET.matcher(shown.asString());
        assertThat(secret.find()).isTrue();
        assertThat(verify(verifier, f, secret.group(1))).isEqualTo("VALID");

        Response list = browser.get(keys);
        String keyId = as(f.account().ownerToken()).get(f.keys()).path("items[0].id");
        assertThat(list.asString())
                .contains("data-key-id=\"" + keyId + "\"", "Booking site", "ACTIVE", "unless used")
                .doesNotContain(secret.group(1));
        Response disabled = browser.post(keys + "/" + keyId + "/disable", Map.of("csrf", csrfOf(list)));
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(disabled.header("Location")).contains(keys);
        assertThat(verify(verifier, f, secret.group(1))).isEqualTo("DISABLED");
        Response after = browser.get(disabled.header("Location"));
        assertThat(after.asString()).contains("class=\"flash\"", ">Enable</button>");
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

    @Test
    void formsWithoutTheirTokenAreRefusedAndChangeNothing() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        Browser browser = signedIn(f.account().ownerEmail());
        String disable = keysPage(f) + "/" + keyId + "/disable";

        Response without = browser.post(disable, Map.of());
        Response wrong = browser.post(disable, Map.of("csrf", "not-the-token"));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.asString()).contains("<h1>Not allowed</h1>");
        assertThat(as(f.account().ownerToken()).get(f.keys() + "/" + keyId).<String>path("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aWrongPinShowsTheConfirmStepAgainAndMakesNoKey() {
        KeyFixture f = KeyFixture.create();
        Browser browser = signedIn(f.account().ownerEmail());
        String keys = keysPage(f);

        Response again = browser.submit(
                keys + "/new",
                keys + "/new/confirm",
                Map.of("product", f.product(), "name", "Wrong PIN", "pin", "000000"));

        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.asString())
                .contains("class=\"form-error\"", "That PIN is not correct.", "id=\"pin\"")
                .doesNotContain("000000");
        assertThat(as(f.account().ownerToken()).get(f.keys()).<List<?>>path("items"))
                .isEmpty();
    }

    @Test
    void revokingAsksForThePinAndEndsTheKey() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        Browser browser = signedIn(f.account().ownerEmail());
        String revokePage = keysPage(f) + "/" + keyId + "/revoke";

        Response confirm = browser.get(revokePage);
        assertThat(confirm.asString()).contains("Marketing Automation", "id=\"pin\"", "id=\"confirm\"");
        Response revoked = browser.post(revokePage, Map.of("csrf", csrfOf(confirm), "pin", Api.PIN));

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(as(f.account().ownerToken()).get(f.keys() + "/" + keyId).<String>path("status"))
                .isEqualTo("REVOKED");
        assertThat(browser.get(revoked.header("Location")).asString()).contains("class=\"flash\"", "REVOKED");
    }

    @Test
    void keyNamesAreEscaped() {
        KeyFixture f = KeyFixture.create();
        f.generate(f.account().ownerToken(), Map.of("name", "<script>alert(1)</script>"))
                .then()
                .statusCode(201);
        Browser browser = signedIn(f.account().ownerEmail());

        String page = browser.get(keysPage(f)).asString();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void anOperatorApprovesAnAccessRequest() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        String requestId = as(account.ownerToken())
                .body(Map.of("intendedStartDate", LocalDate.of(2030, 1, 1).toString(), "useCase", "Bookings"))
                .post("/v1/accounts/" + account.id() + "/products/" + product + "/access-request")
                .then()
                .statusCode(201)
                .extract()
                .path("requestId");
        Browser browser = signedIn(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD);
        Response home = browser.get("/console");
        assertThat(home.header("Location")).endsWith("/console/operator/access-requests");

        Response queue = browser.get("/console/operator/access-requests");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.asString())
                .contains("<h1>Access requests</h1>", "data-request-id=\"" + requestId + "\"", "Bookings", "2030-01-01")
                .contains("class=\"approve\"", "class=\"deny");
        Response approved = browser.post(
                "/console/operator/access-requests/" + requestId + "/approve", Map.of("csrf", csrfOf(queue)));

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(browser.get("/console/operator/access-requests").asString())
                .doesNotContain("data-request-id=\"" + requestId + "\"");
        assertThat(as(account.ownerToken())
                        .get("/v1/accounts/" + account.id() + "/products")
                        .jsonPath()
                        .getList("findAll { it.code == '" + product + "' }.access.state", String.class))
                .containsExactly("ENABLED");
    }

    @Test
    void anAgencyAdminSwitchesBetweenTheAccountAndItsSubAccounts() {
        String operator = Api.operator();
        Api.Account agency = Api.account(operator, null);
        Api.Account client = Api.account(operator, agency.id());
        Browser browser = signedIn(agency.ownerEmail());

        String page = browser.get("/console/accounts/" + agency.id() + "/keys").asString();
        assertThat(page)
                .contains("id=\"account\" name=\"account\"")
                .contains("value=\"" + agency.id() + "\" selected", "value=\"" + client.id() + "\"");
        Response switched = browser.get("/console/switch?account=" + client.id());

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/console/accounts/" + client.id() + "/keys");
        assertThat(browser.get(switched.header("Location")).statusCode()).isEqualTo(200);
    }

    static Browser signedIn(String email, String password) {
        Browser browser = new Browser();
        assertThat(browser.signIn(email, password).statusCode()).isEqualTo(303);
        return browser;
    }
}
