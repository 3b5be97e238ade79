package dev.keysmith.adapters.rest.operator;

import dev.keysmith.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** An operator as other operators see them. */
public record OperatorResponse(UUID userId, String email, String displayName, boolean active, Instant createdAt) {

    public static OperatorResponse from(User user) {
        return new OperatorResponse(
                user.id().value(),
                user.email().value(),
                user.displayName().value(),
                user.activeOperator(),
                user.createdAt());
    }
}
