package dev.keysmith.adapters.persistence.access;

import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.UserId;

final class ProductAccessMapper {

    private ProductAccessMapper() {}

    static ProductAccess toDomain(ProductAccessJpaEntity entity) {
        return new ProductAccess(
                new AccountId(entity.accountId),
                new ProductCode(entity.productCode),
                entity.state,
                entity.requestId,
                entity.intendedStartDate,
                entity.useCase,
                entity.requestedBy == null ? null : new UserId(entity.requestedBy),
                entity.requestedAt,
                entity.decidedAt);
    }

    static void copyInto(ProductAccess access, ProductAccessJpaEntity entity) {
        entity.accountId = access.accountId().value();
        entity.productCode = access.product().value();
        entity.state = access.state();
        entity.requestId = access.requestId();
        entity.intendedStartDate = access.intendedStartDate();
        entity.useCase = access.useCase();
        entity.requestedBy =
                access.requestedBy() == null ? null : access.requestedBy().value();
        entity.requestedAt = access.requestedAt();
        entity.decidedAt = access.decidedAt();
    }

    static ProductAccessJpaEntity.Key key(AccountId account, ProductCode product) {
        return new ProductAccessJpaEntity.Key(account.value(), product.value());
    }
}
