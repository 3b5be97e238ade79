-- Sign-in throttling moves off the user row: counters are keyed by the digest of the email typed (registered
-- or not, so a 429 never tells which emails exist) and the client address; client_address '*' holds the
-- email-wide counter. last_success_at marks an address the email signed in from (a familiar address).
CREATE TABLE sign_in_attempts (
    email_digest    TEXT        NOT NULL,
    client_address  TEXT        NOT NULL,
    failures        INTEGER     NOT NULL DEFAULT 0,
    blocked_until   TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (email_digest, client_address),
    CONSTRAINT sign_in_attempts_failures_not_negative CHECK (failures >= 0)
);
CREATE INDEX sign_in_attempts_updated ON sign_in_attempts (updated_at);

-- Dropping login_failures drops the check that named it; the PIN half comes back on its own.
ALTER TABLE app_user
    DROP COLUMN login_failures,
    DROP COLUMN login_blocked_until,
    ADD COLUMN active           BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN token_generation BIGINT  NOT NULL DEFAULT 0,
    ADD CONSTRAINT app_user_pin_failures_not_negative CHECK (pin_failures >= 0),
    ADD CONSTRAINT app_user_token_generation_not_negative CHECK (token_generation >= 0);

-- Tokens carry the generation they were issued in; a secret roll or a disable raises it.
ALTER TABLE verifier_client
    ADD COLUMN token_generation BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT verifier_client_token_generation_not_negative CHECK (token_generation >= 0);

CREATE TABLE operator_invitation (
    id           UUID        PRIMARY KEY,
    email        TEXT        NOT NULL,
    token_digest TEXT        NOT NULL,
    invited_by   UUID        NOT NULL REFERENCES app_user (id),
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    accepted_at  TIMESTAMPTZ,
    CONSTRAINT operator_invitation_token_digest_unique UNIQUE (token_digest)
);
