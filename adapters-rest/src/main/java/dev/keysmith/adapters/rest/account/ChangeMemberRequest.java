package dev.keysmith.adapters.rest.account;

import dev.keysmith.domain.account.Role;
import jakarta.validation.constraints.NotNull;

public record ChangeMemberRequest(@NotNull Role role) {}
