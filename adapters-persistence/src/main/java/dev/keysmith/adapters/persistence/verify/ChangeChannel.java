package dev.keysmith.adapters.persistence.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Announces a change that verification depends on: to every instance through PostgreSQL NOTIFY on the channel
 * {@value #CHANNEL} (delivered only if the transaction commits), and to this instance's own snapshot the moment
 * the transaction ends, before the use case answers its caller, so the instance that made a change never
 * verifies against what it replaced.
 */
@ApplicationScoped
public class ChangeChannel {

    /** The channel the verification snapshots of all instances listen on. */
    public static final String CHANNEL = "keysmith_changes";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final KeySnapshotCache snapshot;
    private final UserTokenGenerations userTokens;

    ChangeChannel(
            EntityManager em,
            TransactionSynchronizationRegistry transactions,
            KeySnapshotCache snapshot,
            UserTokenGenerations userTokens) {
        this.em = em;
        this.transactions = transactions;
        this.snapshot = snapshot;
        this.userTokens = userTokens;
    }

    public void announce(String payload) {
        // pg_notify returns void, which JDBC cannot map; selecting a constant from it sends the same NOTIFY.
        em.createNativeQuery("select 1 from pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult();
        if (transactions.getTransactionKey() == null) {
            drop(List.of(payload));
            return;
        }
        pendingInThisTransaction().add(payload);
    }

    /**
     * A key with this digest is being stored on this instance: the filter of stored digests holds it at once, so
     * this instance verifies it as soon as the use case answers. Added before the commit, a digest of a
     * transaction that rolls back only costs the filter a false positive. Other instances hear of it from the
     * notification the row's insert sends at commit (V12).
     */
    public void keyStored(String secretHash) {
        snapshot.stored(List.of(secretHash));
    }

    private void drop(List<String> payloads) {
        ChangedEntries changes = ChangedEntries.parse(payloads);
        snapshot.drop(changes);
        userTokens.drop(changes);
    }

    /** The payloads announced so far in the current transaction, dropped from the snapshot together at its end. */
    private List<String> pendingInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) transactions.getResource(ChangeChannel.class);
        if (pending == null) {
            List<String> payloads = new ArrayList<>();
            transactions.putResource(ChangeChannel.class, payloads);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: the NOTIFYs are already part of the transaction
                }

                @Override
                public void afterCompletion(int status) {
                    // Dropped whatever the outcome: a reload is always safe, and a failed commit may still have landed.
                    drop(payloads);
                }
            });
            pending = payloads;
        }
        return pending;
    }
}
