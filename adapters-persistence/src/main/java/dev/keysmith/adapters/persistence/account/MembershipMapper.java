package dev.keysmith.adapters.persistence.account;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.user.UserId;

final class MembershipMapper {

    private MembershipMapper() {}

    static Membership toDomain(MembershipJpaEntity entity) {
        return new Membership(new AccountId(entity.accountId), new UserId(entity.userId), entity.role);
    }

    static void copyInto(Membership membership, MembershipJpaEntity entity) {
        entity.accountId = membership.accountId().value();
        entity.userId = membership.userId().value();
        entity.role = membership.role();
    }

    static MembershipJpaEntity.Key key(AccountId account, UserId user) {
        return new MembershipJpaEntity.Key(account.value(), user.value());
    }
}
