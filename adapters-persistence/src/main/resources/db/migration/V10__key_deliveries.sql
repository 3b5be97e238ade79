-- Deliveries of keys made for integrators: a link (256-bit token) by email and a 6-digit code by SMS. Only
-- digests of the token and of the code (bound to its token) are stored; the key waits sealed (AES-GCM under a
-- secret derived from the pepper, which is never in the database) and is wiped once revealed or superseded.
CREATE TABLE key_delivery (
    id            UUID        PRIMARY KEY,
    key_id        UUID        NOT NULL REFERENCES api_key (id),
    integrator_id UUID        NOT NULL REFERENCES integrator (id),
    account_id    UUID        NOT NULL REFERENCES account (id),
    token_digest  TEXT        NOT NULL UNIQUE,
    code_digest   TEXT        NOT NULL,
    sealed_secret TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    wrong_codes   INTEGER     NOT NULL DEFAULT 0,
    revealed_at   TIMESTAMPTZ,
    ended_at      TIMESTAMPTZ
);
CREATE INDEX key_delivery_key ON key_delivery (key_id, created_at);

-- The email and the SMS of a delivery are outbox messages like any other (channel EMAIL or SMS); they name
-- their delivery so that one given up on shows the delivery as FAILED.
ALTER TABLE outbox ADD COLUMN delivery_id UUID REFERENCES key_delivery (id);
CREATE INDEX outbox_delivery ON outbox (delivery_id) WHERE delivery_id IS NOT NULL;
