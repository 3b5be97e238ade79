package dev.keysmith.application.key;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.KeyLimitReachedException;
import dev.keysmith.application.port.in.key.ProductNotEnabledException;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;

/**
 * The checks every way a key comes to be shares (generating, regenerating, importing), in one place so the doors
 * cannot drift apart: an ADMIN of an approved account, an enabled product, a valid allowlist, and the per-product
 * limit counted under its lock.
 */
final class KeyIssuance {

    private final ApiKeyPort keys;
    private final LoadProductPort products;
    private final ProductAccessPort accesses;
    private final AccountGate gate;
    private final IpRangePort ipRanges;
    private final KeyIssuingPolicy policy;

    KeyIssuance(
            ApiKeyPort keys,
            LoadProductPort products,
            ProductAccessPort accesses,
            AccountGate gate,
            IpRangePort ipRanges,
            KeyIssuingPolicy policy) {
        this.keys = keys;
        this.products = products;
        this.accesses = accesses;
        this.gate = gate;
        this.ipRanges = ipRanges;
        this.policy = policy;
    }

    /** The account, when the caller is one of its ADMINs (404 outside it, 403 below) and it is approved. */
    Account adminAccount(Caller caller, AccountId account) {
        Account found = gate.requireRole(caller, account, Role.ADMIN);
        found.requireApproved("manage keys");
        return found;
    }

    /** The product, when it exists (404) and is enabled for the account (409). */
    Product enabledProduct(AccountId account, ProductCode code) {
        Product product = products.loadProduct(code).orElseThrow(() -> new ProductNotFoundException(code));
        if (!accesses.loadAccess(account, code).map(ProductAccess::isEnabled).orElse(false)) {
            throw new ProductNotEnabledException(code);
        }
        return product;
    }

    /** The allowlist normalized, duplicates dropped; null or empty: any address. */
    List<String> allowlist(List<String> ipAllowlist) {
        if (ipAllowlist == null) {
            return List.of();
        }
        // Refused before parsing, so a huge list costs nothing.
        if (ipAllowlist.size() > ApiKey.MAX_ALLOWLIST_ENTRIES) {
            throw new InvalidValueException("ipAllowlist", "at most " + ApiKey.MAX_ALLOWLIST_ENTRIES + " entries");
        }
        return ipAllowlist.stream().map(ipRanges::normalize).distinct().toList();
    }

    /**
     * In the new key's transaction, before it is stored: locks the account's keys of the product and refuses when
     * the limit is reached. Counted under the lock, or concurrent requests would each see room for one more.
     */
    void requireRoomFor(AccountId account, ProductCode product) {
        keys.lockProductKeys(account, product);
        if (keys.countLiveKeys(account, product) >= policy.maxKeysPerProduct()) {
            throw new KeyLimitReachedException(policy.maxKeysPerProduct());
        }
    }
}
