package dev.keysmith.domain.delivery;

/** Where a key's delivery stands, as its administrator sees it. */
public enum DeliveryState {
    /** The email and SMS are queued or sent; the link works. */
    SENT,
    /** The integrator saw the key; the link is dead. */
    REVEALED,
    /** The email or the SMS was given up on after every retry. */
    FAILED,
    /** The link was not used in time. */
    EXPIRED,
    /** Too many wrong codes, or replaced by a newer delivery: the link is dead. */
    ENDED
}
