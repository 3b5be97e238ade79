package dev.keysmith.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.InvalidValueException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyValuesTest {

    @Test
    void keyIdParsesAUuid() {
        UUID uuid = UUID.randomUUID();

        assertThat(ApiKeyId.parse(uuid.toString())).isEqualTo(new ApiKeyId(uuid));
        assertThat(ApiKeyId.parse(uuid.toString())).hasToString(uuid.toString());
        assertThat(ApiKeyId.random()).isNotEqualTo(ApiKeyId.random());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid", "123", "pay_live_x"})
    void keyIdRefusesAnythingButAUuid(String text) {
        assertThatThrownBy(() -> ApiKeyId.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("keyId");
    }

    @Test
    void keyIdIsRequired() {
        assertThatThrownBy(() -> new ApiKeyId(null)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "Marketing Automation", "Zahlungs-Schlüssel ✓", "日本語のキー"})
    void keyNameAcceptsVisibleText(String name) {
        assertThat(new KeyName(name).value()).isEqualTo(name);
        assertThat(new KeyName(name)).hasToString(name);
    }

    @Test
    void keyNameCountsCodePointsNotChars() {
        String sixtyFourEmoji = "\uD83D\uDD11".repeat(64);

        assertThat(new KeyName(sixtyFourEmoji).value()).hasSize(128);
        assertThatThrownBy(() -> new KeyName(sixtyFourEmoji + "x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keyNameIsAtMostSixtyFourCharacters() {
        assertThat(new KeyName("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new KeyName("x".repeat(65)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1 to 64");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "line\nbreak", "nul\u0000", "bell\u0007", "del\u007f", "c1\u0085"})
    void keyNameRefusesBlankAndControlCharacters(String name) {
        assertThatThrownBy(() -> new KeyName(name))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("name");
    }

    @Test
    void environmentsHaveTheirKeyText() {
        assertThat(KeyEnvironment.LIVE.text()).isEqualTo("live");
        assertThat(KeyEnvironment.TEST.text()).isEqualTo("test");
        assertThat(KeyEnvironment.fromText("live")).isEqualTo(KeyEnvironment.LIVE);
        assertThat(KeyEnvironment.fromText("test")).isEqualTo(KeyEnvironment.TEST);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"LIVE", "Live", "prod", " live", "tst"})
    void environmentTextIsExact(String text) {
        assertThatThrownBy(() -> KeyEnvironment.fromText(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("environment");
    }

    @Test
    void onlyActiveAndDisabledKeysAreLive() {
        assertThat(KeyStatus.ACTIVE.isLive()).isTrue();
        assertThat(KeyStatus.DISABLED.isLive()).isTrue();
        assertThat(KeyStatus.REVOKED.isLive()).isFalse();
        assertThat(KeyStatus.EXPIRED.isLive()).isFalse();
    }
}
