package dev.keysmith.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Request ids (taken or made, always echoed) and one access-log line per request, link tokens masked. */
@QuarkusTest
class RequestTrailTest {

    @Test
    void aPlainRequestIdIsEchoedAndAnythingElseIsReplacedByANewOne() {
        assertThat(given().header("X-Request-Id", "lb-7f3a:42")
                        .get("/q/health/live")
                        .header("X-Request-Id"))
                .isEqualTo("lb-7f3a:42");
        String made = given().get("/q/health/live").header("X-Request-Id");
        assertThat(UUID.fromString(made)).isNotNull();
        String replaced = given().header("X-Request-Id", "a b\"<script>")
                .get("/v1/me")
                .then()
                .statusCode(401)
                .extract()
                .header("X-Request-Id");
        assertThat(UUID.fromString(replaced)).isNotNull();
    }

    @Test
    void everyRequestLeavesOneAccessLineWithItsIdAndNoLinkToken() throws InterruptedException {
        String token = "invitation-token-" + UUID.randomUUID();
        String id = "access-" + UUID.randomUUID();
        try (LogCapture log = LogCapture.configuredLevels()) {
            int status = given().contentType(ContentType.JSON)
                    .header("X-Request-Id", id)
                    .body(Map.of("displayName", "Someone", "password", "a long enough password", "pin", "482916"))
                    .post("/v1/invitations/" + token + "/accept?trace=" + token)
                    .statusCode();

            // The line is written when the response has been sent, so it may come just after the client has it.
            List<String> lines = log.awaitLines(
                    line -> line.startsWith("dev.keysmith.access") && line.contains(id), Duration.ofSeconds(10));
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0))
                    .contains("POST", "/v1/invitations/{token}/accept", " " + status + " ", "127.0.0.1")
                    .doesNotContain(token);
            assertThat(log.everything()).doesNotContain(token);
        }
    }

    @Test
    void linkTokensAreMaskedInEveryPathThatCarriesOne() {
        assertThat(RequestTrail.masked("/reveal/abcDEF123")).isEqualTo("/reveal/{token}");
        assertThat(RequestTrail.masked("/v1/deliveries/abc/reveal")).isEqualTo("/v1/deliveries/{token}/reveal");
        assertThat(RequestTrail.masked("/v1/operator-invitations/abc/accept"))
                .isEqualTo("/v1/operator-invitations/{token}/accept");
        assertThat(RequestTrail.masked("/console/invitations/abc")).isEqualTo("/console/invitations/{token}");
        assertThat(RequestTrail.masked("/v1/accounts/5f0c/keys")).isEqualTo("/v1/accounts/5f0c/keys");
        assertThat(RequestTrail.masked("/v1/\u001b[31mred\u00e9")).isEqualTo("/v1/\\u001B[31mred\\u00E9");
    }
}
