package dev.keysmith.adapters.rest.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** When the account means to start using the product (an ISO date) and what for. */
public record RequestProductAccessRequest(
        @NotNull LocalDate intendedStartDate,
        @NotNull @Size(max = 2000) String useCase) {}
