package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import java.util.Optional;

/**
 * What verification needs to know about a key, answered from an in-memory snapshot that every change
 * reaches within a second; the database is asked only on a miss.
 */
public interface KeySnapshotPort {

    /**
     * The key whose peppered hash this is, with the facts around it.
     *
     * @throws dev.keysmith.application.verify.VerificationUnavailableException when the answer is not cached
     *     and the database cannot be reached
     */
    Optional<KeySnapshot> findKey(String secretHash);

    /** The master account of a sub-account; empty for a top-level or unknown account. */
    Optional<AccountId> masterOf(AccountId account);

    /**
     * Whether the verifier client still exists, is enabled and its token of this generation was not ended by
     * a secret roll or a disable since (a token outlives both otherwise).
     */
    boolean verifierClientAccepts(String clientId, long tokenGeneration);

    /**
     * A key with the state of its account, its master account and its product access.
     *
     * @param masterActive true when the account has no master
     */
    record KeySnapshot(ApiKey key, boolean accountActive, boolean masterActive, boolean productEnabled) {
    }
}
