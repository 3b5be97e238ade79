package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.Require;
import java.util.Optional;
import java.util.Set;

/**
 * What verification needs to know about a key, answered from an in-memory snapshot that every change
 * reaches within a second; the database is asked only on a miss.
 */
public interface KeySnapshotPort {

    /**
     * The key whose peppered hash this is, with the facts around it.
     *
     * @throws dev.keysmith.application.port.out.VerificationUnavailableException when the answer is not cached
     *     and the database cannot be reached
     */
    Optional<KeySnapshot> findKey(String secretHash);

    /**
     * {@link #findKey(String)} for a verification on behalf of {@code account} (the request's {@code accountId}): a
     * snapshot that has to read may read that account's master and its standing for {@code product} in the same
     * statement, so the {@link #masterOf} and {@link #standing} that follow for it are answered from memory.
     */
    default Optional<KeySnapshot> findKey(String secretHash, AccountId account, ProductCode product) {
        return findKey(secretHash);
    }

    /** The master account of a sub-account; empty for a top-level or unknown account. */
    Optional<AccountId> masterOf(AccountId account);

    /**
     * How an account stands for a product: whether it is APPROVED and has the product ENABLED. Asked when a
     * master's key is used for one of its sub-accounts, which must be able to use the product itself.
     */
    AccountStanding standing(AccountId account, ProductCode product);

    /**
     * The current state of a verifier client (its token may outlive a disable); empty when no such client exists.
     *
     * @throws dev.keysmith.application.port.out.VerificationUnavailableException when the state is not cached and
     *     the database cannot be reached
     */
    Optional<VerifierClientState> verifierClient(String clientId);

    /**
     * This port answering from memory alone: each look-up it cannot answer without the database throws
     * {@link NotInMemoryException} instead of reading (a miss, a snapshot not trusted right now). The answers it gives are the ones the port itself would give.
     * By default nothing is in memory.
     */
    default KeySnapshotPort inMemoryOnly() {
        return NothingInMemory.INSTANCE;
    }

    /**
     * A key with the state of its account, its master account, its product access and its product.
     *
     * @param masterActive true when the account has no master
     * @param productScopes the scopes the product offers now: a scope removed from the catalogue no longer counts
     * @param productPrefix the key prefix of the key's product in the catalogue
     * @param integratorActive false when the key was made for an integrator who is switched off
     */
    record KeySnapshot(
            ApiKey key,
            boolean accountActive,
            boolean masterActive,
            boolean productEnabled,
            Set<Scope> productScopes,
            KeyPrefix productPrefix,
            boolean integratorActive) {

        public KeySnapshot {
            productScopes = Set.copyOf(productScopes);
            Require.present(productPrefix, "productPrefix");
        }

        /** A key made for no integrator (or for an active one). */
        public KeySnapshot(
                ApiKey key,
                boolean accountActive,
                boolean masterActive,
                boolean productEnabled,
                Set<Scope> productScopes,
                KeyPrefix productPrefix) {
            this(key, accountActive, masterActive, productEnabled, productScopes, productPrefix, true);
        }
    }

    /** See {@link #standing}; an unknown account neither is active nor has products. */
    record AccountStanding(boolean active, boolean productEnabled) {}

    /**
     * What verification needs to know about a verifier client beyond its token: its switch, and the token
     * generation its tokens must carry at least (a secret roll or a disable ends the tokens issued before).
     */
    record VerifierClientState(boolean enabled, long tokenGeneration) {

        public boolean accepts(long generationOfToken) {
            return enabled && generationOfToken >= tokenGeneration;
        }
    }

    /** The memory of a port that keeps none. */
    final class NothingInMemory implements KeySnapshotPort {

        static final NothingInMemory INSTANCE = new NothingInMemory();

        private NothingInMemory() {}

        @Override
        public Optional<KeySnapshot> findKey(String secretHash) {
            throw new NotInMemoryException();
        }

        @Override
        public Optional<AccountId> masterOf(AccountId account) {
            throw new NotInMemoryException();
        }

        @Override
        public AccountStanding standing(AccountId account, ProductCode product) {
            throw new NotInMemoryException();
        }

        @Override
        public Optional<VerifierClientState> verifierClient(String clientId) {
            throw new NotInMemoryException();
        }

        @Override
        public KeySnapshotPort inMemoryOnly() {
            return this;
        }
    }
}
