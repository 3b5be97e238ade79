package dev.keysmith.domain.delivery;

import dev.keysmith.domain.shared.PermissionDeniedException;

/** The code does not belong to the link; the fifth wrong one ends it. */
public final class WrongDeliveryCodeException extends PermissionDeniedException {

    private final int attemptsLeft;

    public WrongDeliveryCodeException(int attemptsLeft) {
        super(
                "WRONG_CODE",
                attemptsLeft > 0
                        ? "wrong code; " + attemptsLeft + " attempts left"
                        : "wrong code; the link is now closed, ask your administrator to send you a new one");
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
