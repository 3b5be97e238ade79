package dev.keysmith.application.port.in;

import java.util.List;

/** One page of a cursor-paged list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** A page size clamped to 1..MAX_LIMIT, DEFAULT_LIMIT when absent. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new dev.keysmith.domain.shared.InvalidValueException("limit", "limit must be 1 to " + MAX_LIMIT);
        }
        return requested;
    }
}
