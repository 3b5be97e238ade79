package dev.keysmith.adapters.persistence.verify;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What one or more change announcements name, read from their payloads, so the snapshot drops everything they
 * touch in one pass. Payloads: {@code key:<id>}, {@code keys:<id>,<id>,...}, {@code account:<id>},
 * {@code access:<accountId>:<productCode>}, {@code product:<productCode>}, {@code client:<clientId>},
 * {@code user:<userId>} (a person's earlier tokens ended), {@code stored:<from>-<to>} (keys were inserted with
 * {@code created_seq} in that range, sent by the database itself at commit (V12): they change no cached answer,
 * the listener adds their digests to the filter); anything else drops everything.
 */
record ChangedEntries(
        Set<UUID> keys,
        Set<UUID> accounts,
        Set<String> accesses,
        Set<String> products,
        Set<String> verifierClients,
        Set<UUID> users,
        boolean everything) {

    static final String KEY = "key:";
    static final String KEYS = "keys:";
    static final String ACCOUNT = "account:";
    static final String ACCESS = "access:";
    static final String PRODUCT = "product:";
    static final String CLIENT = "client:";
    static final String USER = "user:";
    static final String STORED = "stored:";

    static ChangedEntries parse(Collection<String> payloads) {
        ChangedEntries changes = new ChangedEntries(
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                false);
        for (String payload : payloads) {
            if (!changes.add(payload)) {
                return new ChangedEntries(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true);
            }
        }
        return changes;
    }

    /** Whether a cached key belongs to what changed (its master's status counts for a sub-account's key). */
    boolean touches(UUID keyId, UUID accountId, String productCode, UUID masterId) {
        return keys.contains(keyId)
                || accounts.contains(accountId)
                || (masterId != null && accounts.contains(masterId))
                || accesses.contains(accountId + ":" + productCode)
                || products.contains(productCode);
    }

    /** Whether a cached standing, keyed {@code <accountId>:<productCode>}, belongs to what changed. */
    boolean touchesStanding(String accountAndProduct) {
        return accesses.contains(accountAndProduct)
                || accounts.contains(UUID.fromString(accountAndProduct.substring(0, accountAndProduct.indexOf(':'))));
    }

    boolean touchesKeys() {
        return !keys.isEmpty() || !accounts.isEmpty() || !accesses.isEmpty() || !products.isEmpty();
    }

    /**
     * The {@code created_seq} range {@code [from, to]} of a {@code stored:<from>-<to>} payload.
     *
     * @throws IllegalArgumentException for any other payload
     */
    static long[] storedRange(String payload) {
        if (!payload.startsWith(STORED)) {
            throw new IllegalArgumentException("not a stored-keys payload");
        }
        String[] bounds = payload.substring(STORED.length()).split("-", 2);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("not a stored-keys payload");
        }
        long from = Long.parseLong(bounds[0]);
        long to = Long.parseLong(bounds[1]);
        if (from > to) {
            throw new IllegalArgumentException("not a stored-keys payload");
        }
        return new long[] {from, to};
    }

    private boolean add(String payload) {
        try {
            if (payload.startsWith(KEYS)) {
                for (String id : payload.substring(KEYS.length()).split(",")) {
                    keys.add(UUID.fromString(id));
                }
            } else if (payload.startsWith(KEY)) {
                keys.add(UUID.fromString(payload.substring(KEY.length())));
            } else if (payload.startsWith(ACCOUNT)) {
                accounts.add(UUID.fromString(payload.substring(ACCOUNT.length())));
            } else if (payload.startsWith(ACCESS)) {
                String[] parts = payload.substring(ACCESS.length()).split(":", 2);
                accesses.add(UUID.fromString(parts[0]) + ":" + parts[1]);
            } else if (payload.startsWith(PRODUCT) && payload.length() > PRODUCT.length()) {
                products.add(payload.substring(PRODUCT.length()));
            } else if (payload.startsWith(USER)) {
                users.add(UUID.fromString(payload.substring(USER.length())));
            } else if (payload.startsWith(STORED)) {
                storedRange(payload);
            } else if (payload.startsWith(CLIENT) && payload.length() > CLIENT.length()) {
                verifierClients.add(payload.substring(CLIENT.length()));
            } else {
                return false;
            }
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
