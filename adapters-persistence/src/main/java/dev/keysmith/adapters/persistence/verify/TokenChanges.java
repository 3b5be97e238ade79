package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.adapters.persistence.key.ApiKeyPersistenceAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Announces that a person's or a verifier client's earlier tokens ended (or a client was switched): a NOTIFY
 * that other instances hear once the transaction commits, and, on this instance, the cached state dropped
 * right after the commit, so the instance that made the change refuses the old tokens at once.
 * Payloads: {@code user:<userId>} and {@code client:<clientId>}.
 */
@ApplicationScoped
public class TokenChanges {

    static final String USER_PREFIX = "user:";
    static final String CLIENT_PREFIX = "client:";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final UserTokenGenerations users;
    private final KeySnapshotCache snapshots;

    TokenChanges(EntityManager em, TransactionSynchronizationRegistry transactions, UserTokenGenerations users,
            KeySnapshotCache snapshots) {
        this.em = em;
        this.transactions = transactions;
        this.users = users;
        this.snapshots = snapshots;
    }

    public void userTokensEnded(UUID userId) {
        notify(USER_PREFIX + userId);
        afterCommit(() -> users.changed(userId));
    }

    public void verifierClientChanged(String clientId) {
        notify(CLIENT_PREFIX + clientId);
        afterCommit(() -> snapshots.verifierClientChanged(clientId));
    }

    private void notify(String payload) {
        em.createNativeQuery("SELECT 1 FROM pg_notify('" + ApiKeyPersistenceAdapter.CHANNEL + "', :payload)")
                .setParameter("payload", payload)
                .getSingleResult();
    }

    private void afterCommit(Runnable drop) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    drop.run();
                }
            }
        });
    }
}
