package dev.keysmith.adapters.rest.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means "the database cannot serve us right now" (a 503 to retry), wherever the driver's
 * error sits: Hibernate, JTA and the pool wrap it as a cause, Narayana attaches commit failures as suppressed.
 */
final class DatabaseUnavailability {

    /** Agroal's message when no connection could be had in time; it carries no SQL state. */
    private static final String POOL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailability() {}

    static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isUnavailability(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
        }
        return false;
    }

    private static boolean isUnavailability(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        if (sql.getSQLState() == null) {
            return sql.getMessage() != null && sql.getMessage().contains(POOL_ACQUISITION_TIMEOUT);
        }
        return unavailableState(sql.getSQLState());
    }

    /**
     * Connection exceptions (class 08), the server shutting down or crashed (57P01 admin_shutdown, 57P02
     * crash_shutdown), starting up or recovering (57P03 cannot_connect_now), and too many connections (53300).
     */
    static boolean unavailableState(String sqlState) {
        return sqlState.startsWith("08")
                || sqlState.equals("57P01")
                || sqlState.equals("57P02")
                || sqlState.equals("57P03")
                || sqlState.equals("53300");
    }
}
