package dev.keysmith.application.port.in.user;

import dev.keysmith.application.port.in.Caller;

/** Sets or resets one's own PIN, proving identity with the password; also lifts a PIN lock. */
public interface SetPinUseCase {

    void setPin(SetPinCommand command);

    record SetPinCommand(Caller caller, String password, String newPin) {

        @Override
        public String toString() {
            return "SetPinCommand[redacted]";
        }
    }
}
