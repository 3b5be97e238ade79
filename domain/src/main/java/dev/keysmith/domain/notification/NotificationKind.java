package dev.keysmith.domain.notification;

/** What a notification is about. */
public enum NotificationKind {
    /** A key has not been used for a while and expires on a given date unless it is used. */
    KEY_EXPIRY_WARNING,
    /** A key expired after its inactivity window. */
    KEY_EXPIRED
}
