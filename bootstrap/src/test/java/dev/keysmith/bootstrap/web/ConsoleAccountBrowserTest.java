package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's account pages in a real headless Chromium: products and access requests, notifications, the audit
 * trail and members, each checked with axe-core. Screenshots go to {@code bootstrap/target/screenshots/}.
 */
@QuarkusTest
class ConsoleAccountBrowserTest extends ConsoleInChromium {

    @TestHTTPResource("/")
    URI root;

    @Inject
    NotificationPort notifications;

    @Inject
    TestClock clock;

    @Test
    void aSuperadminRequestsAccessToAProduct() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        signIn(account.ownerEmail());
        List<String> violations = new ArrayList<>();

        browser.open(url(page(account.id(), "products")));
        assertThat(browser.find("h1").getText()).isEqualTo("Products");
        String row = "tr[data-product='" + product + "']";
        assertThat(browser.find(row + " .product-state").getText()).isEqualTo("Not requested");
        violations.addAll(Axe.seriousViolations(browser, "products"));
        browser.clickAndWait(browser.find(row + " a.request-access"));
        // What a date field expects typed depends on the browser's locale; its value is always yyyy-mm-dd.
        browser.script("arguments[0].value = '2030-03-01'", browser.find("input#intended-start"));
        browser.find("textarea#use-case").sendKeys("Sync bookings with our clinic software");
        browser.screenshot("account-product-request");
        violations.addAll(Axe.seriousViolations(browser, "product-request"));
        browser.clickAndWait(browser.find("button#request"));

        assertThat(browser.find(".flash").isDisplayed()).isTrue();
        assertThat(browser.find(row + " .product-state").getText()).isEqualTo("Requested: waiting for an operator");
        assertThat(browser.find(row + " .product-start").getText()).isEqualTo("2030-03-01");
        browser.screenshot("account-products");
        assertThat(as(account.ownerToken())
                        .get("/v1/accounts/" + account.id() + "/products")
                        .jsonPath()
                        .getString("find { it.code == '" + product + "' }.access.useCase"))
                .isEqualTo("Sync bookings with our clinic software");
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void anAdminReadsAWarningAndMarksItAsRead() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        notifications.insertNotifications(List.of(Notification.post(
                AccountId.parse(f.account().id()),
                NotificationKind.KEY_EXPIRY_WARNING,
                "Marketing Automation expires in 7 days",
                "The key Marketing Automation has not been used for 83 days. Use it before 2031-03-04 or it expires.",
                ApiKeyId.parse(keyId),
                new ProductCode(f.product()),
                LocalDate.of(2031, 3, 4),
                clock.instant())));
        signIn(Api.member(f.account(), "ADMIN").email());
        List<String> violations = new ArrayList<>();

        browser.open(url(page(f.account().id(), "keys")));
        assertThat(browser.find("a#nav-notifications").getText()).contains("Notifications", "1");
        assertThat(browser.find("#unread-count").getText()).startsWith("1");
        browser.clickAndWait(browser.find("a#nav-notifications"));
        assertThat(browser.find("h1").getText()).isEqualTo("Notifications");
        assertThat(browser.find("li.notification.unread .notification-title").getText())
                .contains("Marketing Automation expires in 7 days");
        browser.screenshot("account-notifications");
        violations.addAll(Axe.seriousViolations(browser, "notifications"));
        browser.clickAndWait(browser.find("li.notification button.mark-read"));

        assertThat(browser.has("li.notification.unread")).isFalse();
        assertThat(browser.has("#unread-count"))
                .as("the header's count is gone")
                .isFalse();
        assertThat(browser.find("li.notification .notification-title").getText())
                .contains("Marketing Automation expires in 7 days");
        browser.clickAndWait(browser.find("a#show-unread"));
        assertThat(browser.find(".empty").getText()).isEqualTo("No unread notifications.");
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void anAdminFiltersTheAuditTrail() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        as(f.account().ownerToken())
                .post(f.keys() + "/" + key[0] + "/disable")
                .then()
                .statusCode(200);
        signIn(f.account().ownerEmail());
        List<String> violations = new ArrayList<>();

        browser.open(url(page(f.account().id(), "audit")));
        assertThat(browser.find("h1").getText()).isEqualTo("Audit trail");
        assertThat(actions()).contains("Key generated", "Key disabled");
        violations.addAll(Axe.seriousViolations(browser, "audit"));
        new Select(browser.find("select#filter-action")).selectByValue("KEY_DISABLED");
        browser.clickAndWait(browser.find("button#filter"));

        assertThat(actions()).containsOnly("Key disabled");
        assertThat(browser.find("tr[data-action] .event-actor").getText()).isEqualTo("you");
        assertThat(browser.find("tr[data-action] .event-target").getText()).contains(key[0]);
        browser.screenshot("account-audit-filtered");
        browser.find("input#filter-key").sendKeys(key[0]);
        new Select(browser.find("select#filter-action")).selectByValue("");
        browser.clickAndWait(browser.find("button#filter"));
        assertThat(actions()).containsExactly("Key disabled", "Key generated");
        assertThat(browser.driver().getPageSource()).doesNotContain(key[1]);
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void aSuperadminInvitesAMember() {
        KeyFixture f = KeyFixture.create();
        signIn(f.account().ownerEmail());
        List<String> violations = new ArrayList<>();
        String email = "invited" + Api.next() + "@example.com";

        browser.open(url(page(f.account().id(), "members")));
        assertThat(browser.find("h1").getText()).isEqualTo("Members");
        violations.addAll(Axe.seriousViolations(browser, "members"));
        browser.find("input#invite-email").sendKeys(email);
        new Select(browser.find("select#invite-role")).selectByValue("ADMIN");
        browser.clickAndWait(browser.find("button#invite"));

        String link = browser.find("code#invitation-link").getText().strip();
        assertThat(link).contains("/console/invitations/");
        assertThat(browser.find("li.pending-invitation").getText()).contains(email, "Admin");
        browser.screenshot("account-members-invited");
        violations.addAll(Axe.seriousViolations(browser, "members-invited"));
        String userId = Api.accept(link.substring(link.lastIndexOf('/') + 1), "Grace Hopper");

        browser.open(url(page(f.account().id(), "members")));
        String row = "tr[data-user-id='" + userId + "']";
        assertThat(browser.find(row + " .member-role").getText()).isEqualTo("Admin");
        new Select(browser.find(row + " select")).selectByValue("MEMBER");
        browser.clickAndWait(browser.find(row + " button.change-role"));
        assertThat(browser.find(row + " .member-role").getText()).isEqualTo("Member");
        browser.screenshot("account-members");
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void aMemberSeesTheAccountAndNothingOfItsKeys() {
        KeyFixture f = KeyFixture.create();
        f.key(null);
        signIn(Api.member(f.account(), "MEMBER").email());

        assertThat(browser.driver().getCurrentUrl()).endsWith(page(f.account().id(), ""));
        assertThat(browser.find("#account-status").getText()).isEqualTo("APPROVED");
        assertThat(browser.has("a#nav-keys")).isFalse();
        assertThat(browser.has("a#nav-audit")).isFalse();
        browser.screenshot("account-home-member");
        assertThat(Axe.seriousViolations(browser, "account-home")).isEmpty();
    }

    private List<String> actions() {
        return browser.driver().findElements(By.cssSelector("tr[data-action] .event-action")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void signIn(String email) {
        browser.open(url("/console/sign-in"));
        browser.find("input#email").sendKeys(email);
        browser.find("input#password").sendKeys(Api.PASSWORD);
        browser.clickAndWait(browser.find("button#sign-in"));
        assertThat(browser.find("button#sign-out").isDisplayed()).isTrue();
    }

    private static String page(String accountId, String page) {
        return "/console/accounts/" + accountId + (page.isEmpty() ? "" : "/" + page);
    }

    private URI url(String path) {
        return root.resolve(path);
    }
}
