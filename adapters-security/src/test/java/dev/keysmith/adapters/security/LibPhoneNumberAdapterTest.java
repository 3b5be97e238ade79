package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibPhoneNumberAdapterTest {

    private final LibPhoneNumberAdapter phones = new LibPhoneNumberAdapter();

    @ParameterizedTest
    @CsvSource({
        "+447911123456, +447911123456",
        "'+44 7911 123456', +447911123456",
        "+1 (415) 858-6273, +14158586273",
        "+4915123456789, +4915123456789"
    })
    void validInternationalNumbersComeBackInE164(String typed, String e164) {
        assertThat(phones.parse(typed).value()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "+44 12", "+999 1234567", "+4479111234564567", "call me", "", "+1\u0000415"})
    void anythingElseIsRefusedNamingThePhone(String typed) {
        assertThatThrownBy(() -> phones.parse(typed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("E.164");
    }
}
