package dev.keysmith.application.notification;

import static dev.keysmith.application.support.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.ListNotificationsQuery;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.MarkNotificationReadCommand;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.support.InMemorySweeps;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.notification.NotificationNotFoundException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private final World world = new World();
    private final InMemorySweeps store = new InMemorySweeps();
    private final NotificationService service =
            new NotificationService(store, world.gate, world.transactions, world.clock);
    private final Account account = world.account(null);
    private final User admin = world.person("482913");

    NotificationServiceTest() {
        world.member(account, admin, Role.ADMIN);
    }

    private Notification post(Account owner, String title) {
        Notification notification = Notification.post(
                owner.id(),
                NotificationKind.KEY_EXPIRY_WARNING,
                title,
                "body of " + title,
                ApiKeyId.random(),
                null,
                null,
                world.clock.instant());
        store.insertNotifications(List.of(notification));
        world.clock.advance(Duration.ofMinutes(1));
        return notification;
    }

    @Test
    void listsNewestFirstInPagesThatFollowTheirCursor() {
        for (int i = 0; i < 5; i++) {
            post(account, "n" + i);
        }

        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            Page<Notification> page =
                    service.listNotifications(new ListNotificationsQuery(as(admin), account.id(), false, cursor, 2));
            page.items().forEach(n -> titles.add(n.title()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(titles).containsExactly("n4", "n3", "n2", "n1", "n0");
    }

    @Test
    void markingAsReadTakesANotificationOffTheUnreadList() {
        Notification first = post(account, "first");
        post(account, "second");

        Notification read = service.markRead(new MarkNotificationReadCommand(as(admin), account.id(), first.id()));

        assertThat(read.readAt()).isEqualTo(world.clock.instant());
        assertThat(service.listNotifications(new ListNotificationsQuery(as(admin), account.id(), true, null, null))
                        .items())
                .extracting(Notification::title)
                .containsExactly("second");
        assertThat(service.listNotifications(new ListNotificationsQuery(as(admin), account.id(), false, null, null))
                        .items())
                .hasSize(2);
        world.clock.advance(Duration.ofHours(1));
        assertThat(service.markRead(new MarkNotificationReadCommand(as(admin), account.id(), first.id()))
                        .readAt())
                .isEqualTo(read.readAt());
    }

    @Test
    void anotherAccountsNotificationIsNotFound() {
        Account other = world.account(null);
        Notification theirs = post(other, "theirs");

        assertThatThrownBy(
                        () -> service.markRead(new MarkNotificationReadCommand(as(admin), account.id(), theirs.id())))
                .isInstanceOf(NotificationNotFoundException.class);
        assertThatThrownBy(() ->
                        service.listNotifications(new ListNotificationsQuery(as(admin), other.id(), false, null, null)))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void membersMayNotReadThemAndMasterAdminsMay() {
        User member = world.person("482913");
        world.member(account, member, Role.MEMBER);
        Account location = world.account(account);
        post(location, "for the location");

        assertThatThrownBy(() -> service.listNotifications(
                        new ListNotificationsQuery(as(member), account.id(), false, null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(service.listNotifications(new ListNotificationsQuery(as(admin), location.id(), false, null, null))
                        .items())
                .hasSize(1);
    }

    @Test
    void aForeignCursorIsABadRequest() {
        assertThatThrownBy(() -> service.listNotifications(
                        new ListNotificationsQuery(as(admin), account.id(), false, "123", null)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.listNotifications(
                        new ListNotificationsQuery(as(admin), account.id(), false, "x_y", null)))
                .isInstanceOf(InvalidValueException.class);
    }
}
