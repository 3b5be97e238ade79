package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase.ListMembersQuery;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Member;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase.ReadAuditEventsQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An account's audit trail, newest first, filtered by action and key and paged. */
@Path("/console/accounts/{accountId}/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 25;

    private final ReadAuditEventsUseCase audit;
    private final ListMembersUseCase members;
    private final ConsoleSession session;
    private final ConsoleView pages;

    AuditPages(ReadAuditEventsUseCase audit, ListMembersUseCase members, ConsoleSession session, ConsoleView pages) {
        this.audit = audit;
        this.members = members;
        this.session = session;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId + "/audit";
    }

    @GET
    public Response trail(
            @PathParam("accountId") String accountId,
            @QueryParam("action") String action,
            @QueryParam("key") String key,
            @QueryParam("after") String after) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        String actionValue = action == null ? "" : action.strip();
        String keyValue = key == null ? "" : key.strip();
        List<Option> actions = new ArrayList<>();
        actions.add(new Option("", "Any action", actionValue.isEmpty()));
        for (AuditAction a : AuditAction.values()) {
            actions.add(new Option(a.name(), AuditRow.words(a), a.name().equals(actionValue)));
        }
        Page<AuditEvent> page;
        try {
            page = audit.readEvents(new ReadAuditEventsQuery(
                    caller,
                    account,
                    action(actionValue),
                    keyValue.isEmpty() ? null : ApiKeyId.parse(keyValue),
                    after,
                    PAGE_SIZE));
        } catch (InvalidValueException refused) {
            // A filter that does not parse is explained on the page, to those who may read the trail at all.
            audit.readEvents(new ReadAuditEventsQuery(caller, account, null, null, null, 1));
            return pages.html(
                    400, trailPage(accountId, actions, keyValue, List.of(), null, false, Messages.of(refused)));
        }
        Map<String, String> names = actorNames(caller, account);
        List<AuditRow> rows = page.items().stream()
                .map(event -> AuditRow.of(event, actor(event, names)))
                .toList();
        String newest = path(accountId) + "?action=" + encode(actionValue) + "&key=" + encode(keyValue);
        String older = page.nextCursor() == null ? null : newest + "&after=" + encode(page.nextCursor());
        return pages.ok(trailPage(accountId, actions, keyValue, rows, older, after != null && !after.isBlank(), null)
                .data("newest", newest));
    }

    private TemplateInstance trailPage(
            String accountId,
            List<Option> actions,
            String key,
            List<AuditRow> rows,
            String older,
            boolean paged,
            String error) {
        return pages.accountPage("account-audit", accountId)
                .data("actions", actions)
                .data("keyValue", key)
                .data("events", rows)
                .data("older", older)
                .data("paged", paged)
                .data("newest", path(accountId))
                .data(
                        "filtered",
                        actions.stream()
                                        .anyMatch(
                                                o -> o.selected() && !o.value().isEmpty())
                                || !key.isEmpty())
                .data("error", error);
    }

    private static AuditAction action(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("action", "action must be one of the audit actions");
        }
    }

    /** People by name where the caller may see the members (a SUPERADMIN); the caller themself as "you". */
    private Map<String, String> actorNames(Caller caller, AccountId account) {
        Map<String, String> names = new HashMap<>();
        if (pages.roleIn(caller, account).orElse(null) == Role.SUPERADMIN) {
            for (Member member :
                    members.listMembers(new ListMembersQuery(caller, account)).members()) {
                names.put(
                        member.user().id().toString(),
                        member.user().displayName().value() + " ("
                                + member.user().email().value() + ")");
            }
        }
        names.put(caller.userId().toString(), "you");
        return names;
    }

    private static String actor(AuditEvent event, Map<String, String> names) {
        if (event.actorType() == ActorType.SYSTEM) {
            return "Keysmith itself";
        }
        if (event.actorType() == ActorType.ANONYMOUS) {
            return "someone not signed in";
        }
        if (event.actorType() == ActorType.VERIFIER_CLIENT) {
            return "verifier client " + event.actorId();
        }
        String name = names.get(event.actorId());
        return name != null ? name : "person " + event.actorId();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
