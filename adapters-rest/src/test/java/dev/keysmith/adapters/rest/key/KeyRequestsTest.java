package dev.keysmith.adapters.rest.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.rest.key.ChangeKeyRequest.KeyChange;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GenerateApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRequestsTest {

    private static final String PIN = "482916";
    private static final Caller CALLER = Caller.user(UserId.random(), false, "192.0.2.10");
    private static final AccountId ACCOUNT = AccountId.random();

    private static String fieldOf(Throwable e) {
        return ((InvalidValueException) e).field();
    }

    @Test
    void a_generate_request_becomes_a_command_of_domain_values() {
        Instant expiresAt = Instant.parse("2030-01-01T00:00:00Z");
        GenerateKeyRequest request = new GenerateKeyRequest(
                "payments", "CRM sync", List.of("write", "read"), List.of("10.0.0.0/8"), expiresAt, PIN);

        GenerateApiKeyCommand command = request.toCommand(CALLER, ACCOUNT);

        assertThat(command.caller()).isEqualTo(CALLER);
        assertThat(command.account()).isEqualTo(ACCOUNT);
        assertThat(command.product()).isEqualTo(new ProductCode("payments"));
        assertThat(command.name()).isEqualTo(new KeyName("CRM sync"));
        assertThat(command.scopes()).containsExactly(new Scope("write"), new Scope("read"));
        assertThat(command.ipAllowlist()).containsExactly("10.0.0.0/8");
        assertThat(command.expiresAt()).isEqualTo(expiresAt);
        assertThat(command.pin()).isEqualTo(PIN);
    }

    @Test
    void a_generate_request_without_scopes_or_allowlist_leaves_them_to_the_use_case() {
        GenerateApiKeyCommand command =
                new GenerateKeyRequest("payments", "CRM sync", null, null, null, PIN).toCommand(CALLER, ACCOUNT);

        assertThat(command.scopes()).isNull();
        assertThat(command.ipAllowlist()).isNull();
        assertThat(command.expiresAt()).isNull();
    }

    @Test
    void a_bad_product_is_refused_under_the_clients_field_name() {
        GenerateKeyRequest request = new GenerateKeyRequest("Pay Ments", "CRM sync", null, null, null, PIN);

        assertThatThrownBy(() -> request.toCommand(CALLER, ACCOUNT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("product"))
                .hasMessageStartingWith("product ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak"})
    void a_bad_name_is_refused(String name) {
        GenerateKeyRequest request = new GenerateKeyRequest("payments", name, null, null, null, PIN);

        assertThatThrownBy(() -> request.toCommand(CALLER, ACCOUNT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("name"));
    }

    @Test
    void a_bad_scope_is_refused() {
        GenerateKeyRequest request = new GenerateKeyRequest("payments", "CRM sync", List.of("Read!"), null, null, PIN);

        assertThatThrownBy(() -> request.toCommand(CALLER, ACCOUNT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("scopes"));
    }

    @Test
    void a_change_request_keeps_what_it_leaves_out() {
        KeyChange change = new ChangeKeyRequest(null, null, null).toChange();

        assertThat(change.name()).isNull();
        assertThat(change.scopes()).isNull();
        assertThat(change.ipAllowlist()).isNull();
    }

    @Test
    void a_change_request_becomes_domain_values() {
        KeyChange change = new ChangeKeyRequest("Billing", List.of("read"), List.of()).toChange();

        assertThat(change.name()).isEqualTo(new KeyName("Billing"));
        assertThat(change.scopes()).containsExactly(new Scope("read"));
        assertThat(change.ipAllowlist()).isEmpty();
    }

    @Test
    void a_regenerate_request_reads_its_grace_period_in_seconds() {
        assertThat(new RegenerateKeyRequest(PIN, 3600).gracePeriod()).isEqualTo(Duration.ofHours(1));
        assertThat(new RegenerateKeyRequest(PIN, 0).gracePeriod()).isEqualTo(Duration.ZERO);
        assertThat(new RegenerateKeyRequest(PIN, null).gracePeriod()).isNull();
    }

    @Test
    void no_request_shows_its_pin() {
        assertThat(new GenerateKeyRequest("payments", "CRM sync", List.of("read"), List.of("10.0.0.0/8"), null, PIN))
                .hasToString("GenerateKeyRequest[product=payments, name=CRM sync, scopes=[read], "
                        + "ipAllowlist=[10.0.0.0/8], expiresAt=null, pin redacted]");
        assertThat(new RegenerateKeyRequest(PIN, 60).toString())
                .doesNotContain(PIN)
                .contains("redacted");
        assertThat(new RevokeKeyRequest(PIN).toString()).doesNotContain(PIN).contains("redacted");
    }
}
