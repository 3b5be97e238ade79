package dev.keysmith.domain.key;

import dev.keysmith.domain.user.UserId;
import java.time.Instant;

/**
 * Where a stored key stands in its life: its stored status, who made it (null for the system or an integrator),
 * when, and when it last verified (null if never).
 */
public record KeyLifecycle(KeyStatus status, UserId createdBy, Instant createdAt, Instant lastUsedAt) {}
