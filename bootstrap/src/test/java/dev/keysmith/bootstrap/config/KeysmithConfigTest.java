package dev.keysmith.bootstrap.config;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings mapping and its one duration grammar, read by SmallRye Config as Quarkus reads them. */
class KeysmithConfigTest {

    private static KeysmithConfig read(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        properties.put("keysmith.keys.pepper", "a-pepper-of-enough-bytes");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withMapping(KeysmithConfig.class)
                .build();
        return config.getConfigMapping(KeysmithConfig.class);
    }

    @Test
    void everySettingHasItsDefault() {
        KeysmithConfig config = read();

        assertThat(config.keys().environment()).isEqualTo("live");
        assertThat(config.keys().maxPerProduct()).isEqualTo(50);
        assertThat(config.bootstrap().operator().email()).isEqualTo("operator@keysmith.local");
        assertThat(config.bootstrap().operator().password()).isEmpty();
        assertThat(config.usage().flushInterval()).isEqualTo(new JobSchedule(ofSeconds(10), null));
        assertThat(config.expiry().inactivity()).isEqualTo(ofDays(90));
        assertThat(config.expiry().warnings()).containsExactly(ofDays(15), ofDays(7), ofDays(1));
        assertThat(config.expiry().schedule()).isEqualTo(new JobSchedule(ofHours(1), null));
        assertThat(config.expiry().batchSize()).isEqualTo(1000);
        assertThat(config.expiry().maxKeysPerEmail()).isEqualTo(200);
        assertThat(config.expiry().expiryWorkers()).isEqualTo(2);
        assertThat(config.verification().cacheSize()).isEqualTo(300_000);
        assertThat(config.verification().maxStaleness()).isEqualTo(ofSeconds(30));
        assertThat(config.verification().databaseTimeout()).isEqualTo(ofMillis(250));
        assertThat(config.outbox().pollInterval()).isEqualTo(new JobSchedule(ofSeconds(5), null));
        assertThat(config.outbox().maxAttempts()).isEqualTo(10);
        assertThat(config.outbox().backoffBase()).isEqualTo(ofSeconds(30));
        assertThat(config.outbox().backoffCap()).isEqualTo(ofHours(1));
        assertThat(config.outbox().batchSize()).isEqualTo(100);
        assertThat(config.outbox().sendTimeout()).isEqualTo(ofSeconds(30));
        assertThat(config.mail().fileOutbox()).isEmpty();
        assertThat(config.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(config.delivery().ttl()).isEqualTo(ofHours(72));
        assertThat(config.sms().webhookUrl()).isEmpty();
        assertThat(config.sms().webhookSecret()).isEmpty();
        assertThat(config.sms().fileOutbox()).isEmpty();
        assertThat(config.otel().exporterEndpoint()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "90d, PT2160H",
        "24h, PT24H",
        "15m, PT15M",
        "10s, PT10S",
        "250ms, PT0.25S",
        "90D, PT2160H",
        "' 36h ', PT36H",
        "PT15M, PT15M",
        "P90D, PT2160H",
        "pt1h, PT1H",
    })
    void readsIsoAndTheShortForm(String text, String expected) {
        assertThat(new DurationGrammar().convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "90",
                "d",
                "90 d",
                "9.5d",
                "-1d",
                "90w",
                "90days",
                "P",
                "PTXH",
                "1y",
                "9999999999d",
                "90d,",
                "ninety"
            })
    void refusesAnythingElseNamingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> new DurationGrammar().convert(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text.strip() + "'")
                .hasMessageContaining("90d");
    }

    @Test
    void everyDurationSettingSpeaksTheSameGrammar() {
        KeysmithConfig config = read(
                "keysmith.expiry.inactivity",
                "P30D",
                "keysmith.expiry.warnings",
                "36h, PT12H,1d",
                "keysmith.verification.max-staleness",
                "2m",
                "keysmith.verification.database-timeout",
                "PT0.5S",
                "keysmith.outbox.backoff-base",
                "250ms",
                "keysmith.outbox.backoff-cap",
                "1d",
                "keysmith.outbox.send-timeout",
                "PT10S",
                "keysmith.delivery.ttl",
                "3d");

        assertThat(config.expiry().inactivity()).isEqualTo(ofDays(30));
        assertThat(config.expiry().warnings()).containsExactly(ofHours(36), ofHours(12), ofDays(1));
        assertThat(config.verification().maxStaleness()).isEqualTo(ofMinutes(2));
        assertThat(config.verification().databaseTimeout()).isEqualTo(ofMillis(500));
        assertThat(config.outbox().backoffBase()).isEqualTo(ofMillis(250));
        assertThat(config.outbox().backoffCap()).isEqualTo(ofDays(1));
        assertThat(config.outbox().sendTimeout()).isEqualTo(ofSeconds(10));
        assertThat(config.delivery().ttl()).isEqualTo(ofDays(3));
    }

    @Test
    void schedulesAreAnIntervalACronExpressionOrOff() {
        KeysmithConfig config = read(
                "keysmith.expiry.schedule",
                "0 15 3 * * ?",
                "keysmith.outbox.poll-interval",
                "off",
                "keysmith.usage.flush-interval",
                "PT30S");

        assertThat(config.expiry().schedule()).isEqualTo(new JobSchedule(null, "0 15 3 * * ?"));
        assertThat(config.outbox().pollInterval().isOff()).isTrue();
        assertThat(read("keysmith.outbox.poll-interval", "Disabled")
                        .outbox()
                        .pollInterval()
                        .isOff())
                .isTrue();
        assertThat(config.usage().flushInterval()).isEqualTo(new JobSchedule(ofSeconds(30), null));
    }

    @Test
    void aBadDurationStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> read("keysmith.expiry.inactivity", "ninety"))
                .hasMessageContaining("keysmith.expiry.inactivity")
                .hasStackTraceContaining("'ninety' is not a duration");
        assertThatThrownBy(() -> read("keysmith.expiry.warnings", "15d,7x"))
                .hasMessageContaining("keysmith.expiry.warnings");
        assertThatThrownBy(() -> read("keysmith.verification.database-timeout", "250"))
                .hasMessageContaining("keysmith.verification.database-timeout");
        assertThatThrownBy(() -> read("keysmith.expiry.schedule", "hourly"))
                .hasMessageContaining("keysmith.expiry.schedule");
    }

    @Test
    void aMissingPepperStopsTheStartNamingItNeverAValue() {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withMapping(KeysmithConfig.class);

        assertThatThrownBy(builder::build).hasMessageContaining("keysmith.keys.pepper");
    }
}
