package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.NotificationPort.NotificationCursor;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import dev.keysmith.domain.notification.NotificationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationPort} does, stated once and run against each implementation. */
public abstract class NotificationPortContractTest {

    /** Newest first; among equal times, the larger id (in PostgreSQL's byte order, that of the text) first. */
    private static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparing(n -> n.id().value().toString())
            .reversed();

    protected abstract PortsUnderTest ports();

    private NotificationPort notifications() {
        return ports().notifications();
    }

    @Test
    void everyFieldOfANotificationSurvivesTheRoundTrip() {
        Account account = new Rows(ports()).account();
        Notification full = Notification.post(
                account.id(),
                NotificationKind.KEY_EXPIRY_WARNING,
                "Key expires soon",
                "Zapier expires on 2026-06-01 unless used.",
                ApiKeyId.random(),
                new Rows(ports()).product().code(),
                LocalDate.of(2026, 6, 1),
                Rows.now());
        Notification bare = Notification.post(
                account.id(), NotificationKind.KEY_EXPIRY_WARNING, "Bare", "No key.", null, null, null, Rows.now());

        ports().inTransaction(() -> notifications().insertNotifications(List.of(full, bare)));

        assertThat(ports().inTransaction(() -> notifications().loadNotification(full.id())))
                .contains(full);
        assertThat(ports().inTransaction(() -> notifications().loadNotification(bare.id())))
                .contains(bare);
        assertThat(ports().inTransaction(() -> notifications().loadNotification(NotificationId.random())))
                .isEmpty();
    }

    @Test
    void anAccountsNotificationsComeNewestFirstPagedByCursorAndFilteredToUnread() {
        AccountId account = new Rows(ports()).account().id();
        Instant now = Rows.now();
        List<Notification> ours = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Pairs posted at the same moment, so the id decides their order.
            ours.add(notification(account, idWithTopBit(i % 2 == 0), now.minus(Duration.ofMinutes(i / 2))));
        }
        Notification elsewhere = notification(new Rows(ports()).account().id(), NotificationId.random(), now);
        List<Notification> all = new ArrayList<>(ours);
        all.add(elsewhere);
        ports().inTransaction(() -> notifications().insertNotifications(all));
        Notification read = ours.get(2).markRead(now);
        ports().inTransaction(() -> notifications().updateNotification(read));
        List<Notification> newestFirst = ours.stream()
                .map(n -> n.id().equals(read.id()) ? read : n)
                .sorted(NEWEST_FIRST)
                .toList();

        assertThat(load(account, false, null, 10)).containsExactlyElementsOf(newestFirst);
        List<Notification> first = load(account, false, null, 4);
        assertThat(first).containsExactlyElementsOf(newestFirst.subList(0, 4));
        Notification last = first.get(3);
        assertThat(load(account, false, new NotificationCursor(last.createdAt(), last.id()), 4))
                .containsExactlyElementsOf(newestFirst.subList(4, 6));
        assertThat(load(account, true, null, 10))
                .containsExactlyElementsOf(
                        newestFirst.stream().filter(n -> !n.isRead()).toList());
        assertThat(ports().inTransaction(() -> notifications().loadNotification(read.id()))
                        .orElseThrow()
                        .readAt())
                .isEqualTo(now);
    }

    private List<Notification> load(AccountId account, boolean unreadOnly, NotificationCursor after, int limit) {
        return ports().inTransaction(() -> notifications().loadNotifications(account, unreadOnly, after, limit));
    }

    private static Notification notification(AccountId account, NotificationId id, Instant at) {
        return new Notification(
                id,
                account,
                NotificationKind.KEY_EXPIRY_WARNING,
                "Key expires soon",
                "A key of yours expires soon unless used.",
                null,
                null,
                null,
                at,
                null);
    }

    /** Random, with the first bit set or clear: a signed comparison of uuids would put the two halves apart. */
    private static NotificationId idWithTopBit(boolean set) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = set ? random.nextLong() | Long.MIN_VALUE : random.nextLong() & Long.MAX_VALUE;
        return new NotificationId(new UUID(high, random.nextLong()));
    }
}
