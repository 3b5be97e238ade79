package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.bootstrap.delivery.DeliveryProfile;
import dev.keysmith.bootstrap.delivery.SmsSink;
import dev.keysmith.bootstrap.mail.SmtpProfile;
import dev.keysmith.bootstrap.mail.TestSmtpServer;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin adds an API user in a real headless Chromium and generates a key for them with the PIN: the console
 * shows no secret, only that it was sent. The email (real SMTP, GreenMail) and the SMS (a real local HTTP gateway)
 * arrive; the API user opens the link in the browser, enters the code and reads the key once; unticking "active"
 * makes it answer DISABLED. axe-core checks every new page; screenshots go to {@code bootstrap/target/screenshots/}.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
class ConsoleIntegratorBrowserTest extends ConsoleInChromium {

    private static final Pattern LINK = Pattern.compile("/reveal/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    @TestHTTPResource("/")
    URI root;

    @Inject
    DeliverOutboxUseCase outbox;

    @SmtpProfile.Smtp
    TestSmtpServer smtp;

    @DeliveryProfile.Sms
    SmsSink sms;

    @Test
    void anApiUserGetsTheirKeyByLinkAndCodeAndTheActiveBoxSwitchesItOff() throws Exception {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        int n = Api.next();
        String email = "api-user" + n + "@integrator.example";
        String phone = "+447911" + String.format("%06d", n % 1_000_000);
        List<String> violations = new ArrayList<>();

        signIn(f.account().ownerEmail());
        browser.open(url(keysPage(f)));
        browser.clickAndWait(browser.find("a#nav-integrators"));
        assertThat(browser.find("h1").getText()).isEqualTo("API users");
        violations.addAll(Axe.seriousViolations(browser, "integrators-empty"));
        browser.find("input#integrator-name").sendKeys("Box office web team");
        browser.find("input#integrator-email").sendKeys(email);
        browser.find("input#integrator-phone").sendKeys("07911 123456");
        browser.clickAndWait(browser.find("button#add-integrator"));
        assertThat(browser.find("#phone-error").getText()).contains("country code");
        violations.addAll(Axe.seriousViolations(browser, "integrators-refused"));
        browser.screenshot("integrators-refused");
        WebElement phoneField = browser.find("input#integrator-phone");
        phoneField.clear();
        phoneField.sendKeys(phone);
        browser.clickAndWait(browser.find("button#add-integrator"));
        assertThat(browser.find(".flash").getText()).contains("The API user is added");
        assertThat(browser.find(".integrator-phone").getText()).isEqualTo(phone);
        violations.addAll(Axe.seriousViolations(browser, "integrators"));
        browser.screenshot("integrators");

        browser.open(url(keysPage(f) + "/new"));
        browser.find("input#name").sendKeys("Ticketing site");
        new Select(browser.find("select#integrator")).selectByVisibleText("Box office web team (" + email + ")");
        violations.addAll(Axe.seriousViolations(browser, "generate-for-api-user"));
        browser.screenshot("generate-for-api-user");
        browser.clickAndWait(browser.find("button#continue"));
        assertThat(browser.find(".confirm-integrator").getText()).contains("Box office web team");
        violations.addAll(Axe.seriousViolations(browser, "generate-confirm-for-api-user"));
        browser.find("input#pin").sendKeys(Api.PIN);
        browser.clickAndWait(browser.find("button#confirm"));
        assertThat(browser.find("h1").getText()).isEqualTo("Key sent to Box office web team");
        assertThat(browser.find(".sent-email").getText()).isEqualTo(email);
        assertThat(browser.find(".sent-phone").getText()).isEqualTo(phone);
        assertThat(browser.find(".link-expires").getText()).endsWith("UTC");
        assertThat(browser.has("code#secret"))
                .as("no secret for the administrator")
                .isFalse();
        violations.addAll(Axe.seriousViolations(browser, "key-sent"));
        browser.screenshot("key-sent");
        String sentPage = browser.driver().getPageSource();

        browser.clickAndWait(browser.find("a#to-key"));
        assertThat(browser.find(".key-integrator").getText()).contains("Box office web team");
        assertThat(browser.find(".delivery-state").getText()).startsWith("sent:");
        assertThat(browser.has("button#send-again")).isTrue();
        violations.addAll(Axe.seriousViolations(browser, "key-delivery"));
        browser.screenshot("key-delivery");
        String keyPage = browser.driver().getCurrentUrl();

        sendDue();
        String token = linkTo(email);
        String code = codeTo(phone);
        assertThat(sentPage).doesNotContain(token, "code: " + code);
        browser.open(url("/reveal/" + token));
        assertThat(browser.find("h1").getText()).isEqualTo("Your API key");
        violations.addAll(Axe.seriousViolations(browser, "reveal"));
        browser.find("input#code").sendKeys(code);
        browser.screenshot("reveal");
        browser.clickAndWait(browser.find("button#reveal"));
        String secret = browser.find("code#secret").getText().strip();
        assertThat(secret).startsWith(f.prefix() + "_");
        violations.addAll(Axe.seriousViolations(browser, "reveal-shown"));
        browser.screenshot("reveal-shown");
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");
        browser.open(url("/reveal/" + token));
        assertThat(browser.driver().getPageSource())
                .as("the link shows the key once")
                .doesNotContain(secret);

        browser.open(URI.create(keyPage));
        assertThat(browser.find(".delivery-state").getText()).startsWith("revealed:");
        assertThat(browser.has("button#send-again")).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        browser.clickAndWait(browser.find(".key-integrator a"));
        assertThat(browser.find("h1").getText()).isEqualTo("Box office web team");
        WebElement active = browser.find("input#integrator-active");
        assertThat(active.isSelected()).isTrue();
        active.click();
        violations.addAll(Axe.seriousViolations(browser, "integrator"));
        browser.screenshot("integrator");
        browser.clickAndWait(browser.find("button#save"));
        assertThat(browser.find(".flash").getText()).contains("answer DISABLED");
        assertThat(browser.find("input#integrator-active").isSelected()).isFalse();
        browser.screenshot("integrator-inactive");
        assertThat(verify(verifier, f, secret)).isEqualTo("DISABLED");
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    private void signIn(String email) {
        browser.open(url("/console/sign-in"));
        browser.find("input#email").sendKeys(email);
        browser.find("input#password").sendKeys(Api.PASSWORD);
        browser.clickAndWait(browser.find("button#sign-in"));
        assertThat(browser.find("button#sign-out").isDisplayed()).isTrue();
    }

    /** Sends everything due, round after round (other tests' messages may be due too). */
    private void sendDue() {
        for (int i = 0; i < 100; i++) {
            DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(Caller.system()));
            if (round.sent() == 0 && round.failures().isEmpty()) {
                return;
            }
        }
    }

    /** The token of the newest link emailed to the address. */
    private String linkTo(String email) throws Exception {
        String token = null;
        for (MimeMessage message : smtp.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(email))) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
                assertThat(link.find()).as("a link in the email").isTrue();
                token = link.group(1);
            }
        }
        assertThat(token).as("an email to %s", email).isNotNull();
        return token;
    }

    /** The code of the newest SMS to the phone. */
    private String codeTo(String phone) {
        List<SmsSink.Received> received = sms.to(phone);
        assertThat(received).as("an SMS to %s", phone).isNotEmpty();
        Matcher code = CODE.matcher(received.get(received.size() - 1).body());
        assertThat(code.find()).as("a code in the SMS").isTrue();
        return code.group(1);
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

    private URI url(String path) {
        return root.resolve(path);
    }
}
