package dev.keysmith.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000000", "123456", "111111", "123123", "654321", "121212", "999999", "234567", "876543", "199412",
                "199999", "202401", "198512", "696969", "112233", "901234"
            })
    void commonPinsAreRefusedWhenChosen(String pin) {
        assertThatThrownBy(() -> Pin.choose(pin))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too easy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", "", " 12345", "１２３４５６"})
    void aPinIsExactlySixAsciiDigits(String pin) {
        assertThatThrownBy(() -> new Pin(pin)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"482913", "730582", "305817", "918273"})
    void ordinaryPinsAreAccepted(String pin) {
        assertThat(Pin.choose(pin).value()).isEqualTo(pin);
    }

    @Test
    void aCommonPinCanStillBeTypedToConfirm() {
        assertThat(new Pin("123456").value()).isEqualTo("123456");
    }

    @Test
    void neverPrintsItself() {
        assertThat(new Pin("482913").toString()).doesNotContain("482913");
        assertThat(new Password("correct horse battery").toString()).doesNotContain("horse");
    }
}
