package dev.keysmith.application.port.in.verify;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.verification.VerificationCode;
import dev.keysmith.domain.product.Scope;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** A product backend asks whether a key is good for a call: the hot path. */
public interface VerifyApiKeyUseCase {

    Verification verify(VerifyCommand command);

    /**
     * The same answer as {@link #verify}, given only when every fact it needs is already in memory, so it never
     * waits for the database; empty when {@link #verify} has to be asked (a cache miss, a snapshot that is not
     * trusted right now, a use near the inactivity deadline that is written through). Lets the caller answer on a
     * thread that must not block and move to one that may only for the rest.
     */
    Optional<Verification> verifyFromMemory(VerifyCommand command);

    /** {@code clientIp}, {@code scopes} and {@code accountId} are optional (null). */
    record VerifyCommand(
            Caller caller, String key, String product, String clientIp, List<String> scopes, String accountId) {

        @Override
        public String toString() {
            return "VerifyCommand[" + product + ", key redacted]";
        }
    }

    /**
     * The answer. The key and the scopes it grants now are present only when the code is VALID, so a refusal
     * reveals nothing about it; {@code keyId} is present for VALID, REVOKED and EXPIRED, so a backend can tell
     * its customer which key died.
     */
    record Verification(VerificationCode code, ApiKeyId keyId, ApiKey key, SortedSet<Scope> scopes) {

        public static Verification refused(VerificationCode code) {
            return new Verification(code, null, null, null);
        }

        public static Verification dead(VerificationCode code, ApiKeyId keyId) {
            return new Verification(code, keyId, null, null);
        }

        public static Verification valid(ApiKey key, SortedSet<Scope> scopes) {
            return new Verification(VerificationCode.VALID, key.id(), key, scopes);
        }

        public boolean valid() {
            return code == VerificationCode.VALID;
        }
    }
}
