package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A new admin's first steps in a real headless Chromium: accept the invitation, set a PIN, edit a key, regenerate
 * it with the PIN and copy the new secret once; axe-core checks every page on the way. Screenshots go to
 * {@code bootstrap/target/screenshots/}.
 */
@QuarkusTest
class ConsoleKeyActionsBrowserTest extends ConsoleInChromium {

    private static final String NEW_PIN = "694027";
    private static final String INSIDE = "203.0.113.7";
    private static final String OUTSIDE = "198.51.100.7";

    @TestHTTPResource("/")
    URI root;

    @Test
    void anInviteeAcceptsSetsAPinEditsAKeyAndRegeneratesIt() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String[] old = f.key(null);
        String email = "new-admin" + Api.next() + "@example.com";
        String invitation = as(f.account().ownerToken())
                .body(Map.of("email", email, "role", "ADMIN"))
                .post("/v1/accounts/" + f.account().id() + "/members")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("token");
        List<String> violations = new ArrayList<>();

        browser.open(url("/console/invitations/" + invitation));
        assertThat(browser.find("h1").getText()).isEqualTo("Accept your invitation");
        assertThat(browser.has("button#sign-out")).isFalse();
        violations.addAll(Axe.seriousViolations(browser, "invitation"));
        browser.find("input#display-name").sendKeys("Nadia New");
        browser.find("input#password").sendKeys(Api.PASSWORD);
        browser.find("input#pin").sendKeys("222222");
        browser.clickAndWait(browser.find("button#accept"));
        assertThat(browser.find("#pin-error").getText()).contains("too easy to guess");
        assertThat(browser.find("input#pin").getAttribute("value"))
                .as("the PIN is never shown back")
                .isEmpty();
        violations.addAll(Axe.seriousViolations(browser, "invitation-refused"));
        browser.screenshot("invitation-refused");
        browser.find("input#password").sendKeys(Api.PASSWORD);
        browser.find("input#pin").sendKeys(Api.PIN);
        browser.screenshot("invitation");
        browser.clickAndWait(browser.find("button#accept"));
        assertThat(browser.find("h1").getText()).isEqualTo("API keys");
        assertThat(browser.find(".who .email").getText()).isEqualTo(email);

        browser.find(".who a[href='/console/pin']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/pin"));
        assertThat(browser.find("h1").getText()).isEqualTo("Reset your PIN");
        violations.addAll(Axe.seriousViolations(browser, "pin"));
        browser.find("input#password").sendKeys(Api.PASSWORD);
        browser.find("input#pin").sendKeys(NEW_PIN);
        browser.screenshot("pin");
        browser.clickAndWait(browser.find("button#set-pin"));
        assertThat(browser.find(".flash").getText()).isEqualTo("Your PIN is set.");
        assertThat(browser.driver().getPageSource()).doesNotContain(NEW_PIN);

        browser.open(url(keysPage(f)));
        browser.clickAndWait(browser.find("tr[data-key-id='" + old[0] + "'] .key-name a"));
        assertThat(browser.find("h1").getText()).isEqualTo("Marketing Automation");
        violations.addAll(Axe.seriousViolations(browser, "key"));
        browser.screenshot("key");
        browser.clickAndWait(browser.find("a#edit"));
        violations.addAll(Axe.seriousViolations(browser, "key-edit"));
        WebElement name = browser.find("input#name");
        name.clear();
        name.sendKeys("Front desk tablet");
        browser.find("input[name=scopes][value=write]").click();
        browser.find("textarea#ip-allowlist").sendKeys("203.0.113.0/24\nnot-an-address");
        browser.clickAndWait(browser.find("button#save"));
        assertThat(browser.find("#ip-error").getText()).contains("IP allowlist");
        violations.addAll(Axe.seriousViolations(browser, "key-edit-refused"));
        browser.screenshot("key-edit-refused");
        WebElement ranges = browser.find("textarea#ip-allowlist");
        ranges.clear();
        ranges.sendKeys("203.0.113.0/24");
        browser.screenshot("key-edit");
        browser.clickAndWait(browser.find("button#save"));
        assertThat(browser.find(".flash").isDisplayed()).isTrue();
        assertThat(browser.find("h1").getText()).isEqualTo("Front desk tablet");
        assertThat(browser.find(".key-scopes").getText()).isEqualTo("read, write");
        assertThat(browser.find(".key-ips").getText()).isEqualTo("203.0.113.0/24");
        assertThat(verify(verifier, f, old[1], OUTSIDE)).isEqualTo("IP_NOT_ALLOWED");
        assertThat(verify(verifier, f, old[1], INSIDE)).isEqualTo("VALID");

        browser.clickAndWait(browser.find("a#regenerate"));
        violations.addAll(Axe.seriousViolations(browser, "regenerate"));
        browser.find("input#grace-1").click();
        browser.find("input#pin").sendKeys(Api.PIN);
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find("#pin-error").getText())
                .as("the invitation's PIN was replaced on the PIN page")
                .contains("That PIN is not correct");
        assertThat(browser.find("input#grace-1").isSelected()).isTrue();
        violations.addAll(Axe.seriousViolations(browser, "regenerate-refused"));
        browser.find("input#pin").sendKeys(NEW_PIN);
        browser.screenshot("regenerate");
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find("h1").getText()).isEqualTo("Copy your key now");
        assertThat(browser.find(".old-key").getText()).contains("keeps working for 1 hour,");
        String secret = browser.find("code#secret").getText().strip();
        assertThat(secret).startsWith(f.prefix()).isNotEqualTo(old[1]);
        violations.addAll(Axe.seriousViolations(browser, "regenerate-show-once"));
        browser.screenshot("regenerate-show-once");

        browser.driver().navigate().back();
        browser.screenshot("regenerate-show-once-back");
        assertThat(browser.driver().getPageSource())
                .as("going back from the show-once page does not show the secret")
                .doesNotContain(secret);
        browser.driver().navigate().forward();
        assertThat(browser.driver().getPageSource())
                .as("coming forward to the show-once page again does not show the secret")
                .doesNotContain(secret);

        assertThat(verify(verifier, f, secret, INSIDE)).isEqualTo("VALID");
        assertThat(verify(verifier, f, secret, OUTSIDE))
                .as("the new key keeps the allowlist")
                .isEqualTo("IP_NOT_ALLOWED");
        assertThat(verify(verifier, f, old[1], INSIDE))
                .as("the old key, in its grace hour")
                .isEqualTo("VALID");
        browser.open(url(keysPage(f) + "/" + old[0]));
        assertThat(browser.find(".key-replaced-by").getText()).contains("keeps working until");
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
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

    private static String keysPage(KeyFixture f) {
        return "/console/accounts/" + f.account().id() + "/keys";
    }

    private URI url(String path) {
        return root.resolve(path);
    }
}
