package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Who belongs to which account with which role. */
public interface MembershipPort {

    Optional<Membership> loadMembership(AccountId account, UserId user);

    List<Membership> loadMembers(AccountId account);

    List<Membership> loadMembershipsOf(UserId user);

    /** Inserts or replaces the membership of that user in that account. */
    void saveMembership(Membership membership);

    void deleteMembership(AccountId account, UserId user);
}
