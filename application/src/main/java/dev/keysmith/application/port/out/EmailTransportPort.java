package dev.keysmith.application.port.out;

import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;

/**
 * Hands one email to the mail server (or whatever stands in for it) and returns only once it was accepted;
 * otherwise throws {@link DeliveryFailedException}, within a bounded time.
 */
public interface EmailTransportPort {

    void deliver(EmailMessage message);
}
