package dev.keysmith.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.auth.LoginUseCase.LoginCommand;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthResponsesTest {

    private static final AccessToken TOKEN = new AccessToken("eyJ.signed.token", 900, Set.of());

    @Test
    void a_login_answers_with_camel_case_names() {
        assertThat(Json.write(LoginResponse.from(TOKEN)))
                .isEqualTo("{\"accessToken\":\"eyJ.signed.token\",\"tokenType\":\"Bearer\",\"expiresIn\":900}");
    }

    @Test
    void the_token_endpoint_answers_with_the_oauth2_names() {
        assertThat(Json.write(TokenResponse.from(TOKEN)))
                .isEqualTo("{\"access_token\":\"eyJ.signed.token\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    }

    @Test
    void tokens_and_passwords_never_show_in_string_forms() {
        LoginRequest request = new LoginRequest("ada@example.com", "correct horse battery");

        assertThat(request.toString()).doesNotContain("correct horse battery");
        assertThat(LoginResponse.from(TOKEN).toString()).doesNotContain("eyJ.signed.token");
        assertThat(TokenResponse.from(TOKEN).toString()).doesNotContain("eyJ.signed.token");
    }

    @Test
    void a_login_request_becomes_a_command_with_the_client_address() {
        LoginCommand command = new LoginRequest("ada@example.com", "correct horse battery").toCommand("192.0.2.8");

        assertThat(command.email()).isEqualTo("ada@example.com");
        assertThat(command.password()).isEqualTo("correct horse battery");
        assertThat(command.clientIp()).isEqualTo("192.0.2.8");
    }

    @Test
    void a_login_request_needs_both_fields_within_bounds() {
        assertThat(Violations.fields(new LoginRequest(null, null))).containsExactly("email", "password");
        assertThat(Violations.fields(new LoginRequest("e".repeat(255), "p".repeat(129))))
                .containsExactly("email", "password");
    }
}
