package dev.keysmith.application.account;

import static dev.keysmith.application.support.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.account.AcceptInvitationUseCase.AcceptInvitationCommand;
import dev.keysmith.application.port.in.account.AlreadyMemberException;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.ChangeMemberRoleCommand;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.RemoveMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.InviteMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.application.port.in.account.ListMembersUseCase.ListMembersQuery;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.account.LastSuperadminException;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    private final World world = new World();
    private final MemberService members = new MemberService(
            world.store,
            world.store,
            world.store,
            world.store,
            world.gate,
            world.invitations,
            world.passwords,
            world.hasher,
            world.transactions,
            world.audit,
            world.clock);

    @Test
    void theLastSuperadminCanBeNeitherDemotedNorRemoved() {
        Account account = world.account(null);
        User owner = world.person("482913");
        world.member(account, owner, Role.SUPERADMIN);

        assertThatThrownBy(() -> members.changeRole(
                        new ChangeMemberRoleCommand(as(owner), account.id(), owner.id(), Role.ADMIN)))
                .isInstanceOf(LastSuperadminException.class);
        assertThatThrownBy(() -> members.removeMember(new RemoveMemberCommand(as(owner), account.id(), owner.id())))
                .isInstanceOf(LastSuperadminException.class);

        User second = world.person("482913");
        world.member(account, second, Role.SUPERADMIN);
        members.changeRole(new ChangeMemberRoleCommand(as(owner), account.id(), owner.id(), Role.ADMIN));
        assertThat(world.store.loadMembership(account.id(), owner.id()))
                .map(Membership::role)
                .contains(Role.ADMIN);
    }

    @Test
    void outsidersGet404AndLowerRoles403() {
        Account account = world.account(null);
        User admin = world.person("482913");
        User stranger = world.person("482913");
        world.member(account, admin, Role.ADMIN);

        assertThatThrownBy(() -> members.listMembers(new ListMembersQuery(as(stranger), account.id())))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> members.listMembers(new ListMembersQuery(as(admin), account.id())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMastersSuperadminManagesTheSubAccountButNotTheOtherWayRound() {
        Account master = world.account(null);
        Account location = world.account(master);
        User agency = world.person("482913");
        User local = world.person("482913");
        world.member(master, agency, Role.SUPERADMIN);
        world.member(location, local, Role.SUPERADMIN);

        assertThat(members.listMembers(new ListMembersQuery(as(agency), location.id()))
                        .members())
                .hasSize(1);
        assertThatThrownBy(() -> members.listMembers(new ListMembersQuery(as(local), master.id())))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void anInvitationIsEmailedAndWorksExactlyOnce() {
        Account account = world.account(null);
        User owner = world.person("482913");
        world.member(account, owner, Role.SUPERADMIN);

        IssuedInvitation issued = members.invite(
                new InviteMemberCommand(as(owner), account.id(), new Email("New@Example.com"), Role.ADMIN));

        assertThat(world.mailbox.sent)
                .singleElement()
                .satisfies(m -> assertThat(m.body())
                        // The console's acceptance page, at the address the service is reached at from outside.
                        .contains(World.PUBLIC_URL + "/console/invitations/" + issued.token() + "\n")
                        .contains("POST " + World.PUBLIC_URL + "/v1/invitations/" + issued.token() + "/accept"))
                .satisfies(m -> assertThat(m.to()).containsExactly("new@example.com"));
        assertThat(world.store.invitations.get(0).tokenDigest()).isNotEqualTo(issued.token());

        Membership joined = members.accept(new AcceptInvitationCommand(
                issued.token(), "New Person", "a-long-password-1", "730582", "198.51.100.1"));
        assertThat(joined.role()).isEqualTo(Role.ADMIN);
        User created = world.store.loadUser(joined.userId()).orElseThrow();
        assertThat(world.hasher.matches("a-long-password-1", created.passwordHash()))
                .isTrue();
        assertThat(world.hasher.matches("730582", created.pinHash())).isTrue();

        assertThatThrownBy(() -> members.accept(
                        new AcceptInvitationCommand(issued.token(), "Again", "a-long-password-1", "730582", null)))
                .isInstanceOf(InvitationNotUsableException.class);
    }

    @Test
    void anExpiredInvitationCannotBeUsed() {
        Account account = world.account(null);
        User owner = world.person("482913");
        world.member(account, owner, Role.SUPERADMIN);
        IssuedInvitation issued = members.invite(
                new InviteMemberCommand(as(owner), account.id(), new Email("late@example.com"), Role.MEMBER));

        world.clock.advance(Duration.ofDays(8));

        assertThatThrownBy(() -> members.accept(
                        new AcceptInvitationCommand(issued.token(), "Late", "a-long-password-1", "730582", null)))
                .isInstanceOf(InvitationNotUsableException.class);
    }

    @Test
    void invitingAnExistingMemberIsAConflict() {
        Account account = world.account(null);
        User owner = world.person("482913");
        world.member(account, owner, Role.SUPERADMIN);

        assertThatThrownBy(() ->
                        members.invite(new InviteMemberCommand(as(owner), account.id(), owner.email(), Role.ADMIN)))
                .isInstanceOf(AlreadyMemberException.class);
    }
}
