package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.csrfOf;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.web.ConsolePagesTest.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's pages for one key (details, edit, regenerate), the PIN page and invitation acceptance, through
 * HTTP as a browser without script uses them; every change is checked again through the API and verification.
 */
@QuarkusTest
class ConsoleKeyActionsPagesTest {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([^<]+)</code>");
    private static final String OUTSIDE = "198.51.100.7";
    private static final String INSIDE = "203.0.113.7";

    @Test
    void eachKeyPageIsForAdminsOfTheAccountOnly() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(List.of("203.0.113.0/24"))[0];
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Api.Person member = Api.member(f.account(), "MEMBER");
        KeyFixture other = KeyFixture.create();
        Browser adminBrowser = signedIn(admin.email());
        Browser memberBrowser = signedIn(member.email());
        Browser otherAdmin = signedIn(other.account().ownerEmail());
        Browser anonymous = new Browser();
        String key = keyPage(f, keyId);

        Response detail = adminBrowser.get(key);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.asString())
                .contains("<h1>Marketing Automation</h1>", "data-key-id=\"" + keyId + "\"", f.prefix())
                .contains("class=\"key-product\"", f.product(), "ACTIVE", "203.0.113.0/24", "never", "unless used")
                .contains("id=\"edit\"", "id=\"regenerate\"", "id=\"revoke\"")
                .doesNotContain("Replaced by");
        assertThat(adminBrowser.get(key + "/edit").asString())
                .contains("id=\"name\" name=\"name\" value=\"Marketing Automation\"")
                .contains("value=\"read\" checked", "value=\"write\">", "value=\"delete\">")
                .contains("id=\"ip-allowlist\" name=\"ipAllowlist\"", ">203.0.113.0/24</textarea>");
        assertThat(adminBrowser.get(key + "/regenerate").asString())
                .contains("<h1>Regenerate this key?</h1>", "id=\"pin\"", "name=\"grace\" value=\"none\" checked")
                .contains("id=\"grace-1\"", "id=\"grace-24\"", "id=\"grace-hours-value\" name=\"graceHours\"");
        assertThat(adminBrowser.get(keysPage(f)).asString())
                .contains("href=\"" + key + "\"", "href=\"" + key + "/edit\"", "href=\"" + key + "/regenerate\"");

        for (String page : List.of(key, key + "/edit", key + "/regenerate")) {
            Response refused = memberBrowser.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.asString())
                    .as(page)
                    .contains("<h1>Not allowed</h1>")
                    .doesNotContain("Marketing Automation");
            Response notFound = otherAdmin.get(page);
            assertThat(notFound.statusCode()).as(page).isEqualTo(404);
            assertThat(notFound.asString()).as(page).contains("<h1>Not found</h1>");
            Response signIn = anonymous.get(page);
            assertThat(signIn.statusCode()).as(page).isEqualTo(303);
            assertThat(signIn.header("Location")).as(page).endsWith("/console/sign-in");
        }
        Response memberEdit = memberBrowser.post(
                key + "/edit",
                Map.of("csrf", csrfOf(memberBrowser.get("/console/pin")), "name", "Taken over", "scopes", "read"));
        assertThat(memberEdit.statusCode()).isEqualTo(403);
        assertThat(anonymous.get("/console/pin").header("Location")).endsWith("/console/sign-in");
        assertThat(memberBrowser.get("/console/pin").statusCode()).isEqualTo(200);
        assertThat(as(f.account().ownerToken()).get(f.keys() + "/" + keyId).<String>path("name"))
                .isEqualTo("Marketing Automation");
    }

    @Test
    void editingNarrowsTheAllowlistAndVerificationFollows() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String[] key = f.key(null);
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        assertThat(verify(verifier, f, key[1], OUTSIDE)).isEqualTo("VALID");

        Response saved = admin.submit(
                keyPage(f, key[0]) + "/edit",
                keyPage(f, key[0]) + "/edit",
                Map.of(
                        "name",
                        "Front desk",
                        "scopes",
                        List.of("read", "write"),
                        "ipAllowlist",
                        "203.0.113.0/24\n\n2001:db8::/32\n"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(keyPage(f, key[0]) + "?flash=edited");
        assertThat(admin.get(saved.header("Location")).asString())
                .contains("class=\"flash\"", "<h1>Front desk</h1>", "read, write", "203.0.113.0/24, 2001:db8::");
        assertThat(verify(verifier, f, key[1], OUTSIDE)).isEqualTo("IP_NOT_ALLOWED");
        assertThat(verify(verifier, f, key[1], INSIDE)).isEqualTo("VALID");
        Response stored = as(f.account().ownerToken()).get(f.keys() + "/" + key[0]);
        assertThat(stored.<String>path("name")).isEqualTo("Front desk");
        assertThat(stored.<List<String>>path("scopes")).containsExactly("read", "write");

        Response opened = admin.submit(
                keyPage(f, key[0]) + "/edit",
                keyPage(f, key[0]) + "/edit",
                Map.of("name", "Front desk", "scopes", "read", "ipAllowlist", ""));
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(verify(verifier, f, key[1], OUTSIDE)).isEqualTo("VALID");
    }

    @Test
    void editRefusalsAreShownNextToTheirFieldAndChangeNothing() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        Browser admin = signedIn(f.account().ownerEmail());
        String edit = keyPage(f, keyId) + "/edit";

        Response badRange = admin.submit(
                edit, edit, Map.of("name", "Renamed", "scopes", "read", "ipAllowlist", "203.0.113.0/24\nnot-an-ip"));
        assertThat(badRange.statusCode()).isEqualTo(400);
        assertThat(badRange.asString())
                .contains("id=\"ip-error\"", "Each line of the IP allowlist must be an address or a range")
                .contains("not-an-ip</textarea>", "value=\"Renamed\"")
                .doesNotContain("class=\"form-error\"");

        Response unknownScope = admin.submit(edit, edit, Map.of("name", "Renamed", "scopes", List.of("read", "admin")));
        assertThat(unknownScope.statusCode()).isEqualTo(400);
        assertThat(unknownScope.asString()).contains("id=\"scopes-error\"", "only scopes the product offers");

        Response noScope = admin.submit(edit, edit, Map.of("name", "Renamed"));
        assertThat(noScope.statusCode()).isEqualTo(400);
        assertThat(noScope.asString()).contains("id=\"scopes-error\"", "Choose at least one scope");

        Response noName = admin.submit(edit, edit, Map.of("name", " ", "scopes", "read"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.asString()).contains("id=\"name-error\"", "Give the key a name");

        Response stored = as(f.account().ownerToken()).get(f.keys() + "/" + keyId);
        assertThat(stored.<String>path("name")).isEqualTo("Marketing Automation");
        assertThat(stored.<List<String>>path("ipAllowlist")).isEmpty();
    }

    @Test
    void regeneratingWithAGracePeriodKeepsTheOldKeyValidUntilThen() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String[] old = f.key(null);
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        String regenerate = keyPage(f, old[0]) + "/regenerate";

        Response shown = admin.submit(regenerate, regenerate, Map.of("grace", "24", "pin", Api.PIN));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        Response stored = as(f.account().ownerToken()).get(f.keys() + "/" + old[0]);
        assertThat(stored.<String>path("replacedBy")).as(stored.asString()).isNotNull();
        assertThat(stored.<String>path("graceUntil")).as(stored.asString()).isNotNull();
        assertThat(shown.asString())
                .contains("<h1>Copy your key now</h1>", "will not be shown again", "it keeps working for 24 hours")
                .doesNotContain(Api.PIN);
        String secret = secretOf(shown);
        assertThat(secret).startsWith(f.prefix()).isNotEqualTo(old[1]);
        assertThat(verify(verifier, f, secret, INSIDE)).isEqualTo("VALID");
        assertThat(verify(verifier, f, old[1], INSIDE)).isEqualTo("VALID");

        String detail = admin.get(keyPage(f, old[0])).asString();
        assertThat(detail)
                .contains(
                        "Replaced by", "href=\"" + keyPage(f, stored.path("replacedBy")) + "\"", "keeps working until")
                .doesNotContain("id=\"regenerate\"", secret);
        assertThat(admin.get(regenerate).asString())
                .contains("was already", "replaced by")
                .doesNotContain("id=\"pin\"");
    }

    @Test
    void regeneratingWithoutAGracePeriodRevokesTheOldKeyAndASecondTimeIsAConflict() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String[] old = f.key(null);
        Browser owner = signedIn(f.account().ownerEmail());
        String regenerate = keyPage(f, old[0]) + "/regenerate";
        String csrf = csrfOf(owner.get(regenerate));

        Response shown = owner.post(regenerate, Map.of("csrf", csrf, "grace", "none", "pin", Api.PIN));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.asString()).contains("The old key is revoked");
        assertThat(verify(verifier, f, secretOf(shown), INSIDE)).isEqualTo("VALID");
        assertThat(verify(verifier, f, old[1], INSIDE)).isEqualTo("REVOKED");

        Response again = owner.post(regenerate, Map.of("csrf", csrf, "grace", "1", "pin", Api.PIN));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString())
                .contains("class=\"form-error\"", "This key was already replaced by a new one.")
                .doesNotContain("id=\"secret\"");
        assertThat(as(f.account().ownerToken()).get(f.keys()).<List<?>>path("items"))
                .hasSize(2);
    }

    @Test
    void aWrongPinOrABadGracePeriodRegeneratesNothing() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String[] old = f.key(null);
        Browser owner = signedIn(f.account().ownerEmail());
        String regenerate = keyPage(f, old[0]) + "/regenerate";

        Response wrongPin = owner.submit(regenerate, regenerate, Map.of("grace", "1", "pin", "000000"));
        assertThat(wrongPin.statusCode()).isEqualTo(403);
        assertThat(wrongPin.asString())
                .contains("id=\"pin-error\"", "That PIN is not correct.", "name=\"grace\" value=\"1\" checked")
                .doesNotContain("000000", "id=\"secret\"");

        Response notHours =
                owner.submit(regenerate, regenerate, Map.of("grace", "hours", "graceHours", "soon", "pin", Api.PIN));
        assertThat(notHours.statusCode()).isEqualTo(400);
        assertThat(notHours.asString()).contains("id=\"grace-error\"", "whole number of hours");

        Response tooLong =
                owner.submit(regenerate, regenerate, Map.of("grace", "hours", "graceHours", "30", "pin", Api.PIN));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString())
                .contains("id=\"grace-error\"", "at most 24 hours", "value=\"30\"")
                .doesNotContain(Api.PIN);

        assertThat(verify(verifier, f, old[1], INSIDE)).isEqualTo("VALID");
        assertThat(as(f.account().ownerToken()).get(f.keys() + "/" + old[0]).<String>path("replacedBy"))
                .isNull();
        assertThat(as(f.account().ownerToken()).get(f.keys()).<List<?>>path("items"))
                .hasSize(1);
    }

    @Test
    void formsWithoutTheirTokenAreRefusedAndChangeNothing() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        String invitation = invite(f, "ADMIN", "refused" + Api.next() + "@example.com");
        Browser owner = signedIn(f.account().ownerEmail());

        List<Response> refused = List.of(
                owner.post(keyPage(f, keyId) + "/edit", Map.of("name", "No token", "scopes", "read")),
                owner.post(keyPage(f, keyId) + "/regenerate", Map.of("grace", "none", "pin", Api.PIN)),
                owner.post("/console/pin", Map.of("csrf", "not-the-token", "password", Api.PASSWORD, "pin", "739184")),
                new Browser()
                        .post(
                                "/console/invitations/" + invitation,
                                Map.of("displayName", "Eve", "password", Api.PASSWORD, "pin", "739184")));

        assertThat(refused).extracting(Response::statusCode).containsOnly(403);
        Response stored = as(f.account().ownerToken()).get(f.keys() + "/" + keyId);
        assertThat(stored.<String>path("name")).isEqualTo("Marketing Automation");
        assertThat(stored.<String>path("replacedBy")).isNull();
        assertThat(f.key(null)).as("the PIN is still the old one").hasSize(2);
        assertThat(new Browser().get("/console/invitations/" + invitation).statusCode())
                .isEqualTo(200);
        Api.accept(invitation, "Still usable");
    }

    @Test
    void thePinIsSetWithThePasswordAndNeverShownBack() {
        KeyFixture f = KeyFixture.create();
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Browser browser = signedIn(admin.email());
        Response page = browser.get("/console/pin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("<h1>Reset your PIN</h1>", "You have a PIN.", "id=\"password\" name=\"password\"")
                .contains("id=\"pin\" name=\"pin\" type=\"password\"", "id=\"set-pin\"");

        Response wrongPassword =
                browser.submit("/console/pin", "/console/pin", Map.of("password", "not-the-password", "pin", "739184"));
        assertThat(wrongPassword.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.asString())
                .contains("id=\"password-error\"", "That password is not correct.")
                .doesNotContain("739184", "not-the-password");

        Response weak =
                browser.submit("/console/pin", "/console/pin", Map.of("password", Api.PASSWORD, "pin", "123456"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.asString())
                .contains("id=\"pin-error\"", "too easy to guess")
                .doesNotContain("123456\"");

        Response notSixDigits =
                browser.submit("/console/pin", "/console/pin", Map.of("password", Api.PASSWORD, "pin", "12ab"));
        assertThat(notSixDigits.statusCode()).isEqualTo(400);
        assertThat(notSixDigits.asString()).contains("id=\"pin-error\"", "exactly 6 digits");

        Response set =
                browser.submit("/console/pin", "/console/pin", Map.of("password", Api.PASSWORD, "pin", "739184"));
        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(set.header("Location")).endsWith("/console/pin?flash=set");
        assertThat(browser.get(set.header("Location")).asString())
                .contains("class=\"flash\"", "Your PIN is set.")
                .doesNotContain("739184");

        Map<String, Object> withOldPin = Map.of("product", f.product(), "name", "Old PIN", "pin", Api.PIN);
        as(admin.token()).body(withOldPin).post(f.keys()).then().statusCode(403);
        Map<String, Object> withNewPin = Map.of("product", f.product(), "name", "New PIN", "pin", "739184");
        as(admin.token()).body(withNewPin).post(f.keys()).then().statusCode(201);
    }

    @Test
    void anInvitationIsAcceptedWithoutASessionAndSignsThePersonIn() {
        KeyFixture f = KeyFixture.create();
        String email = "invited" + Api.next() + "@example.com";
        String token = invite(f, "ADMIN", email);
        Browser browser = new Browser();
        String page = "/console/invitations/" + token;

        Response form = browser.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(form.asString())
                .contains("<h1>Accept your invitation</h1>", "id=\"display-name\" name=\"displayName\"")
                .contains("id=\"password\" name=\"password\" type=\"password\"", "id=\"pin\" name=\"pin\"")
                .doesNotContain("id=\"sign-out\"");

        Response weakPin = browser.post(
                page,
                Map.of("csrf", csrfOf(form), "displayName", "Ines Invited", "password", Api.PASSWORD, "pin", "111111"));
        assertThat(weakPin.statusCode()).isEqualTo(400);
        assertThat(weakPin.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(weakPin.asString())
                .contains("id=\"pin-error\"", "too easy to guess", "value=\"Ines Invited\"")
                .doesNotContain("111111", Api.PASSWORD);
        Response shortPassword = browser.post(
                page,
                Map.of("csrf", csrfOf(form), "displayName", "Ines Invited", "password", "short", "pin", "739184"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.asString()).contains("id=\"password-error\"", "12 to 128 characters");

        Response accepted = browser.post(
                page,
                Map.of("csrf", csrfOf(form), "displayName", "Ines Invited", "password", Api.PASSWORD, "pin", "739184"));

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith("/console");
        assertThat(browser.cookies).containsKey("keysmith_session");
        Response home = browser.get("/console");
        assertThat(home.header("Location")).endsWith(keysPage(f));
        assertThat(browser.get(keysPage(f)).asString()).contains("<h1>API keys</h1>", email);
        Map<String, Object> withChosenPin = Map.of("product", f.product(), "name", "Invitee's", "pin", "739184");
        as(Api.login(email, Api.PASSWORD))
                .body(withChosenPin)
                .post(f.keys())
                .then()
                .statusCode(201);

        Response usedAgain = new Browser()
                .submit(page, page, Map.of("displayName", "Someone", "password", Api.PASSWORD, "pin", "739184"));
        assertThat(usedAgain.statusCode()).isEqualTo(409);
        assertThat(usedAgain.asString()).contains("class=\"form-error\"", "already used");
    }

    @Test
    void someoneWithASignInAcceptsWithTheirPassword() {
        KeyFixture f = KeyFixture.create();
        KeyFixture other = KeyFixture.create();
        String token = invite(other, "ADMIN", f.account().ownerEmail());
        String page = "/console/invitations/" + token;
        Browser browser = new Browser();

        Response wrong = browser.submit(page, page, Map.of("password", "not-the-password"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.asString()).contains("id=\"password-error\"", "already have a Keysmith sign-in");

        Response accepted = browser.submit(page, page, Map.of("password", Api.PASSWORD));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(browser.get(keysPage(other)).statusCode()).isEqualTo(200);
    }

    private static String invite(KeyFixture f, String role, String email) {
        return as(f.account().ownerToken())
                .body(Map.of("email", email, "role", role))
                .post("/v1/accounts/" + f.account().id() + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    private static String verify(Api.Verifier verifier, KeyFixture f, String secret, String clientIp) {
        return as(verifier.token())
                .body(Map.of("key", secret, "product", f.product(), "clientIp", clientIp))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static String secretOf(Response page) {
        Matcher secret = SECRET.matcher(page.asString());
        assertThat(secret.find()).as("the page shows a secret").isTrue();
        return secret.group(1);
    }

    private static String keysPage(KeyFixture f) {
        return "/console/accounts/" + f.account().id() + "/keys";
    }

    private static String keyPage(KeyFixture f, String keyId) {
        return keysPage(f) + "/" + keyId;
    }
}
