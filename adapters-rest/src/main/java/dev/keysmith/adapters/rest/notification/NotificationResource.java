package dev.keysmith.adapters.rest.notification;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.PageResponse;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.ListNotificationsQuery;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.MarkNotificationReadCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.NotificationId;
import dev.keysmith.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An account's in-app notifications, newest first; the service lets its ADMINs (and its master's) in. */
@Path("/v1/accounts/{accountId}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class NotificationResource {

    private final ReadNotificationsUseCase notifications;
    private final CallerFactory callers;

    NotificationResource(ReadNotificationsUseCase notifications, CallerFactory callers) {
        this.notifications = notifications;
        this.callers = callers;
    }

    @GET
    public PageResponse<NotificationResponse> list(
            @PathParam("accountId") String accountId,
            @QueryParam("unread") String unread,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return PageResponse.from(
                notifications.listNotifications(new ListNotificationsQuery(
                        callers.current(),
                        AccountId.parse(accountId),
                        unreadOnly(unread),
                        after,
                        RequestParams.limit(limit))),
                NotificationResponse::from);
    }

    @POST
    @Path("/{notificationId}/read")
    public NotificationResponse markRead(
            @PathParam("accountId") String accountId, @PathParam("notificationId") String notificationId) {
        return NotificationResponse.from(notifications.markRead(new MarkNotificationReadCommand(
                callers.current(), AccountId.parse(accountId), NotificationId.parse(notificationId))));
    }

    /** {@code unread=true} lists only unread notifications; absent or {@code false} lists all. */
    static boolean unreadOnly(String unread) {
        if (unread == null || unread.isBlank() || unread.equalsIgnoreCase("false")) {
            return false;
        }
        if (unread.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidValueException("unread", "unread must be true or false");
    }
}
