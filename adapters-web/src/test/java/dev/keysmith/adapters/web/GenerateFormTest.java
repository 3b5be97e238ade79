package dev.keysmith.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateFormTest {

    private static final Caller ADMIN = Caller.user(UserId.random(), false, "203.0.113.1");

    @Test
    void theTextareaAndTheHiddenFieldsGiveTheSameRanges() {
        GenerateForm typed =
                GenerateForm.posted("payments", "Shop", List.of(), List.of("203.0.113.0/24\r\n\n 10.0.0.1 \n"));
        GenerateForm carried =
                GenerateForm.posted("payments", "Shop", List.of(), List.of("203.0.113.0/24", "10.0.0.1"));

        assertThat(typed.ipRanges()).containsExactly("203.0.113.0/24", "10.0.0.1");
        assertThat(carried.ipRanges()).isEqualTo(typed.ipRanges());
    }

    @Test
    void theCommandCarriesTheValueObjectsAndThePin() {
        var command = GenerateForm.posted("payments", "Shop", List.of("read", "write"), null)
                .toCommand(ADMIN, AccountId.random(), "482913");

        assertThat(command.product().value()).isEqualTo("payments");
        assertThat(command.name().value()).isEqualTo("Shop");
        assertThat(command.scopes()).extracting(scope -> scope.value()).containsExactly("read", "write");
        assertThat(command.ipAllowlist()).isEmpty();
        assertThat(command.pin()).isEqualTo("482913");
    }

    @Test
    void aKeyForAnApiUserCarriesTheirIdAndABadIdIsRefused() {
        String integrator = "3f0c6e2a-1b2c-4d5e-8f90-123456789abc";
        var command = GenerateForm.posted("payments", "Shop", List.of(), null, " " + integrator + " ")
                .toCommand(ADMIN, AccountId.random(), "482913");

        assertThat(command.integrator().toString()).isEqualTo(integrator);
        assertThat(GenerateForm.posted("payments", "Shop", null, null, "")
                        .toCommand(ADMIN, AccountId.random(), null)
                        .integrator())
                .isNull();
        assertThatThrownBy(() -> GenerateForm.posted("payments", "Shop", null, null, "someone")
                        .toCommand(ADMIN, AccountId.random(), null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMissingProductOrABadNameIsRefusedByTheValueObjects() {
        assertThatThrownBy(() -> GenerateForm.posted("", "Shop", null, null).toCommand(ADMIN, AccountId.random(), null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() ->
                        GenerateForm.posted("payments", "", null, null).toCommand(ADMIN, AccountId.random(), null))
                .isInstanceOf(InvalidValueException.class);
    }
}
