package dev.keysmith.application.port.in.verify;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.verification.VerificationCode;
import java.util.List;

/** A product backend asks whether a key is good for a call: the hot path. */
public interface VerifyApiKeyUseCase {

    Verification verify(VerifyCommand command);

    /** {@code clientIp}, {@code scopes} and {@code accountId} are optional (null). */
    record VerifyCommand(Caller caller, String key, String product, String clientIp, List<String> scopes,
            String accountId) {

        @Override
        public String toString() {
            return "VerifyCommand[" + product + ", key redacted]";
        }
    }

    /** The answer; the key is present only when the code is VALID, so a refusal reveals nothing about it. */
    record Verification(VerificationCode code, ApiKey key) {

        public boolean valid() {
            return code == VerificationCode.VALID;
        }
    }
}
