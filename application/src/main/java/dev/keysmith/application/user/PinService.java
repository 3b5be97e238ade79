package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase;
import dev.keysmith.application.port.in.user.SetPinUseCase;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserNotFoundException;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.user.Pin;
import dev.keysmith.domain.user.PinGuard;
import dev.keysmith.domain.user.PinLockedException;
import dev.keysmith.domain.user.PinNotSetException;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.WrongPinException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Setting, resetting and confirming PINs, with the lockout rules of {@link PinGuard}. */
public final class PinService implements SetPinUseCase, ConfirmPinUseCase {

    private final UserPort users;
    private final SecretHasherPort hasher;
    private final PasswordCheck passwords;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public PinService(
            UserPort users,
            SecretHasherPort hasher,
            PasswordCheck passwords,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.passwords = passwords;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void setPin(SetPinCommand command) {
        Pin pin = Pin.choose(command.newPin());
        boolean changed = transactions.inTransaction(() -> {
            User user = users.lockUser(command.caller().userId()).orElseThrow(UserNotFoundException::new);
            if (!passwords.check(user, command.password(), command.caller())) {
                return false;
            }
            boolean wasBlocked = user.pinGuard().disabled() || user.pinGuard().lockedUntil() != null;
            users.updateUser(user.withPin(hasher.hash(pin.value())));
            audit.record(
                    command.caller(),
                    user.hasPin() ? AuditAction.PIN_RESET : AuditAction.PIN_SET,
                    "user",
                    user.id(),
                    null,
                    wasBlocked ? Map.of("unlocked", "true") : Map.of());
            return true;
        });
        if (!changed) {
            throw new WrongPasswordException();
        }
    }

    @Override
    public void confirmPin(ConfirmPinCommand command) {
        Caller caller = command.caller();
        String pin = command.pin();
        AccountId account = command.account();
        Pin typed = new Pin(pin);
        PinGuard outcome = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User user = users.lockUser(caller.userId()).orElseThrow(UserNotFoundException::new);
            if (!user.hasPin()) {
                throw new PinNotSetException();
            }
            user.pinGuard().requireOpen(now);
            if (hasher.matches(typed.value(), user.pinHash())) {
                if (user.pinGuard().consecutiveFailures() > 0) {
                    users.updateUser(user.withPinGuard(user.pinGuard().afterSuccess()));
                }
                return null;
            }
            PinGuard guard = user.pinGuard().afterFailure(now);
            users.updateUser(user.withPinGuard(guard));
            audit.record(
                    caller,
                    AuditAction.PIN_FAILED,
                    "user",
                    user.id(),
                    account,
                    Map.of("consecutiveFailures", String.valueOf(guard.consecutiveFailures())));
            if (guard.disabled()) {
                audit.record(caller, AuditAction.PIN_DISABLED, "user", user.id(), account);
            } else if (guard.justLocked(now)) {
                audit.record(
                        caller,
                        AuditAction.PIN_LOCKED,
                        "user",
                        user.id(),
                        account,
                        Map.of("lockedUntil", guard.lockedUntil().toString()));
            }
            return guard;
        });
        if (outcome == null) {
            return;
        }
        if (outcome.disabled()) {
            throw new PinLockedException(null);
        }
        if (outcome.justLocked(clock.instant())) {
            throw new PinLockedException(outcome.lockedUntil());
        }
        throw new WrongPinException(outcome.attemptsBeforeLock());
    }
}
