package dev.keysmith.adapters.rest.key;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.key.ApiKey;
import java.util.List;

/** One page of keys; {@code nextCursor} goes into {@code after} for the next page and is absent on the last. */
public record KeyPageResponse(List<KeyResponse> items, String nextCursor) {

    public static KeyPageResponse from(Page<ApiKey> page) {
        return new KeyPageResponse(page.items().stream().map(KeyResponse::from).toList(), page.nextCursor());
    }
}
