package dev.keysmith.domain.key.verification;

import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;

/**
 * What the caller found out about a well-formed key for one verification request. When {@code keyFound} is
 * false, only {@code requestedProduct} matters and the other facts may be null or false.
 *
 * @param keyProduct the product the stored key belongs to
 * @param requestedProduct the product the backend asked about
 * @param prefixMatchesProduct whether the key's prefix is the requested product's prefix
 * @param effectiveStatus the key's status at the time of the request ({@code ApiKey.effectiveStatus})
 * @param accountActive whether the key's account is APPROVED
 * @param masterActive whether the account's master is APPROVED; true when it has none
 * @param productEnabled whether the product access of the key's account is ENABLED
 * @param accountMatches whether the requested account is the key's account or one of its sub-accounts
 *     (true when no account was asked about)
 * @param ipAllowed whether the client address is in the key's allowlist (true for an empty list or no address)
 * @param scopesGranted whether the requested scopes are all among the key's scopes (true when none asked)
 */
public record VerificationFacts(boolean keyFound, ProductCode keyProduct, ProductCode requestedProduct,
        boolean prefixMatchesProduct, KeyStatus effectiveStatus, boolean accountActive, boolean masterActive,
        boolean productEnabled, boolean accountMatches, boolean ipAllowed, boolean scopesGranted) {

    public VerificationFacts {
        Require.present(requestedProduct, "product");
        if (keyFound) {
            Require.present(keyProduct, "keyProduct");
            Require.present(effectiveStatus, "effectiveStatus");
        }
    }

    /** The facts when no key has the presented secret. */
    public static VerificationFacts notFound(ProductCode requestedProduct) {
        return new VerificationFacts(false, null, requestedProduct, false, null, false, false, false, false, false,
                false);
    }
}
