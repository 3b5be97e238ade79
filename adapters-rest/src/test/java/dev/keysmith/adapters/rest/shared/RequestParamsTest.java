package dev.keysmith.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

    @Test
    void a_limit_is_read_as_given_and_absent_stays_absent() {
        assertThat(RequestParams.limit("25")).isEqualTo(25);
        assertThat(RequestParams.limit("0")).isZero();
        assertThat(RequestParams.limit(null)).isNull();
        assertThat(RequestParams.limit("")).isNull();
    }

    @Test
    void a_limit_that_is_not_a_number_is_refused_naming_limit() {
        assertThatThrownBy(() -> RequestParams.limit("ten"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> RequestParams.limit("99999999999")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_id_that_is_not_a_uuid_is_refused_naming_the_parameter() {
        UUID id = UUID.randomUUID();

        assertThat(RequestParams.uuid(id.toString(), "id")).isEqualTo(id);
        assertThatThrownBy(() -> RequestParams.uuid("nope", "requestId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("requestId");
                    assertThat(e.code()).isEqualTo("INVALID_REQUEST_ID");
                });
        assertThatThrownBy(() -> RequestParams.uuid(null, "id")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_key_filter_is_a_key_id_and_absent_stays_absent() {
        UUID id = UUID.randomUUID();

        assertThat(RequestParams.keyId(id.toString())).isEqualTo(new ApiKeyId(id));
        assertThat(RequestParams.keyId(null)).isNull();
        assertThatThrownBy(() -> RequestParams.keyId("nope"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("keyId"));
    }
}
