package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The operators' pages in a real headless Chromium: open and approve an account, create a verifier client and read
 * its secret once, look into an account through the support view; axe-core on every operator page. Screenshots go
 * to {@code bootstrap/target/screenshots/operator-*.png}.
 */
@QuarkusTest
class ConsoleOperatorBrowserTest extends ConsoleInChromium {

    @TestHTTPResource("/")
    URI root;

    @Test
    void anOperatorOpensAndApprovesAnAccount() {
        int n = Api.next();
        List<String> violations = new ArrayList<>();
        signInAsOperator();
        browser.open(url("/console/operator/accounts"));
        assertThat(browser.find("h1").getText()).isEqualTo("Accounts");
        violations.addAll(Axe.seriousViolations(browser, "operator-accounts"));

        browser.find("input#account-name").sendKeys("Harbour Clinic " + n);
        browser.find("input#owner-email").sendKeys("harbour" + n + "@example.com");
        browser.find("input#owner-name").sendKeys("Harbour owner");
        browser.screenshot("operator-accounts");
        clickAndWait(browser.find("button#create-account"));

        assertThat(browser.find("h1").getText()).isEqualTo("Account opened");
        assertThat(browser.find("code#secret").getText()).startsWith("/console/invitations/");
        violations.addAll(Axe.seriousViolations(browser, "operator-account-created"));
        browser.screenshot("operator-account-created");
        clickAndWait(browser.find("a#done"));

        assertThat(browser.find("h1").getText()).isEqualTo("Harbour Clinic " + n);
        assertThat(browser.find("dd.account-status").getText()).isEqualTo("ONBOARDING");
        clickAndWait(browser.find("button#approve"));
        assertThat(browser.find(".flash").isDisplayed()).isTrue();
        assertThat(browser.find("dd.account-status").getText()).isEqualTo("APPROVED");
        assertThat(browser.has("button#suspend")).isTrue();
        violations.addAll(Axe.seriousViolations(browser, "operator-account"));
        browser.screenshot("operator-account");

        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void anOperatorCreatesAVerifierClientAndReadsItsSecretOnce() {
        String[] product = Api.product(Api.operator());
        int n = Api.next();
        List<String> violations = new ArrayList<>();
        signInAsOperator();
        browser.open(url("/console/operator/verifier-clients"));
        assertThat(browser.find("h1").getText()).isEqualTo("Verifier clients");
        violations.addAll(Axe.seriousViolations(browser, "operator-verifier-clients"));

        browser.find("input#client-name").sendKeys("Bookings backend " + n);
        browser.find("input#client-product-" + product[0]).click();
        clickAndWait(browser.find("button#create-client"));

        assertThat(browser.find("h1").getText()).isEqualTo("Copy the client secret now");
        assertThat(browser.has("button#copy")).isTrue();
        String clientId = browser.find("code#client-id").getText().strip();
        String secret = browser.find("code#secret").getText().strip();
        violations.addAll(Axe.seriousViolations(browser, "operator-verifier-secret"));
        browser.screenshot("operator-verifier-secret");
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/v1/auth/token")
                .then()
                .statusCode(200);

        browser.driver().navigate().back();
        assertThat(browser.driver().getPageSource())
                .as("going back from the secret page does not show the secret")
                .doesNotContain(secret);
        browser.open(url("/console/operator/verifier-clients"));
        String row = "tr[data-client-id] code.client-id";
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(row)))
                .extracting(e -> e.getText().strip())
                .contains(clientId);
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        browser.screenshot("operator-verifier-clients");
        clickAndWait(browser.find("tr[data-client-id] a.roll"));
        assertThat(browser.has("input#pin")).isTrue();
        violations.addAll(Axe.seriousViolations(browser, "operator-verifier-roll"));
        browser.screenshot("operator-verifier-roll");

        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theCatalogueAndItsEditPageAreAccessible() {
        String[] product = Api.product(Api.operator());
        List<String> violations = new ArrayList<>();
        signInAsOperator();
        browser.open(url("/console/operator/products"));
        assertThat(browser.find("h1").getText()).isEqualTo("Catalogue");
        browser.find("tr[data-product='" + product[0] + "']");
        violations.addAll(Axe.seriousViolations(browser, "operator-products"));
        browser.screenshot("operator-products");
        clickAndWait(browser.find("tr[data-product='" + product[0] + "'] a.edit"));
        assertThat(browser.find("input#product-name").getAttribute("value")).startsWith("Product ");
        browser.find("input#product-defaults").clear();
        browser.find("input#product-defaults").sendKeys("nonsense");
        clickAndWait(browser.find("button#save-product"));
        assertThat(browser.find("#product-defaults-error").getText()).contains("Default scopes");
        violations.addAll(Axe.seriousViolations(browser, "operator-product"));
        browser.screenshot("operator-product-refused");

        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void anOperatorLooksIntoAnAccountThroughTheSupportView() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        String hint = as(f.account().ownerToken()).get(f.keys() + "/" + key[0]).path("hint");
        signInAsOperator();
        browser.open(url("/console/operator/accounts/" + f.account().id()));
        clickAndWait(browser.find("a#support-view"));

        assertThat(browser.find("h1").getText()).startsWith("Support view");
        assertThat(browser.find("tr[data-key-id='" + key[0] + "'] .key-hint").getText())
                .isEqualTo(hint);
        assertThat(browser.driver().getPageSource()).doesNotContain(key[1]);
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("tr.audit-event .audit-action")))
                .extracting(e -> e.getText())
                .contains("SUPPORT_VIEW_OPENED", "KEY_GENERATED");
        List<String> violations = Axe.seriousViolations(browser, "operator-support");
        browser.screenshot("operator-support");

        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    private void signInAsOperator() {
        browser.open(url("/console/sign-in"));
        browser.find("input#email").sendKeys(Api.OPERATOR_EMAIL);
        browser.find("input#password").sendKeys(Api.OPERATOR_PASSWORD);
        clickAndWait(browser.find("button#sign-in"));
        assertThat(browser.find("button#sign-out").isDisplayed()).isTrue();
    }

    /**
     * Clicks something that loads a page and waits until the old element is gone. Chromium sometimes answers the
     * staleness check of a node whose document just went away with an inspector error instead of a stale-element
     * one; both mean the old page is gone.
     */
    private static void clickAndWait(WebElement element) {
        browser.clickAndWait(element);
    }

    private URI url(String path) {
        return root.resolve(path);
    }
}
