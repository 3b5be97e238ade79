package dev.keysmith.application.port.in.access;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;
import java.util.UUID;

/** Operators review access requests and enable or disable products for accounts directly. */
public interface DecideProductAccessUseCase {

    List<ProductAccess> listRequests(ListAccessRequestsQuery query);

    ProductAccess approve(ApproveAccessRequestCommand command);

    ProductAccess deny(DenyAccessRequestCommand command);

    ProductAccess enable(EnableProductAccessCommand command);

    ProductAccess disable(DisableProductAccessCommand command);

    /** {@code state} null: requests in every state. */
    record ListAccessRequestsQuery(Caller caller, AccessState state) {}

    record ApproveAccessRequestCommand(Caller caller, UUID request) {}

    record DenyAccessRequestCommand(Caller caller, UUID request) {}

    record EnableProductAccessCommand(Caller caller, AccountId account, ProductCode product) {}

    record DisableProductAccessCommand(Caller caller, AccountId account, ProductCode product) {}
}
