package dev.keysmith.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditFormTest {

    private static final Caller ADMIN = Caller.user(UserId.random(), false, "203.0.113.1");

    @Test
    void everyFieldReachesTheCommandAndAnEmptyAllowlistOpensTheKey() {
        ApiKeyId key = ApiKeyId.random();
        var command = new EditForm("Front desk", List.of("read", "write"), "203.0.113.0/24\r\n\n 10.0.0.1 \n")
                .toCommand(ADMIN, AccountId.random(), key);

        assertThat(command.key()).isEqualTo(key);
        assertThat(command.name().value()).isEqualTo("Front desk");
        assertThat(command.scopes()).containsExactly(new Scope("read"), new Scope("write"));
        assertThat(command.ipAllowlist()).containsExactly("203.0.113.0/24", "10.0.0.1");
        assertThat(new EditForm("Front desk", null, null)
                        .toCommand(ADMIN, AccountId.random(), key)
                        .ipAllowlist())
                .isEmpty();
    }

    @Test
    void aRefusedValueIsShownNextToItsFieldOrAtTheTop() {
        InvalidValueException badName = new InvalidValueException("name", "name must not be blank");
        assertThatThrownBy(() -> new EditForm(" ", List.of("read"), "").toCommand(ADMIN, AccountId.random(), null))
                .isInstanceOf(InvalidValueException.class);

        FormError atName = FormError.of(badName, Map.of("name", "name"));
        FormError atTop = FormError.of(badName, Map.of("scopes", "scopes"));

        assertThat(atName.field()).isEqualTo("name");
        assertThat(atName.top()).isFalse();
        assertThat(atName.message()).isEqualTo("Give the key a name of 1 to 64 visible characters.");
        assertThat(atTop.top()).isTrue();
        assertThat(FormError.NONE.top()).isFalse();
    }
}
