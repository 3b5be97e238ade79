package dev.keysmith.bootstrap.metrics;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** After a few verifications, sign-ins and a sweep, the management port's /q/metrics shows Keysmith's series. */
@QuarkusTest
class MetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void verificationsAreCountedByProductAndOutcomeWithALatencyHistogram() {
        KeyFixture f = KeyFixture.create();
        String secret = f.key(null)[1];
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        double validBefore = value(scrape(), verifications(f.product(), "VALID"));

        for (String key : new String[] {secret, secret, f.prefix() + "_live_nonsense"}) {
            as(verifier.token())
                    .body(Map.of("key", key, "product", f.product()))
                    .post("/v1/keys/verify")
                    .then()
                    .statusCode(200);
        }

        String text = scrape();
        assertThat(value(text, verifications(f.product(), "VALID"))).isEqualTo(validBefore + 2);
        assertThat(value(text, verifications(f.product(), "MALFORMED"))).isEqualTo(1);
        assertThat(text).contains("keysmith_verifications_seconds_bucket{code=\"VALID\",product=\"" + f.product());
    }

    @Test
    void signInsAreCountedByOutcome() {
        double before = value(scrape(), "keysmith_sign_ins_total{outcome=\"failure\",who=\"user\"}");
        given().contentType("application/json")
                .body(Map.of("email", "nobody-" + Api.next() + "@example.com", "password", "not the password"))
                .post("/v1/auth/login")
                .then()
                .statusCode(401);
        Api.operator();

        String text = scrape();
        assertThat(value(text, "keysmith_sign_ins_total{outcome=\"failure\",who=\"user\"}"))
                .isEqualTo(before + 1);
        assertThat(value(text, "keysmith_sign_ins_total{outcome=\"success\",who=\"user\"}"))
                .isPositive();
    }

    @Test
    void sweepsAreTimedAndTheDatabasePoolIsShown() {
        as(Api.operator()).post("/v1/maintenance/expiry-sweep").then().statusCode(200);

        String text = scrape();
        assertThat(value(text, "keysmith_sweeps_seconds_count{skipped=\"false\"}"))
                .isPositive();
        assertThat(text).contains("keysmith_sweep_keys_total{stage=\"expired\"}");
        assertThat(text).contains("agroal_");
    }

    @Test
    void theOutboxBacklogCountsMessagesWaitingPerChannel() {
        double before = value(scrape(), "keysmith_outbox_backlog{channel=\"email\"}");

        Api.account(Api.operator(), null); // its owner's invitation waits: the outbox worker is off in tests

        String text = scrape();
        assertThat(value(text, "keysmith_outbox_backlog{channel=\"email\"}")).isGreaterThan(before);
        assertThat(text).contains("keysmith_outbox_backlog{channel=\"sms\"}");
    }

    @Test
    void everySeriesTheDashboardDrawsIsServed() throws Exception {
        verificationsAreCountedByProductAndOutcomeWithALatencyHistogram();
        sweepsAreTimedAndTheDatabasePoolIsShown();
        String dashboard = Files.readString(Path.of("../deploy/grafana/keysmith-dashboard.json"));
        Matcher names = Pattern.compile("\\b((?:keysmith|agroal|jvm|http_server)_[a-z_]+)")
                .matcher(dashboard);
        String text = scrape();
        int checked = 0;
        while (names.find()) {
            String name = names.group(1);
            if (name.equals("keysmith_outbox_failures_total")) {
                continue; // appears with the first failed attempt, tagged with its kind
            }
            assertThat(text).as(name).contains(name);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static String verifications(String product, String code) {
        return "keysmith_verifications_seconds_count{code=\"" + code + "\",product=\"" + product + "\"}";
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of one series in Prometheus text, 0 when it is not there yet. */
    private static double value(String text, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
