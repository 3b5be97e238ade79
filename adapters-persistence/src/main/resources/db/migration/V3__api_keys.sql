-- API keys: only the peppered HMAC of a secret is stored, wiped (NULL) once the key is revoked or expired.
CREATE TABLE api_key (
    id            UUID         PRIMARY KEY,
    account_id    UUID         NOT NULL REFERENCES account (id),
    product_code  VARCHAR(40)  NOT NULL REFERENCES product (code),
    name          VARCHAR(256) NOT NULL,
    scopes        TEXT[]       NOT NULL,
    ip_allowlist  TEXT[]       NOT NULL,
    expires_at    TIMESTAMPTZ,
    created_by    UUID,
    created_at    TIMESTAMPTZ  NOT NULL,
    last_used_at  TIMESTAMPTZ,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED', 'REVOKED', 'EXPIRED')),
    secret_hash   CHAR(64),
    hint          VARCHAR(64)  NOT NULL,
    replaced_by   UUID,
    grace_until   TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ,
    expired_at    TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT api_key_secret_hash_unique UNIQUE (secret_hash),
    CONSTRAINT api_key_dead_keys_have_no_hash CHECK (status IN ('ACTIVE', 'DISABLED') OR secret_hash IS NULL)
);

CREATE INDEX api_key_account_product ON api_key (account_id, product_code, id);
-- Only one successor per key, whatever races happen above this line.
CREATE UNIQUE INDEX api_key_one_successor ON api_key (replaced_by) WHERE replaced_by IS NOT NULL;
