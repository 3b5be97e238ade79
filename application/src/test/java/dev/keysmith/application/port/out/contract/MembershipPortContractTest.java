package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link MembershipPort} does, stated once and run against each implementation. */
public abstract class MembershipPortContractTest {

    protected abstract PortsUnderTest ports();

    private MembershipPort memberships() {
        return ports().memberships();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void aMembershipIsSavedThenReplacedThenDeleted() {
        Account account = rows().account();
        User user = rows().user();
        Membership admin = new Membership(account.id(), user.id(), Role.ADMIN);
        Membership superadmin = new Membership(account.id(), user.id(), Role.SUPERADMIN);

        ports().inTransaction(() -> memberships().saveMembership(admin));
        assertThat(ports().inTransaction(() -> memberships().loadMembership(account.id(), user.id())))
                .contains(admin);

        ports().inTransaction(() -> memberships().saveMembership(superadmin));
        assertThat(ports().inTransaction(() -> memberships().loadMembership(account.id(), user.id())))
                .contains(superadmin);
        assertThat(ports().inTransaction(() -> memberships().loadMembers(account.id())))
                .containsExactly(superadmin);

        ports().inTransaction(() -> memberships().deleteMembership(account.id(), user.id()));
        assertThat(ports().inTransaction(() -> memberships().loadMembership(account.id(), user.id())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> memberships().loadMembers(account.id())))
                .isEmpty();
    }

    @Test
    void membersOfAnAccountAndMembershipsOfAUserAreListed() {
        Account first = rows().account();
        Account second = rows().account();
        User ada = rows().user();
        User bob = rows().user();
        Membership adaInFirst = rows().member(first, ada, Role.SUPERADMIN);
        Membership bobInFirst = rows().member(first, bob, Role.MEMBER);
        Membership adaInSecond = rows().member(second, ada, Role.ADMIN);

        assertThat(ports().inTransaction(() -> memberships().loadMembers(first.id())))
                .containsExactlyElementsOf(Stream.of(adaInFirst, bobInFirst)
                        .sorted(Comparator.comparing(m -> m.userId().value().toString()))
                        .toList());
        assertThat(ports().inTransaction(() -> memberships().loadMembershipsOf(ada.id())))
                .containsExactlyElementsOf(Stream.of(adaInFirst, adaInSecond)
                        .sorted(Comparator.comparing(m -> m.accountId().value().toString()))
                        .toList());
        assertThat(ports().inTransaction(() -> memberships().loadMembershipsOf(UserId.random())))
                .isEmpty();
    }

    @Test
    void deletingAMembershipThatDoesNotExistChangesNothing() {
        Account account = rows().account();
        Membership kept = rows().member(account, rows().user(), Role.SUPERADMIN);

        ports().inTransaction(() -> memberships().deleteMembership(account.id(), UserId.random()));

        assertThat(ports().inTransaction(() -> memberships().loadMembers(account.id())))
                .containsExactly(kept);
    }
}
