package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real headless Chromium: what an account admin, a member and an operator do there, checked
 * through the pages and then through the API. Every page a test passes is saved under
 * {@code bootstrap/target/screenshots/}.
 */
@QuarkusTest
class ConsoleBrowserTest extends ConsoleInChromium {

    @TestHTTPResource("/")
    URI root;

    @Test
    void chromiumShowsAPageOfTheService() {
        browser.open(url("/q/swagger-ui/"));
        assertThat(browser.find(".swagger-ui").isDisplayed()).isTrue();
        browser.screenshot("swagger-ui");
    }

    @Test
    void axeFindsAnImageWithoutAlternativeText() {
        String page = "<!doctype html><html lang=en><title>t</title><main><img src=x.png></main></html>";
        browser.driver()
                .get("data:text/html;base64,"
                        + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(Axe.seriousViolations(browser, "sample")).anyMatch(v -> v.contains("image-alt"));
    }

    @Test
    void anAdminGeneratesAKeyReadsItOnceAndItVerifies() {
        Setup s = Setup.create();
        Api.Person admin = Api.member(s.account(), "ADMIN");
        as(admin.token())
                .body(Map.of(
                        "product",
                        s.product(),
                        "name",
                        "Marketing Automation",
                        "pin",
                        Api.PIN,
                        "ipAllowlist",
                        List.of("203.0.113.0/24")))
                .post(keysApi(s))
                .then()
                .statusCode(201);

        signIn(admin.email(), Api.PASSWORD);
        browser.open(url(keysPage(s)));
        assertThat(browser.find("h1").getText()).isEqualTo("API keys");
        browser.find("a#generate").click();
        String secret = generate(s, "Checkout backend", "", null);

        assertThat(secret).startsWith(s.prefix());
        browser.driver().navigate().back();
        browser.screenshot("show-once-back");
        assertThat(browser.driver().getPageSource())
                .as("going back from the show-once page does not show the secret")
                .doesNotContain(secret);
        browser.driver().navigate().forward();
        browser.screenshot("show-once-forward");
        assertThat(browser.driver().getPageSource())
                .as("coming forward to the show-once page again does not show the secret")
                .doesNotContain(secret);

        assertThat(verify(s, secret)).isEqualTo("VALID");
        browser.open(url(keysPage(s)));
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        assertThat(browser.find("h1").getText()).isEqualTo("API keys");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("tr[data-key-id] .key-name")))
                .extracting(WebElement::getText)
                .contains("Checkout backend", "Marketing Automation");
        browser.screenshot("keys");
    }

    @Test
    void theActiveSwitchDisablesAndEnablesAKey() {
        Setup s = Setup.create();
        String[] key = s.key("Reporting");
        signIn(s.account().ownerEmail(), Api.PASSWORD);
        browser.open(url(keysPage(s)));
        String row = "tr[data-key-id='" + key[0] + "']";
        assertThat(browser.find(row + " .key-status").getText()).isEqualTo("ACTIVE");

        browser.clickAndWait(browser.find(row + " button.toggle-active"));
        browser.waitFor(d -> browser.find(row + " .key-status").getText().equals("DISABLED"));
        browser.screenshot("keys-disabled");
        assertThat(verify(s, key[1])).isEqualTo("DISABLED");

        browser.clickAndWait(browser.find(row + " button.toggle-active"));
        browser.waitFor(d -> browser.find(row + " .key-status").getText().equals("ACTIVE"));
        assertThat(verify(s, key[1])).isEqualTo("VALID");
    }

    @Test
    void revokingAsksForThePin() {
        Setup s = Setup.create();
        String[] key = s.key("Old integration");
        signIn(s.account().ownerEmail(), Api.PASSWORD);
        browser.open(url(keysPage(s)));
        String row = "tr[data-key-id='" + key[0] + "']";
        browser.clickAndWait(browser.find(row + " a.revoke"));
        browser.find("input#pin").sendKeys("000000");
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find(".form-error").isDisplayed()).isTrue();
        assertThat(verify(s, key[1])).as("a wrong PIN revokes nothing").isEqualTo("VALID");

        browser.find("input#pin").sendKeys(Api.PIN);
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find(".flash").isDisplayed()).isTrue();
        assertThat(browser.find(row + " .key-status").getText()).isEqualTo("REVOKED");
        assertThat(verify(s, key[1])).isEqualTo("REVOKED");
    }

    @Test
    void wrongCredentialsAreExplainedOnTheSignInPage() {
        browser.open(url("/console/sign-in"));
        browser.find("input#email").sendKeys("nobody@example.com");
        browser.find("input#password").sendKeys("not-the-password");
        browser.clickAndWait(browser.find("button#sign-in"));
        assertThat(browser.find(".form-error").getText()).isNotBlank();
        assertThat(browser.has("button#sign-out")).isFalse();
        browser.screenshot("sign-in-refused");
    }

    @Test
    void aMemberIsNotShownTheKeysPage() {
        Setup s = Setup.create();
        s.key("Hidden from members");
        Api.Person member = Api.member(s.account(), "MEMBER");
        signIn(member.email(), Api.PASSWORD);
        browser.open(url(keysPage(s)));
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");
        assertThat(browser.has("tr[data-key-id]")).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain("Hidden from members");
        browser.screenshot("not-allowed");
    }

    @Test
    void anOperatorApprovesAnAccessRequest() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        String products = "/v1/accounts/" + account.id() + "/products";
        String requestId = as(account.ownerToken())
                .body(Map.of("intendedStartDate", "2026-12-01", "useCase", "Sync payments to our ERP"))
                .post(products + "/" + product + "/access-request")
                .then()
                .statusCode(201)
                .extract()
                .path("requestId");

        signIn(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD);
        browser.open(url("/console/operator/access-requests"));
        assertThat(browser.find("h1").getText()).isEqualTo("Access requests");
        String row = "tr[data-request-id='" + requestId + "']";
        browser.find(row);
        browser.screenshot("access-requests");
        browser.clickAndWait(browser.find(row + " button.approve"));
        browser.waitFor(d -> !browser.has(row));

        as(account.ownerToken())
                .get(products)
                .then()
                .statusCode(200)
                .body("find { it.code == '" + product + "' }.access.state", org.hamcrest.Matchers.equalTo("ENABLED"));
    }

    @Test
    void signingInNeedsOnlyTheKeyboard() {
        Setup s = Setup.create();
        browser.open(url("/console/sign-in"));
        WebDriver driver = browser.driver();
        Actions keyboard = new Actions(driver);
        for (int i = 0;
                i < 20 && !"email".equals(driver.switchTo().activeElement().getAttribute("id"));
                i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id"))
                .as("Tab reaches the email field")
                .isEqualTo("email");
        keyboard.sendKeys(s.account().ownerEmail()).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        keyboard.sendKeys(Api.PASSWORD).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("sign-in");
        browser.screenshot("sign-in");
        keyboard.sendKeys(Keys.ENTER).perform();
        assertThat(browser.find("button#sign-out").isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).contains(keysPage(s));
    }

    @Test
    void theKeysPageFitsAPhone() {
        Setup s = Setup.create();
        s.key("Marketing Automation");
        s.key("Front desk tablet with a rather long descriptive name");
        try (Browser phone = Browser.phone()) {
            phone.open(url("/console/sign-in"));
            phone.find("input#email").sendKeys(s.account().ownerEmail());
            phone.find("input#password").sendKeys(Api.PASSWORD);
            phone.clickAndWait(phone.find("button#sign-in"));
            phone.open(url(keysPage(s)));
            assertThat(phone.find("h1").getText()).isEqualTo("API keys");
            phone.screenshot("keys-phone");
            Number scrollWidth = (Number) phone.script("return document.documentElement.scrollWidth");
            Number innerWidth = (Number) phone.script("return window.innerWidth");
            assertThat(innerWidth.intValue()).as("the emulated phone's width").isEqualTo(390);
            assertThat(scrollWidth.intValue())
                    .as("no horizontal scrolling at 390 px")
                    .isLessThanOrEqualTo(innerWidth.intValue());
        }
    }

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolations() {
        Setup s = Setup.create();
        s.key("Marketing Automation");
        List<String> violations = new ArrayList<>();
        browser.open(url("/console/sign-in"));
        violations.addAll(Axe.seriousViolations(browser, "sign-in"));
        signIn(s.account().ownerEmail(), Api.PASSWORD);
        browser.open(url(keysPage(s)));
        browser.find("tr[data-key-id]");
        violations.addAll(Axe.seriousViolations(browser, "keys"));
        browser.open(url(keysPage(s) + "/new"));
        browser.find("input#name");
        violations.addAll(Axe.seriousViolations(browser, "generate"));
        generate(s, "Accessibility check", "axe-", page -> violations.addAll(Axe.seriousViolations(page, "confirm")));
        violations.addAll(Axe.seriousViolations(browser, "show-once"));
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    /**
     * Fills the generate form (already open), confirms with the PIN and returns the secret shown once; the
     * screenshots' names start with the prefix.
     */
    private String generate(Setup s, String name, String shots, Consumer<Browser> onConfirmPage) {
        Select product = new Select(browser.find("select#product"));
        WebElement option = product.getOptions().stream()
                .filter(o -> s.product().equals(o.getAttribute("value"))
                        || o.getText().contains(s.product()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option for product " + s.product()));
        product.selectByValue(option.getAttribute("value"));
        browser.find("input#name").sendKeys(name);
        WebElement write = browser.find("input[name=scopes][value=write]");
        if (!write.isSelected()) {
            write.click();
        }
        browser.screenshot(shots + "generate");
        browser.clickAndWait(browser.find("button#continue"));
        browser.find("input#pin").sendKeys(Api.PIN);
        browser.screenshot(shots + "confirm-pin");
        if (onConfirmPage != null) {
            onConfirmPage.accept(browser);
        }
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find("h1").getText()).contains("Copy your key now");
        assertThat(browser.has("button#copy")).isTrue();
        assertThat(browser.has("a#done")).isTrue();
        browser.screenshot(shots + "show-once");
        return browser.find("code#secret").getText().strip();
    }

    private void signIn(String email, String password) {
        browser.open(url("/console/sign-in"));
        browser.find("input#email").sendKeys(email);
        browser.find("input#password").sendKeys(password);
        browser.clickAndWait(browser.find("button#sign-in"));
        assertThat(browser.find("button#sign-out").isDisplayed()).isTrue();
    }

    private static String verify(Setup s, String secret) {
        return as(s.verifier().token())
                .body(Map.of("key", secret, "product", s.product(), "clientIp", "203.0.113.7"))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static String keysApi(Setup s) {
        return "/v1/accounts/" + s.account().id() + "/keys";
    }

    private static String keysPage(Setup s) {
        return "/console/accounts/" + s.account().id() + "/keys";
    }

    private URI url(String path) {
        return root.resolve(path);
    }

    /** An approved account with a "Payments" product enabled and a verifier client for it. */
    private record Setup(String product, String prefix, Api.Account account, Api.Verifier verifier) {

        static Setup create() {
            String operator = Api.operator();
            int n = Api.next();
            StringBuilder prefix = new StringBuilder("pay");
            for (int v = n; v > 0; v /= 26) {
                prefix.append((char) ('a' + v % 26));
            }
            String code = "payments-" + n;
            as(operator)
                    .body(Map.of(
                            "code", code,
                            "name", "Payments " + n,
                            "keyPrefix", prefix.toString(),
                            "scopes", List.of("read", "write", "refund"),
                            "defaultScopes", List.of("read")))
                    .post("/v1/products")
                    .then()
                    .statusCode(201);
            Api.Account account = Api.account(operator, null);
            Api.enable(operator, account.id(), code);
            return new Setup(code, prefix.toString(), account, Api.verifier(operator, code));
        }

        /** A key generated as the owner through the API: {@code [id, secret]}. */
        String[] key(String name) {
            var created = as(account.ownerToken())
                    .body(Map.of("product", product, "name", name, "pin", Api.PIN))
                    .post("/v1/accounts/" + account.id() + "/keys");
            created.then().statusCode(201);
            return new String[] {created.path("id"), created.path("secret")};
        }
    }
}
