package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase;
import dev.keysmith.domain.notification.Notification;
import jakarta.inject.Singleton;

/** Satisfies the notification and maintenance resources' dependencies; bootstrap's expiry tests cover them. */
@Singleton
public class UnusedExpiryUseCases implements RunExpirySweepUseCase, ReadNotificationsUseCase {

    @Override
    public SweepResult sweep(RunSweepCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Notification> listNotifications(ListNotificationsQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Notification markRead(MarkNotificationReadCommand command) {
        throw new UnsupportedOperationException();
    }
}
