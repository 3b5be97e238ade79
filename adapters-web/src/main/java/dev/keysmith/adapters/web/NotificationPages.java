package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.ListNotificationsQuery;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.MarkNotificationReadCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import dev.keysmith.domain.shared.DomainException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An account's notifications (the expiry warnings), newest first and paged, each to mark as read. */
@Path("/console/accounts/{accountId}/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    static final int PAGE_SIZE = 20;

    private final ReadNotificationsUseCase notifications;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    NotificationPages(
            ReadNotificationsUseCase notifications, ConsoleSession session, CsrfGuard csrf, ConsoleView pages) {
        this.notifications = notifications;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId + "/notifications";
    }

    @GET
    public Response list(
            @PathParam("accountId") String accountId,
            @QueryParam("unread") boolean unreadOnly,
            @QueryParam("after") String after) {
        Caller caller = session.caller();
        Page<Notification> page = notifications.listNotifications(
                new ListNotificationsQuery(caller, AccountId.parse(accountId), unreadOnly, after, PAGE_SIZE));
        List<NotificationRow> rows =
                page.items().stream().map(NotificationRow::of).toList();
        String here = path(accountId) + (unreadOnly ? "?unread=true" : "");
        String older = page.nextCursor() == null
                ? null
                : here + (unreadOnly ? "&" : "?") + "after="
                        + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        return pages.ok(pages.accountPage("account-notifications", accountId)
                .data("notifications", rows)
                .data("unreadOnly", unreadOnly)
                .data("paged", after != null && !after.isBlank())
                .data("older", older));
    }

    @POST
    @Path("{notificationId}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(
            @PathParam("accountId") String accountId,
            @PathParam("notificationId") String notificationId,
            @FormParam("unread") boolean unreadOnly,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        notifications.markRead(new MarkNotificationReadCommand(
                session.caller(), AccountId.parse(accountId), NotificationId.parse(notificationId)));
        return ConsoleView.seeOther(path(accountId) + (unreadOnly ? "?unread=true" : ""));
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
