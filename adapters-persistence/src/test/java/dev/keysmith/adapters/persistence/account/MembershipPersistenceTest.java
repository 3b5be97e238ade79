package dev.keysmith.adapters.persistence.account;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipPersistenceTest {

    @Inject
    MembershipPort memberships;

    @Inject
    Stored stored;

    @Test
    void aMembershipIsSavedThenReplacedThenDeleted() {
        Account account = stored.account();
        User user = stored.user();
        Membership admin = new Membership(account.id(), user.id(), Role.ADMIN);
        Membership superadmin = new Membership(account.id(), user.id(), Role.SUPERADMIN);

        QuarkusTransaction.requiringNew().run(() -> memberships.saveMembership(admin));
        assertThat(read(() -> memberships.loadMembership(account.id(), user.id()))).contains(admin);

        QuarkusTransaction.requiringNew().run(() -> memberships.saveMembership(superadmin));
        assertThat(read(() -> memberships.loadMembership(account.id(), user.id()))).contains(superadmin);
        assertThat(read(() -> memberships.loadMembers(account.id()))).containsExactly(superadmin);

        QuarkusTransaction.requiringNew().run(() -> memberships.deleteMembership(account.id(), user.id()));
        assertThat(read(() -> memberships.loadMembership(account.id(), user.id()))).isEmpty();
        assertThat(read(() -> memberships.loadMembers(account.id()))).isEmpty();
    }

    @Test
    void membersOfAnAccountAndMembershipsOfAUserAreListed() {
        Account first = stored.account();
        Account second = stored.account();
        User ada = stored.user();
        User bob = stored.user();
        Membership adaInFirst = stored.member(first, ada, Role.SUPERADMIN);
        Membership bobInFirst = stored.member(first, bob, Role.MEMBER);
        Membership adaInSecond = stored.member(second, ada, Role.ADMIN);

        assertThat(read(() -> memberships.loadMembers(first.id()))).containsExactlyInAnyOrder(adaInFirst, bobInFirst);
        assertThat(read(() -> memberships.loadMembershipsOf(ada.id())))
                .containsExactlyInAnyOrder(adaInFirst, adaInSecond);
        assertThat(read(() -> memberships.loadMembershipsOf(UserId.random()))).isEmpty();
    }

    @Test
    void deletingAMembershipThatDoesNotExistChangesNothing() {
        Account account = stored.account();
        Membership kept = stored.member(account, stored.user(), Role.SUPERADMIN);

        QuarkusTransaction.requiringNew().run(() -> memberships.deleteMembership(account.id(), UserId.random()));

        assertThat(read(() -> memberships.loadMembers(account.id()))).containsExactly(kept);
    }
}
