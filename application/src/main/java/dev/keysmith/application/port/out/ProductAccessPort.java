package dev.keysmith.application.port.out;

import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Per account and product: whether the account may use it. No row means NOT_REQUESTED. */
public interface ProductAccessPort {

    Optional<ProductAccess> loadAccess(AccountId account, ProductCode product);

    List<ProductAccess> loadAccesses(AccountId account);

    Optional<ProductAccess> loadAccessByRequest(UUID requestId);

    /** Requests in the given state (all states when null), oldest first. */
    List<ProductAccess> loadRequests(AccessState state);

    /** Inserts or replaces the access of that account to that product. */
    void saveAccess(ProductAccess access);
}
