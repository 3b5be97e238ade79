package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.account.ListAccountsUseCase;
import dev.keysmith.application.port.in.account.ListAccountsUseCase.ListAccountsQuery;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase;
import dev.keysmith.application.port.in.notification.ReadNotificationsUseCase.ListNotificationsQuery;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.application.port.in.user.GetProfileUseCase.MembershipView;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.LockedException;
import dev.keysmith.domain.shared.NotFoundException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Renders console pages with what every page shows (the signed-in email, the CSRF token) and the error pages. */
@ApplicationScoped
public class ConsoleView {

    private final Engine engine;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ListAccountsUseCase accounts;
    private final GetProfileUseCase profiles;
    private final ReadNotificationsUseCase notifications;

    ConsoleView(
            Engine engine,
            ConsoleSession session,
            CsrfGuard csrf,
            ListAccountsUseCase accounts,
            GetProfileUseCase profiles,
            ReadNotificationsUseCase notifications) {
        this.engine = engine;
        this.session = session;
        this.csrf = csrf;
        this.accounts = accounts;
        this.profiles = profiles;
        this.notifications = notifications;
    }

    /** A page of {@code templates/console/<name>.html}, with the header's data. */
    TemplateInstance page(String name) {
        boolean signedIn = session.signedIn();
        return engine.getTemplate("console/" + name)
                .data("csrf", csrf.token())
                .data("signedIn", signedIn)
                .data("email", signedIn ? session.email() : null)
                .data("operator", signedIn && session.caller().operator())
                .data("switchable", signedIn ? switchable(session.caller()) : List.of())
                .data("accountId", null);
    }

    /**
     * A page inside one account: the header gains the account's navigation for the caller's role there (the pages
     * a role may not open are not linked) and the number of unread notifications for those who may read them.
     */
    TemplateInstance accountPage(String name, String accountId) {
        Role role = roleIn(session.caller(), AccountId.parse(accountId)).orElse(null);
        boolean admin = role != null && role.includes(Role.ADMIN);
        return page(name)
                .data("accountId", accountId)
                .data("navPage", name)
                .data("accountRole", role == null ? null : role.name())
                .data("accountAdmin", admin)
                .data("accountSuperadmin", role == Role.SUPERADMIN)
                .data("unread", admin ? unreadCount(accountId) : null);
    }

    /**
     * The caller's role in the account as the use cases see it: their own, or their role in its master account
     * when that is higher (agency view); empty when they have none there. It only decides what the header links.
     */
    Optional<Role> roleIn(Caller caller, AccountId account) {
        List<MembershipView> memberships =
                profiles.profile(new GetProfileQuery(caller)).memberships();
        Optional<Role> own = roleOf(memberships, account);
        Optional<AccountId> master =
                accounts.listAccounts(new ListAccountsQuery(caller, null, Page.MAX_LIMIT)).items().stream()
                        .filter(a -> a.id().equals(account))
                        .map(Account::parentId)
                        .filter(parent -> parent != null)
                        .findFirst();
        Optional<Role> viaMaster = master.flatMap(parent -> roleOf(memberships, parent));
        if (own.isEmpty() || viaMaster.isEmpty()) {
            return own.isPresent() ? own : viaMaster;
        }
        return Optional.of(own.get().includes(viaMaster.get()) ? own.get() : viaMaster.get());
    }

    private static Optional<Role> roleOf(List<MembershipView> memberships, AccountId account) {
        return memberships.stream()
                .filter(m -> m.account().id().equals(account))
                .map(MembershipView::role)
                .findFirst();
    }

    /** The unread notifications, counted up to one page: "200+" beyond; null when there are none. */
    private String unreadCount(String accountId) {
        Page<?> unread = notifications.listNotifications(
                new ListNotificationsQuery(session.caller(), AccountId.parse(accountId), true, null, Page.MAX_LIMIT));
        if (unread.items().isEmpty()) {
            return null;
        }
        return unread.items().size() + (unread.nextCursor() == null ? "" : "+");
    }

    /** The accounts a person may switch between (theirs and their sub-accounts); operators see every account elsewhere. */
    private List<Option> switchable(Caller caller) {
        if (caller.operator()) {
            return List.of();
        }
        return accounts.listAccounts(new ListAccountsQuery(caller, null, Page.MAX_LIMIT)).items().stream()
                .map(account ->
                        new Option(account.id().toString(), account.name().value(), false))
                .toList();
    }

    Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .build();
    }

    Response ok(TemplateInstance page) {
        return html(200, page);
    }

    /** 303 See Other: after a form, the browser loads the next page with GET. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    Response error(int status, String title, String message) {
        return html(status, page("error").data("title", title).data("message", message));
    }

    Response notAllowed(String message) {
        return error(403, "Not allowed", message);
    }

    /** A refusal of a use case as a styled page with its status, the same statuses the API answers with. */
    Response problem(DomainException e) {
        if (e instanceof NotFoundException) {
            return error(404, "Not found", Messages.of(e));
        }
        if (e instanceof PermissionDeniedException) {
            return notAllowed(Messages.of(e));
        }
        return error(statusOf(e), "Request refused", Messages.of(e));
    }

    static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof PermissionDeniedException) {
            return 403;
        }
        if (e instanceof UnauthenticatedException) {
            return 401;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof LockedException) {
            return 423;
        }
        if (e instanceof ThrottledException) {
            return 429;
        }
        return 400;
    }

    /** For the page that shows a secret: no cache may keep it. */
    static Response noStore(Response response) {
        return Response.fromResponse(response)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
