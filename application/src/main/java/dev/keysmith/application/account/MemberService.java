package dev.keysmith.application.account;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase;
import dev.keysmith.application.port.in.account.AlreadyMemberException;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase;
import dev.keysmith.application.port.in.account.InviteMemberUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.account.MemberNotFoundException;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.application.user.PasswordCheck;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.account.LastSuperadminException;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.Password;
import dev.keysmith.domain.user.Pin;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members, roles and invitations of an account; an account always keeps one SUPERADMIN. */
public final class MemberService
        implements ListMembersUseCase, InviteMemberUseCase, ChangeMemberUseCase, AcceptInvitationUseCase {

    private final AccountPort accounts;
    private final MembershipPort memberships;
    private final UserPort users;
    private final InvitationPort invitations;
    private final AccountGate gate;
    private final InvitationSender sender;
    private final PasswordCheck passwords;
    private final SecretHasherPort hasher;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public MemberService(
            AccountPort accounts,
            MembershipPort memberships,
            UserPort users,
            InvitationPort invitations,
            AccountGate gate,
            InvitationSender sender,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.users = users;
        this.invitations = invitations;
        this.gate = gate;
        this.sender = sender;
        this.passwords = passwords;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Members listMembers(ListMembersQuery query) {
        Caller caller = query.caller();
        AccountId accountId = query.account();
        Account account = gate.requireRole(caller, accountId, Role.SUPERADMIN);
        Instant now = clock.instant();
        List<Member> members = memberships.loadMembers(account.id()).stream()
                .flatMap(m -> users.loadUser(m.userId()).map(u -> new Member(u, m.role())).stream())
                .toList();
        List<Invitation> pending = invitations.loadInvitations(account.id()).stream()
                .filter(i -> i.isPending(now))
                .toList();
        return new Members(members, pending);
    }

    @Override
    public IssuedInvitation invite(InviteMemberCommand command) {
        Email email = Require.present(command.email(), "email");
        Role role = Require.present(command.role(), "role");
        return transactions.inTransaction(() -> {
            Account account = gate.requireRole(command.caller(), command.account(), Role.SUPERADMIN);
            Optional<User> existing = users.loadUserByEmail(email);
            if (existing.isPresent()
                    && memberships
                            .loadMembership(account.id(), existing.get().id())
                            .isPresent()) {
                throw new AlreadyMemberException();
            }
            return sender.invite(command.caller(), account, email, role);
        });
    }

    @Override
    public Membership changeRole(ChangeMemberRoleCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        UserId member = command.member();
        Role role = command.role();
        Require.present(role, "role");
        return transactions.inTransaction(() -> {
            // Lock first, then read who may act: a caller demoted meanwhile must be judged by the new role.
            accounts.lockAccount(accountId);
            Account account = gate.requireRole(caller, accountId, Role.SUPERADMIN);
            Membership current =
                    memberships.loadMembership(account.id(), member).orElseThrow(MemberNotFoundException::new);
            if (current.role() == Role.SUPERADMIN && role != Role.SUPERADMIN) {
                requireAnotherSuperadmin(account.id());
            }
            Membership changed = new Membership(account.id(), member, role);
            memberships.saveMembership(changed);
            audit.record(
                    caller,
                    AuditAction.MEMBER_ROLE_CHANGED,
                    "user",
                    member,
                    account.id(),
                    Map.of("from", current.role().name(), "to", role.name()));
            return changed;
        });
    }

    @Override
    public void removeMember(RemoveMemberCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        UserId member = command.member();
        transactions.inTransaction(() -> {
            accounts.lockAccount(accountId);
            Account account = gate.requireRole(caller, accountId, Role.SUPERADMIN);
            Membership current =
                    memberships.loadMembership(account.id(), member).orElseThrow(MemberNotFoundException::new);
            if (current.role() == Role.SUPERADMIN) {
                requireAnotherSuperadmin(account.id());
            }
            memberships.deleteMembership(account.id(), member);
            audit.record(
                    caller,
                    AuditAction.MEMBER_REMOVED,
                    "user",
                    member,
                    account.id(),
                    Map.of("role", current.role().name()));
        });
    }

    @Override
    public Membership accept(AcceptInvitationCommand command) {
        Caller anonymous = Caller.anonymous(command.clientIp());
        Optional<Membership> accepted = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Invitation invitation = invitations
                    .lockInvitationByDigest(TokenDigest.of(Require.present(command.token(), "token")))
                    .filter(i -> i.isPending(now))
                    .orElseThrow(InvitationNotUsableException::new);
            Optional<User> existing = users.loadUserByEmail(invitation.email()).flatMap(u -> users.lockUser(u.id()));
            User user;
            if (existing.isPresent()) {
                // An existing user proves who they are with their password; their PIN stays as it is.
                if (!passwords.check(existing.get(), command.password(), anonymous)) {
                    return Optional.<Membership>empty();
                }
                user = existing.get();
            } else {
                DisplayName name = new DisplayName(command.displayName());
                Password password = new Password(command.password());
                Pin pin = Pin.choose(command.pin());
                user = User.register(
                        UserId.random(),
                        invitation.email(),
                        name,
                        hasher.hash(password.value()),
                        hasher.hash(pin.value()),
                        false,
                        now);
                users.insertUser(user);
            }
            invitations.updateInvitation(invitation.accept(now));
            Membership membership = new Membership(invitation.accountId(), user.id(), invitation.role());
            memberships.saveMembership(membership);
            audit.record(
                    Caller.user(user.id(), user.operator(), command.clientIp()),
                    AuditAction.INVITATION_ACCEPTED,
                    "invitation",
                    invitation.id(),
                    invitation.accountId(),
                    Map.of("role", invitation.role().name()));
            return Optional.of(membership);
        });
        return accepted.orElseThrow(WrongPasswordException::new);
    }

    private void requireAnotherSuperadmin(AccountId account) {
        long superadmins = memberships.loadMembers(account).stream()
                .filter(m -> m.role() == Role.SUPERADMIN)
                .count();
        if (superadmins <= 1) {
            throw new LastSuperadminException();
        }
    }
}
