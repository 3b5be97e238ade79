package dev.keysmith.domain.audit;

/**
 * What an audit event records. The constant's name is the stored and published value (the {@code action} column
 * and the {@code action} field of the API), so a constant is never renamed or removed; a new kind of event adds one.
 */
public enum AuditAction {
    // accounts and members
    ACCOUNT_CREATED,
    ACCOUNT_APPROVED,
    ACCOUNT_SUSPENDED,
    ACCOUNT_REINSTATED,
    MEMBER_INVITED,
    INVITATION_ACCEPTED,
    MEMBER_ROLE_CHANGED,
    MEMBER_REMOVED,

    // product catalogue and access
    PRODUCT_DEFINED,
    PRODUCT_CHANGED,
    PRODUCT_ACCESS_REQUESTED,
    PRODUCT_ACCESS_APPROVED,
    PRODUCT_ACCESS_DENIED,
    PRODUCT_ACCESS_ENABLED,
    PRODUCT_ACCESS_DISABLED,

    // keys, by people and by the expiry sweep
    KEY_GENERATED,
    KEY_EDITED,
    KEY_DISABLED,
    KEY_ENABLED,
    KEY_REGENERATED,
    KEY_REVOKED,
    KEY_EXPIRY_WARNED,
    KEY_EXPIRED,

    // sign-in, password and PIN
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    PASSWORD_FAILED,
    SIGN_IN_THROTTLED,
    PASSWORD_CHANGED,
    PIN_SET,
    PIN_RESET,
    PIN_FAILED,
    PIN_LOCKED,
    PIN_DISABLED,

    // operators
    OPERATOR_CREATED,
    OPERATOR_INVITED,
    OPERATOR_INVITATION_ACCEPTED,
    OPERATOR_DEACTIVATED,
    SUPPORT_VIEW_OPENED,

    // verifier clients
    VERIFIER_CLIENT_CREATED,
    VERIFIER_CLIENT_SECRET_ROLLED,
    VERIFIER_CLIENT_ENABLED,
    VERIFIER_CLIENT_DISABLED,
    VERIFIER_TOKEN_REFUSED,

    // integrators (API users) and the delivery of their keys
    INTEGRATOR_CREATED,
    INTEGRATOR_CHANGED,
    KEY_DELIVERY_SENT,
    KEY_DELIVERY_CODE_REFUSED,
    KEY_DELIVERY_REVEALED,
    KEY_IMPORTED,
    PRODUCT_ENABLED_FOR_ALL
}
