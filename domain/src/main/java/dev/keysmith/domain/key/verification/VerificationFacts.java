package dev.keysmith.domain.key.verification;

import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;

/**
 * What the caller found out about a well-formed key for one verification request, each fact set by name
 * through {@link #found()} (ten booleans in a row were once fed the wrong one). When no key was found, only
 * the requested product matters: {@link #notFound}.
 */
public final class VerificationFacts {

    private final boolean keyFound;
    private final ProductCode keyProduct;
    private final ProductCode requestedProduct;
    private final boolean prefixMatchesProduct;
    private final KeyStatus effectiveStatus;
    private final boolean accountActive;
    private final boolean masterActive;
    private final boolean productEnabled;
    private final boolean accountMatches;
    private final boolean ipAllowed;
    private final boolean scopesGranted;

    private VerificationFacts(boolean keyFound, Builder facts) {
        this.keyFound = keyFound;
        this.requestedProduct = Require.present(facts.requestedProduct, "product");
        if (keyFound) {
            Require.present(facts.keyProduct, "keyProduct");
            Require.present(facts.effectiveStatus, "effectiveStatus");
        }
        this.keyProduct = facts.keyProduct;
        this.effectiveStatus = facts.effectiveStatus;
        this.prefixMatchesProduct = facts.prefixMatchesProduct;
        this.accountActive = facts.accountActive;
        this.masterActive = facts.masterActive;
        this.productEnabled = facts.productEnabled;
        this.accountMatches = facts.accountMatches;
        this.ipAllowed = facts.ipAllowed;
        this.scopesGranted = facts.scopesGranted;
    }

    /** The facts about a key that has the presented secret; every fact must be set before {@link Builder#build}. */
    public static Builder found() {
        return new Builder();
    }

    /** The facts when no key has the presented secret. */
    public static VerificationFacts notFound(ProductCode requestedProduct) {
        Builder nothing = new Builder();
        nothing.requestedProduct = requestedProduct;
        return new VerificationFacts(false, nothing);
    }

    public boolean keyFound() {
        return keyFound;
    }

    /** The product the stored key belongs to. */
    public ProductCode keyProduct() {
        return keyProduct;
    }

    /** The product the backend asked about. */
    public ProductCode requestedProduct() {
        return requestedProduct;
    }

    /** Whether the presented key's prefix is the requested product's prefix. */
    public boolean prefixMatchesProduct() {
        return prefixMatchesProduct;
    }

    /** The key's status at the time of the request ({@code ApiKey.effectiveStatus}). */
    public KeyStatus effectiveStatus() {
        return effectiveStatus;
    }

    /** Whether the key's account is APPROVED. */
    public boolean accountActive() {
        return accountActive;
    }

    /** Whether the account's master is APPROVED; true when it has none. */
    public boolean masterActive() {
        return masterActive;
    }

    /** Whether the product access of the key's account is ENABLED. */
    public boolean productEnabled() {
        return productEnabled;
    }

    /** Whether the requested account is the key's account or one of its sub-accounts (true when none asked). */
    public boolean accountMatches() {
        return accountMatches;
    }

    /** Whether the client address is in the key's allowlist (true for an empty list or no address). */
    public boolean ipAllowed() {
        return ipAllowed;
    }

    /** Whether the requested scopes are all among the key's scopes (true when none asked). */
    public boolean scopesGranted() {
        return scopesGranted;
    }

    @Override
    public String toString() {
        return "VerificationFacts[keyFound=" + keyFound + ", keyProduct=" + keyProduct + ", requestedProduct="
                + requestedProduct + ", prefixMatchesProduct=" + prefixMatchesProduct + ", effectiveStatus="
                + effectiveStatus + ", accountActive=" + accountActive + ", masterActive=" + masterActive
                + ", productEnabled=" + productEnabled + ", accountMatches=" + accountMatches + ", ipAllowed="
                + ipAllowed + ", scopesGranted=" + scopesGranted + "]";
    }

    /** Sets the facts of a found key one by one; a fact left unset is a mistake, not a default. */
    public static final class Builder {

        private static final int ALL = (1 << 10) - 1;

        private int set;
        private ProductCode keyProduct;
        private ProductCode requestedProduct;
        private boolean prefixMatchesProduct;
        private KeyStatus effectiveStatus;
        private boolean accountActive;
        private boolean masterActive;
        private boolean productEnabled;
        private boolean accountMatches;
        private boolean ipAllowed;
        private boolean scopesGranted;

        private Builder() {}

        public Builder keyProduct(ProductCode keyProduct) {
            this.keyProduct = keyProduct;
            return mark(0);
        }

        public Builder requestedProduct(ProductCode requestedProduct) {
            this.requestedProduct = requestedProduct;
            return mark(1);
        }

        public Builder prefixMatchesProduct(boolean prefixMatchesProduct) {
            this.prefixMatchesProduct = prefixMatchesProduct;
            return mark(2);
        }

        public Builder effectiveStatus(KeyStatus effectiveStatus) {
            this.effectiveStatus = effectiveStatus;
            return mark(3);
        }

        public Builder accountActive(boolean accountActive) {
            this.accountActive = accountActive;
            return mark(4);
        }

        public Builder masterActive(boolean masterActive) {
            this.masterActive = masterActive;
            return mark(5);
        }

        public Builder productEnabled(boolean productEnabled) {
            this.productEnabled = productEnabled;
            return mark(6);
        }

        public Builder accountMatches(boolean accountMatches) {
            this.accountMatches = accountMatches;
            return mark(7);
        }

        public Builder ipAllowed(boolean ipAllowed) {
            this.ipAllowed = ipAllowed;
            return mark(8);
        }

        public Builder scopesGranted(boolean scopesGranted) {
            this.scopesGranted = scopesGranted;
            return mark(9);
        }

        public VerificationFacts build() {
            if (set != ALL) {
                throw new IllegalStateException("every fact of a found key must be set; missing: " + missing());
            }
            return new VerificationFacts(true, this);
        }

        private Builder mark(int fact) {
            set |= 1 << fact;
            return this;
        }

        private String missing() {
            String[] names = {
                "keyProduct",
                "requestedProduct",
                "prefixMatchesProduct",
                "effectiveStatus",
                "accountActive",
                "masterActive",
                "productEnabled",
                "accountMatches",
                "ipAllowed",
                "scopesGranted"
            };
            StringBuilder missing = new StringBuilder();
            for (int fact = 0; fact < names.length; fact++) {
                if ((set & 1 << fact) == 0) {
                    missing.append(missing.length() == 0 ? "" : ", ").append(names[fact]);
                }
            }
            return missing.toString();
        }
    }
}
