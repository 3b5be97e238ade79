package dev.keysmith.application.port.in.delivery;

import dev.keysmith.domain.key.ApiKey;

/**
 * The integrator opens the link of a delivery with the code from the SMS and sees the key, once. Anyone holding
 * the link may try; five wrong codes end it.
 */
public interface RevealKeyUseCase {

    RevealedKey reveal(RevealKeyCommand command);

    /**
     * Whether the link still opens, without counting anything (the page asks for the code only then).
     *
     * @throws dev.keysmith.domain.delivery.DeliveryNotFoundException for an unknown link
     * @throws dev.keysmith.domain.delivery.DeliveryGoneException for one used, expired or ended
     */
    void checkLink(CheckLinkQuery query);

    /** The token from the link. */
    record CheckLinkQuery(String token) {

        @Override
        public String toString() {
            return "CheckLinkQuery[redacted]";
        }
    }

    /** The token from the link and the code from the SMS, as typed. */
    record RevealKeyCommand(String token, String code, String clientIp) {

        @Override
        public String toString() {
            return "RevealKeyCommand[redacted]";
        }
    }

    /** The key and its secret, shown this once. */
    record RevealedKey(ApiKey key, String secret) {

        @Override
        public String toString() {
            return "RevealedKey[" + key.id() + ", redacted]";
        }
    }
}
