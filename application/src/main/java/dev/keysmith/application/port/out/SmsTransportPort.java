package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.Require;

/**
 * Hands one text message to the SMS gateway (or whatever stands in for it) and returns only once it was
 * accepted; otherwise throws {@link DeliveryFailedException}, within a bounded time.
 */
public interface SmsTransportPort {

    void deliver(SmsMessage message);

    /** A text to one phone number in E.164 form. */
    record SmsMessage(String to, String text) {

        public SmsMessage {
            Require.present(to, "to");
            Require.present(text, "text");
        }

        @Override
        public String toString() {
            return "SmsMessage[redacted]";
        }
    }
}
