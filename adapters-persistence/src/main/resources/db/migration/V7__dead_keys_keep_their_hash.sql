-- A revoked, replaced or expired key keeps its peppered hash, so verifying it answers REVOKED or EXPIRED
-- instead of NOT_FOUND (the key is dead and the hash peppered: it discloses nothing). Rows wiped before this
-- stay wiped; the unique index on the hash still holds.
ALTER TABLE api_key DROP CONSTRAINT api_key_dead_keys_have_no_hash;
COMMENT ON COLUMN api_key.secret_hash IS
    'HMAC-SHA-256(pepper, key); kept when the key dies, NULL only for dead keys stored before V7';
