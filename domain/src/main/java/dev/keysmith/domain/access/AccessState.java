package dev.keysmith.domain.access;

/** Whether an account may use a product; keys are generated only for ENABLED products. */
public enum AccessState {
    NOT_REQUESTED,
    REQUESTED,
    ENABLED,
    DENIED,
    DISABLED
}
