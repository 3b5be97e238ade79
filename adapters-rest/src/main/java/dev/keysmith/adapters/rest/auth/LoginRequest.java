package dev.keysmith.adapters.rest.auth;

import dev.keysmith.application.port.in.auth.LoginUseCase.LoginCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotNull @Size(max = 254) String email,
        @NotNull @Size(max = 128) String password) {

    LoginCommand toCommand(String clientIp) {
        return new LoginCommand(email, password, clientIp);
    }

    @Override
    public String toString() {
        return "LoginRequest[redacted]";
    }
}
