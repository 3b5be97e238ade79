package dev.keysmith.adapters.rest.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyParamsTest {

    private static String fieldOf(Throwable e) {
        return ((InvalidValueException) e).field();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACTIVE", "active", "Active", " active "})
    void a_status_is_read_in_any_case(String text) {
        assertThat(KeyParams.status(text)).isEqualTo(KeyStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enabled", "activ", "0"})
    void an_unknown_status_is_refused(String text) {
        assertThatThrownBy(() -> KeyParams.status(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("status"))
                .hasMessage("status must be one of ACTIVE, DISABLED, REVOKED, EXPIRED");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void absent_filters_are_no_filters(String text) {
        assertThat(KeyParams.status(text)).isNull();
        assertThat(KeyParams.product(text)).isNull();
        assertThat(KeyParams.limit(text)).isNull();
    }

    @Test
    void a_product_is_a_product_code() {
        assertThat(KeyParams.product("payments")).isEqualTo(new ProductCode("payments"));
    }

    @Test
    void a_limit_is_a_number() {
        assertThat(KeyParams.limit("20")).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "1.5", "99999999999"})
    void a_limit_that_is_no_number_is_refused(String text) {
        assertThatThrownBy(() -> KeyParams.limit(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("limit"));
    }
}
