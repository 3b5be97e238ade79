package dev.keysmith.bootstrap.delivery;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.bootstrap.mail.SmtpProfile;
import dev.keysmith.bootstrap.mail.TestSmtpServer;
import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new account over real SMTP (GreenMail): the owner's invitation email links to the console's acceptance page at
 * {@code KEYSMITH_PUBLIC_URL}, the owner joins with the emailed token, and the account starts with the products
 * the operator enabled by default. The outbox worker is driven by hand.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
class NewAccountByEmailTest {

    private static final Pattern CONSOLE_LINK = Pattern.compile(
            Pattern.quote(DeliveryProfile.PUBLIC_URL) + "(/console/invitations/([A-Za-z0-9_-]{43}))\\r?\\n");
    private static final Pattern API_LINK = Pattern.compile(
            "POST " + Pattern.quote(DeliveryProfile.PUBLIC_URL) + "/v1/invitations/([A-Za-z0-9_-]{43})/accept");

    @Inject
    DeliverOutboxUseCase outbox;

    @SmtpProfile.Smtp
    TestSmtpServer smtp;

    private void sendDue() {
        for (int i = 0; i < 100; i++) {
            DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(Caller.system()));
            if (round.sent() == 0 && round.failures().isEmpty()) {
                return;
            }
        }
    }

    private String bodyTo(String email) throws Exception {
        for (MimeMessage message : smtp.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(email))) {
                return (String) message.getContent(); // decoded: long lines travel quoted-printable
            }
        }
        throw new AssertionError("no email to " + email);
    }

    @Test
    void theOwnerJoinsByTheEmailedLinkAndTheAccountStartsWithTheProductsEnabledByDefault() throws Exception {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        setDefault(operator, product, true);
        try {
            int n = Api.next();
            String email = "emailed-owner" + n + "@example.com";
            String accountId = as(operator)
                    .body(Map.of("name", "Emailed " + n, "owner", Map.of("email", email, "displayName", "Owner " + n)))
                    .post("/v1/accounts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            sendDue();

            // The email links to the console's acceptance page at the public URL, and names the API's address.
            String body = bodyTo(email);
            Matcher page = CONSOLE_LINK.matcher(body);
            assertThat(page.find()).as("the console link in: %s", body).isTrue();
            Matcher api = API_LINK.matcher(body);
            assertThat(api.find()).as("the API address in: %s", body).isTrue();
            String token = page.group(2);
            assertThat(api.group(1)).isEqualTo(token);
            // The page the link names is the console's, and it knows the invitation.
            given().get(page.group(1)).then().statusCode(200);

            Api.accept(token, "Owner " + n);
            as(operator).post("/v1/accounts/" + accountId + "/approve").then().statusCode(200);
            String owner = Api.login(email, Api.PASSWORD);

            as(owner)
                    .body(Map.of("product", product, "name", "Default", "pin", Api.PIN))
                    .post("/v1/accounts/" + accountId + "/keys")
                    .then()
                    .statusCode(201);
        } finally {
            // The database is shared with every other test class: later accounts must not get this product.
            setDefault(operator, product, false);
        }
    }

    private static void setDefault(String operator, String product, boolean enabled) {
        as(operator)
                .body(Map.of("enabledByDefault", enabled))
                .put("/v1/products/" + product + "/enabled-by-default")
                .then()
                .statusCode(200)
                .body("enabledByDefault", equalTo(enabled));
    }
}
