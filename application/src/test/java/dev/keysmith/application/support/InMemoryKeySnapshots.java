package dev.keysmith.application.support;

import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.util.Optional;

/**
 * What verification sees, answered from the other in-memory fakes as the snapshot answers from the tables: the key
 * by its hash with its account, master, product access and catalogue entry. No cache, so a change shows at once.
 * Verifier clients have no fake, so none is known here.
 */
public final class InMemoryKeySnapshots implements KeySnapshotPort {

    private final InMemoryPorts ports;

    public InMemoryKeySnapshots(InMemoryPorts ports) {
        this.ports = ports;
    }

    @Override
    public Optional<KeySnapshot> findKey(String secretHash) {
        return ports.keys.keys.values().stream()
                .filter(k -> k.secretHash().equals(secretHash))
                .findFirst()
                .map(this::snapshot);
    }

    private KeySnapshot snapshot(ApiKey key) {
        Account account = account(key.accountId()).orElseThrow();
        boolean masterActive = account.parentId() == null
                || account(account.parentId()).map(this::active).orElse(false);
        Product product = ports.loadProducts().loadProduct(key.product()).orElseThrow();
        return new KeySnapshot(
                key,
                active(account),
                masterActive,
                enabled(key.accountId(), key.product()),
                product.scopes(),
                product.keyPrefix());
    }

    @Override
    public Optional<AccountId> masterOf(AccountId account) {
        return account(account).map(Account::parentId);
    }

    @Override
    public AccountStanding standing(AccountId account, ProductCode product) {
        return account(account)
                .map(a -> new AccountStanding(active(a), enabled(account, product)))
                .orElse(new AccountStanding(false, false));
    }

    @Override
    public Optional<VerifierClientState> verifierClient(String clientId) {
        return Optional.empty();
    }

    private Optional<Account> account(AccountId id) {
        return ports.accounts().loadAccount(id);
    }

    private boolean active(Account account) {
        return account.status() == AccountStatus.APPROVED;
    }

    private boolean enabled(AccountId account, ProductCode product) {
        return ports.productAccess()
                .loadAccess(account, product)
                .map(a -> a.state() == AccessState.ENABLED)
                .orElse(false);
    }
}
