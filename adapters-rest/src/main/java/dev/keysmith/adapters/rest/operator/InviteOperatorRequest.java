package dev.keysmith.adapters.rest.operator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whom to invite as a further operator. */
public record InviteOperatorRequest(
        @NotNull @Size(max = 254) String email) {}
