package dev.keysmith.application.port.out;

/**
 * Thrown by {@link KeySnapshotPort#inMemoryOnly()}'s look-ups where an answer would need the database: the caller,
 * on a thread that must not block, hands the work to one that may. Carries no stack trace; it is flow, not failure.
 */
public final class NotInMemoryException extends RuntimeException {

    public NotInMemoryException() {
        super("not in memory", null, false, false);
    }
}
