package dev.keysmith.client;

import java.util.List;
import java.util.Objects;

/**
 * What to verify: the key, the product it must be for, and optionally the end user's address, the scopes the
 * call needs and the account it acts for. {@link #toString()} never shows the key.
 */
public record VerifyRequest(String key, String product, String clientIp, List<String> scopes, String accountId) {

    public VerifyRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(product, "product");
        scopes = scopes == null ? null : List.copyOf(scopes);
    }

    public static VerifyRequest of(String key, String product) {
        return new VerifyRequest(key, product, null, null, null);
    }

    public VerifyRequest withClientIp(String address) {
        return new VerifyRequest(key, product, address, scopes, accountId);
    }

    public VerifyRequest withScopes(List<String> needed) {
        return new VerifyRequest(key, product, clientIp, needed, accountId);
    }

    public VerifyRequest forAccount(String account) {
        return new VerifyRequest(key, product, clientIp, scopes, account);
    }

    @Override
    public String toString() {
        return "VerifyRequest[" + product + ", key redacted]";
    }

    /** The body of POST /v1/keys/verify; absent fields are left out. */
    String toJson() {
        StringBuilder out = new StringBuilder(96).append("{\"key\":");
        Json.quote(out, key);
        out.append(",\"product\":");
        Json.quote(out, product);
        if (clientIp != null) {
            out.append(",\"clientIp\":");
            Json.quote(out, clientIp);
        }
        if (scopes != null) {
            out.append(",\"scopes\":[");
            for (int i = 0; i < scopes.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Json.quote(out, scopes.get(i));
            }
            out.append(']');
        }
        if (accountId != null) {
            out.append(",\"accountId\":");
            Json.quote(out, accountId);
        }
        return out.append('}').toString();
    }
}
