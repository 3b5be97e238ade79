package dev.keysmith.domain.access;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.shared.Text;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One account's access to one product. A Superadmin requests it with a start date and a use case; an
 * operator approves or denies the request, or enables and disables access directly.
 */
public record ProductAccess(
        AccountId accountId,
        ProductCode product,
        AccessState state,
        UUID requestId,
        LocalDate intendedStartDate,
        String useCase,
        UserId requestedBy,
        Instant requestedAt,
        Instant decidedAt) {

    public ProductAccess {
        Require.present(accountId, "accountId");
        Require.present(product, "product");
        Require.present(state, "state");
        if (useCase != null) {
            Text.visible(useCase, 2000, "useCase");
        }
    }

    public static ProductAccess none(AccountId accountId, ProductCode product) {
        return new ProductAccess(accountId, product, AccessState.NOT_REQUESTED, null, null, null, null, null, null);
    }

    public ProductAccess request(LocalDate intendedStartDate, String useCase, UserId by, Instant now) {
        Require.storable(intendedStartDate, "intendedStartDate");
        Text.visible(Require.present(useCase, "useCase"), 2000, "useCase");
        if (state == AccessState.REQUESTED || state == AccessState.ENABLED) {
            throw new AccessConflictException(
                    "ACCESS_ALREADY_" + state, "access to " + product + " is already " + state);
        }
        return new ProductAccess(
                accountId,
                product,
                AccessState.REQUESTED,
                UUID.randomUUID(),
                intendedStartDate,
                useCase,
                by,
                now,
                null);
    }

    public ProductAccess approve(Instant now) {
        requirePendingRequest();
        return decided(AccessState.ENABLED, now);
    }

    public ProductAccess deny(Instant now) {
        requirePendingRequest();
        return decided(AccessState.DENIED, now);
    }

    public ProductAccess enable(Instant now) {
        return decided(AccessState.ENABLED, now);
    }

    public ProductAccess disable(Instant now) {
        return decided(AccessState.DISABLED, now);
    }

    public boolean isEnabled() {
        return state == AccessState.ENABLED;
    }

    private void requirePendingRequest() {
        if (state != AccessState.REQUESTED) {
            throw new AccessConflictException("ACCESS_REQUEST_NOT_PENDING", "this request was already decided");
        }
    }

    private ProductAccess decided(AccessState to, Instant now) {
        return new ProductAccess(
                accountId, product, to, requestId, intendedStartDate, useCase, requestedBy, requestedAt, now);
    }

    /** The access is not in a state that allows the change. */
    public static final class AccessConflictException extends ConflictException {

        public AccessConflictException(String code, String message) {
            super(code, message);
        }
    }
}
