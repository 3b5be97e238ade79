package dev.keysmith.adapters.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Locks one row for the rest of the transaction and hands back its current state. */
public final class RowLocks {

    private RowLocks() {}

    /**
     * SELECT … FOR UPDATE by primary key. The row is re-read under the lock, because an entity loaded
     * earlier in the transaction would otherwise keep the state it had before another writer committed.
     */
    public static <T> Optional<T> lock(EntityManager em, Class<T> type, Object id) {
        T entity = em.find(type, id);
        if (entity == null) {
            return Optional.empty();
        }
        try {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException deletedMeanwhile) {
            return Optional.empty();
        }
        return Optional.of(entity);
    }
}
