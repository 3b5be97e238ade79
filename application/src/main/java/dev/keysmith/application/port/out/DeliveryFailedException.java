package dev.keysmith.application.port.out;

/** A transport did not accept a message; the reason names what went wrong, never the message's body. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DeliveryFailedException(String reason) {
        super(reason);
    }
}
