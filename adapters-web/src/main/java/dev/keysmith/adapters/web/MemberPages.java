package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.ChangeMemberRoleCommand;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.RemoveMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.InviteMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase.ListMembersQuery;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Members;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.UserId;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A SUPERADMIN's members page: who belongs to the account, invitations, role changes and removals. */
@Path("/console/accounts/{accountId}/members")
@Produces(MediaType.TEXT_HTML)
public class MemberPages {

    private static final Map<String, String> FLASHES = Map.of(
            "role", "The role is changed. It counts from the member's next click.",
            "removed", "The member is removed and has no access to this account any more.");

    private final ListMembersUseCase members;
    private final InviteMemberUseCase invite;
    private final ChangeMemberUseCase changeMember;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    MemberPages(
            ListMembersUseCase members,
            InviteMemberUseCase invite,
            ChangeMemberUseCase changeMember,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.members = members;
        this.invite = invite;
        this.changeMember = changeMember;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId + "/members";
    }

    @GET
    public Response list(@PathParam("accountId") String accountId, @QueryParam("flash") String flash) {
        return pages.ok(membersPage(accountId)
                .data("flash", flash == null ? null : FLASHES.get(flash))
                .data("inviteEmail", "")
                .data("inviteRole", Role.MEMBER.name()));
    }

    /** The invitation's link is on this response only: it is the token, which exists nowhere else. */
    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(
            @PathParam("accountId") String accountId,
            @FormParam("email") String email,
            @FormParam("role") String role,
            @FormParam(CsrfGuard.FIELD) String token,
            @Context UriInfo uri) {
        csrf.check(token);
        String emailValue = email == null ? "" : email.strip();
        String roleValue = role == null ? "" : role;
        IssuedInvitation issued;
        try {
            issued = invite.invite(new InviteMemberCommand(
                    session.caller(), AccountId.parse(accountId), new Email(emailValue), role(roleValue)));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused),
                    membersPage(accountId)
                            .data("inviteError", Messages.of(refused))
                            .data("inviteEmail", emailValue)
                            .data("inviteRole", roleValue));
        }
        String link = uri.getBaseUri()
                .resolve("/console/invitations/" + issued.token())
                .toString();
        return ConsoleView.noStore(pages.ok(membersPage(accountId)
                .data("invited", issued.invitation().email().value())
                .data("invitedRole", words(issued.invitation().role()))
                .data("invitationLink", link)
                .data("inviteEmail", "")
                .data("inviteRole", Role.MEMBER.name())));
    }

    @POST
    @Path("{userId}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(
            @PathParam("accountId") String accountId,
            @PathParam("userId") String userId,
            @FormParam("role") String role,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        try {
            changeMember.changeRole(new ChangeMemberRoleCommand(
                    session.caller(), AccountId.parse(accountId), UserId.parse(userId), role(role)));
        } catch (DomainException refused) {
            return refusedOnMember(accountId, refused);
        }
        return afterChange(accountId, userId, "role");
    }

    @POST
    @Path("{userId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(
            @PathParam("accountId") String accountId,
            @PathParam("userId") String userId,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        try {
            changeMember.removeMember(
                    new RemoveMemberCommand(session.caller(), AccountId.parse(accountId), UserId.parse(userId)));
        } catch (DomainException refused) {
            return refusedOnMember(accountId, refused);
        }
        return afterChange(accountId, userId, "removed");
    }

    /** Someone who just gave up their own superadmin role (or left) may no longer see this page: back home. */
    private Response afterChange(String accountId, String userId, String flash) {
        if (session.caller().userId().equals(UserId.parse(userId))) {
            return ConsoleView.seeOther(SessionPages.HOME);
        }
        return ConsoleView.seeOther(path(accountId) + "?flash=" + flash);
    }

    /** A refused change shown above the list; refusals of the page itself (403, 404) come from listing it again. */
    private Response refusedOnMember(String accountId, DomainException refused) {
        return pages.html(
                ConsoleView.statusOf(refused),
                membersPage(accountId)
                        .data("error", Messages.of(refused))
                        .data("inviteEmail", "")
                        .data("inviteRole", Role.MEMBER.name()));
    }

    private TemplateInstance membersPage(String accountId) {
        Caller caller = session.caller();
        Members found = members.listMembers(new ListMembersQuery(caller, AccountId.parse(accountId)));
        List<MemberRow> rows = found.members().stream()
                .sorted(Comparator.comparing((ListMembersUseCase.Member m) -> m.role())
                        .reversed()
                        .thenComparing(m -> m.user().displayName().value()))
                .map(m -> new MemberRow(
                        m.user().id().toString(),
                        m.user().displayName().value(),
                        m.user().email().value(),
                        words(m.role()),
                        m.user().id().equals(caller.userId()),
                        roleOptions(m.role().name())))
                .toList();
        List<InvitationRow> invitations = found.pendingInvitations().stream()
                .map(i -> new InvitationRow(
                        i.email().value(), words(i.role()), Moments.of(i.createdAt()), Moments.of(i.expiresAt())))
                .toList();
        return pages.accountPage("account-members", accountId)
                .data("members", rows)
                .data("invitations", invitations)
                .data("roles", roleOptions(null))
                .data("error", null)
                .data("inviteError", null)
                .data("invited", null)
                .data("invitationLink", null)
                .data("flash", null);
    }

    private static List<Option> roleOptions(String selected) {
        return Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), words(r), r.name().equals(selected)))
                .toList();
    }

    static String words(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Role role(String value) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("role", "role must be MEMBER, ADMIN or SUPERADMIN"));
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
