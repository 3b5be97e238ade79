-- Inactivity expiry: what the sweeper already warned about, in-app notifications, and the outbox of
-- warning emails.

-- The last activity (last use, else creation) the warnings already sent belong to, and the shortest lead
-- time sent for it. A use moves the key's activity away from warned_activity, which starts a new window.
ALTER TABLE api_key
    ADD COLUMN warned_activity     TIMESTAMPTZ,
    ADD COLUMN warned_lead_seconds BIGINT;

-- Live keys in order of their last activity: the sweeper reads due keys and each warning band as one range.
CREATE INDEX api_key_live_by_activity ON api_key ((COALESCE(last_used_at, created_at)), id)
    WHERE status IN ('ACTIVE', 'DISABLED');
-- Live keys whose absolute expiry date or grace period can end.
CREATE INDEX api_key_live_by_expiry ON api_key (expires_at)
    WHERE status IN ('ACTIVE', 'DISABLED') AND expires_at IS NOT NULL;
CREATE INDEX api_key_live_by_grace ON api_key (grace_until)
    WHERE status IN ('ACTIVE', 'DISABLED') AND replaced_by IS NOT NULL;

-- An in-app notification for an account's admins, e.g. a key about to expire. account_id has no foreign
-- key: the sweeper writes notifications by the thousand, for accounts it read from api_key (which has one),
-- and a check per row would cost the sweep more than a tenth of its time.
CREATE TABLE notification (
    id           UUID        PRIMARY KEY,
    account_id   UUID        NOT NULL,
    key_id       UUID,
    kind         TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    product_code VARCHAR(40),
    expires_on   DATE,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX notification_account_created ON notification (account_id, created_at DESC, id DESC);
CREATE INDEX notification_account_unread ON notification (account_id, created_at DESC, id DESC)
    WHERE read_at IS NULL;

-- Warning emails waiting to be sent: one per sweep and account, addressed to the account's SUPERADMINs and
-- ADMINs when the row is created; key_count counts every key the sweep's batches added to it.
CREATE TABLE email_outbox (
    id         UUID        PRIMARY KEY,
    sweep_id   UUID        NOT NULL,
    account_id UUID        NOT NULL REFERENCES account (id),
    recipients TEXT[]      NOT NULL,
    subject    TEXT        NOT NULL,
    key_count  INTEGER     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ,
    CONSTRAINT email_outbox_one_per_sweep_and_account UNIQUE (sweep_id, account_id)
);
CREATE INDEX email_outbox_unsent ON email_outbox (created_at) WHERE sent_at IS NULL;

-- The lines of an outbox email, one per key, only the first few hundred of each: inserted, never rewritten,
-- so a batch adding to a long email costs no more than one adding to a short one. No foreign key, for the
-- same reason as notification: the ids come from the email_outbox upsert of the same batch.
CREATE TABLE email_outbox_line (
    email_id UUID    NOT NULL,
    position INTEGER NOT NULL,
    line     TEXT    NOT NULL,
    CONSTRAINT email_outbox_line_pkey PRIMARY KEY (email_id, position)
);
