package dev.keysmith.adapters.rest.shared;

import dev.keysmith.application.port.in.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a cursor-paged list; {@code nextCursor} is null, and so left out, on the last page. */
public record PageResponse<T>(List<T> items, String nextCursor) {

    public static <D, T> PageResponse<T> from(Page<D> page, Function<D, T> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.nextCursor());
    }
}
