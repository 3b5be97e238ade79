package dev.keysmith.application.notification;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.NotificationPort.NotificationCursor;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import dev.keysmith.domain.notification.NotificationNotFoundException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** An account's in-app notifications for its ADMINs (and those of its master account). */
public final class NotificationService implements ReadNotificationsUseCase {

    private final NotificationPort notifications;
    private final AccountGate gate;
    private final TransactionPort transactions;
    private final Clock clock;

    public NotificationService(
            NotificationPort notifications, AccountGate gate, TransactionPort transactions, Clock clock) {
        this.notifications = notifications;
        this.gate = gate;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<Notification> listNotifications(ListNotificationsQuery query) {
        Caller caller = query.caller();
        AccountId accountId = query.account();
        boolean unreadOnly = query.unreadOnly();
        String after = query.after();
        Integer limit = query.limit();
        int size = Page.limit(limit);
        NotificationCursor cursor = parseCursor(after);
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        List<Notification> found = notifications.loadNotifications(account.id(), unreadOnly, cursor, size + 1);
        boolean more = found.size() > size;
        List<Notification> page = more ? found.subList(0, size) : found;
        return new Page<>(page, more ? cursorOf(page.get(page.size() - 1)) : null);
    }

    @Override
    public Notification markRead(MarkNotificationReadCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        NotificationId id = command.notification();
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        return transactions.inTransaction(() -> {
            Notification notification = notifications
                    .loadNotification(id)
                    .filter(n -> n.accountId().equals(account.id()))
                    .orElseThrow(() -> new NotificationNotFoundException(id));
            Notification read = notification.markRead(clock.instant());
            if (read != notification) {
                notifications.updateNotification(read);
            }
            return read;
        });
    }

    /** The cursor is the last item's creation time and id: opaque to clients, stable under new arrivals. */
    static String cursorOf(Notification last) {
        return last.createdAt() + "_" + last.id();
    }

    private static NotificationCursor parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        int split = after.lastIndexOf('_');
        try {
            if (split < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new NotificationCursor(
                    Require.storable(Instant.parse(after.substring(0, split)), "after"),
                    NotificationId.parse(after.substring(split + 1)));
        } catch (DateTimeParseException | IllegalArgumentException | InvalidValueException e) {
            throw new InvalidValueException("after", "after must be a cursor returned by a previous page");
        }
    }
}
