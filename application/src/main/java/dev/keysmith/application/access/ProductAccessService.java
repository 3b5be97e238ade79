package dev.keysmith.application.access;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.access.AccessRequestNotFoundException;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase;
import dev.keysmith.application.port.in.access.ReviewAccountProductsUseCase;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Which products each account may use: requests by Superadmins, decisions by operators. */
public final class ProductAccessService
        implements ListAccountProductsUseCase,
                RequestProductAccessUseCase,
                DecideProductAccessUseCase,
                ReviewAccountProductsUseCase {

    private final ProductAccessPort accesses;
    private final LoadProductPort products;
    private final AccountPort accounts;
    private final AccountGate gate;
    private final AccountChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ProductAccessService(
            ProductAccessPort accesses,
            LoadProductPort products,
            AccountPort accounts,
            AccountGate gate,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.accesses = accesses;
        this.products = products;
        this.accounts = accounts;
        this.gate = gate;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ProductWithAccess> listAccountProducts(ListAccountProductsQuery query) {
        Caller caller = query.caller();
        AccountId accountId = query.account();
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        return withAccess(account.id());
    }

    @Override
    public List<ProductWithAccess> reviewAccountProducts(ReviewAccountProductsQuery query) {
        query.caller().requireOperator();
        AccountId accountId = query.account();
        accounts.loadAccount(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        return withAccess(accountId);
    }

    private List<ProductWithAccess> withAccess(AccountId account) {
        Map<ProductCode, ProductAccess> byProduct = new HashMap<>();
        accesses.loadAccesses(account).forEach(a -> byProduct.put(a.product(), a));
        return products.loadAllProducts().stream()
                .map(p -> new ProductWithAccess(
                        p, byProduct.getOrDefault(p.code(), ProductAccess.none(account, p.code()))))
                .toList();
    }

    @Override
    public ProductAccess requestAccess(RequestProductAccessCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ProductCode product = command.product();
        LocalDate intendedStartDate = command.intendedStartDate();
        String useCase = command.useCase();
        return transactions.inTransaction(() -> {
            Account account = gate.requireRole(caller, accountId, Role.SUPERADMIN);
            Product known = products.loadProduct(product).orElseThrow(() -> new ProductNotFoundException(product));
            ProductAccess requested = current(account.id(), known.code())
                    .request(intendedStartDate, useCase, caller.userId(), clock.instant());
            accesses.saveAccess(requested);
            audit.record(
                    caller,
                    AuditAction.PRODUCT_ACCESS_REQUESTED,
                    "product",
                    product,
                    account.id(),
                    Map.of(
                            "intendedStartDate",
                            intendedStartDate.toString(),
                            "requestId",
                            requested.requestId().toString()));
            return requested;
        });
    }

    @Override
    public List<ProductAccess> listRequests(ListAccessRequestsQuery query) {
        Caller caller = query.caller();
        AccessState state = query.state();
        caller.requireOperator();
        return accesses.loadRequests(state);
    }

    @Override
    public ProductAccess approve(ApproveAccessRequestCommand command) {
        Caller caller = command.caller();
        UUID requestId = command.request();
        return decideRequest(caller, requestId, a -> a.approve(clock.instant()), AuditAction.PRODUCT_ACCESS_APPROVED);
    }

    @Override
    public ProductAccess deny(DenyAccessRequestCommand command) {
        Caller caller = command.caller();
        UUID requestId = command.request();
        return decideRequest(caller, requestId, a -> a.deny(clock.instant()), AuditAction.PRODUCT_ACCESS_DENIED);
    }

    @Override
    public ProductAccess enable(EnableProductAccessCommand command) {
        Caller caller = command.caller();
        AccountId account = command.account();
        ProductCode product = command.product();
        return setDirectly(
                caller, account, product, a -> a.enable(clock.instant()), AuditAction.PRODUCT_ACCESS_ENABLED);
    }

    @Override
    public ProductAccess disable(DisableProductAccessCommand command) {
        Caller caller = command.caller();
        AccountId account = command.account();
        ProductCode product = command.product();
        return setDirectly(
                caller, account, product, a -> a.disable(clock.instant()), AuditAction.PRODUCT_ACCESS_DISABLED);
    }

    private ProductAccess decideRequest(
            Caller caller, UUID requestId, UnaryOperator<ProductAccess> decision, AuditAction action) {
        caller.requireOperator();
        return transactions.inTransaction(() -> {
            ProductAccess access =
                    accesses.loadAccessByRequest(requestId).orElseThrow(AccessRequestNotFoundException::new);
            return store(caller, access, decision.apply(access), action);
        });
    }

    private ProductAccess setDirectly(
            Caller caller,
            AccountId accountId,
            ProductCode product,
            UnaryOperator<ProductAccess> change,
            AuditAction action) {
        caller.requireOperator();
        return transactions.inTransaction(() -> {
            accounts.loadAccount(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
            products.loadProduct(product).orElseThrow(() -> new ProductNotFoundException(product));
            ProductAccess access = current(accountId, product);
            return store(caller, access, change.apply(access), action);
        });
    }

    private ProductAccess store(Caller caller, ProductAccess before, ProductAccess after, AuditAction action) {
        accesses.saveAccess(after);
        audit.record(
                caller,
                action,
                "product",
                after.product(),
                after.accountId(),
                Map.of("from", before.state().name(), "to", after.state().name()));
        changes.productAccessChanged(after.accountId(), after.product());
        return after;
    }

    private ProductAccess current(AccountId account, ProductCode product) {
        return accesses.loadAccess(account, product).orElseGet(() -> ProductAccess.none(account, product));
    }
}
