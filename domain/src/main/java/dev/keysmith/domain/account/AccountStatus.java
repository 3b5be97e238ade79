package dev.keysmith.domain.account;

/** ONBOARDING → APPROVED ↔ SUSPENDED; keys are managed and verified only while APPROVED. */
public enum AccountStatus {
    ONBOARDING,
    APPROVED,
    SUSPENDED
}
