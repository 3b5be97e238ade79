package dev.keysmith.application.port.in.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;

/**
 * Confirms an action that creates, replaces or destroys a secret with the caller's PIN. Wrong PINs count
 * toward a lock (423) and are audited; must be called outside the action's own transaction so that a
 * failure is recorded even though the action is refused.
 */
public interface ConfirmPinUseCase {

    void confirmPin(ConfirmPinCommand command);

    /**
     * {@code account} is the account the action concerns, for the audit trail; null when none. The PIN stays
     * text: a malformed one is refused here, after the action's own checks.
     */
    record ConfirmPinCommand(Caller caller, String pin, AccountId account) {

        @Override
        public String toString() {
            return "ConfirmPinCommand[" + account + ", pin redacted]";
        }
    }
}
