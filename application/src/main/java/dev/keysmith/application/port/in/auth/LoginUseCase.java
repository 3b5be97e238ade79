package dev.keysmith.application.port.in.auth;

import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/** A person signs in with email and password and gets a short-lived access token. */
public interface LoginUseCase {

    AccessToken login(LoginCommand command);

    record LoginCommand(String email, String password, String clientIp) {

        @Override
        public String toString() {
            return "LoginCommand[redacted]";
        }
    }
}
