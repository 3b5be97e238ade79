-- People, customer accounts and their members, invitations, product access, verifier clients, and the
-- append-only audit trail.

-- A person who signs in; only hashes of their password and PIN are kept.
CREATE TABLE app_user (
    id                  UUID        PRIMARY KEY,
    email               TEXT        NOT NULL,
    display_name        TEXT        NOT NULL,
    password_hash       TEXT        NOT NULL,
    pin_hash            TEXT,
    pin_failures        INTEGER     NOT NULL DEFAULT 0,
    pin_locked_until    TIMESTAMPTZ,
    pin_disabled        BOOLEAN     NOT NULL DEFAULT FALSE,
    login_failures      INTEGER     NOT NULL DEFAULT 0,
    login_blocked_until TIMESTAMPTZ,
    operator            BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT app_user_email_unique UNIQUE (email),
    CONSTRAINT app_user_failures_not_negative CHECK (pin_failures >= 0 AND login_failures >= 0)
);
-- Makes "is there any operator yet" a lookup, not a scan.
CREATE INDEX app_user_operators ON app_user (id) WHERE operator;

-- A customer; a sub-account names its master (one level deep, enforced by the domain).
CREATE TABLE account (
    id         UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    parent_id  UUID        REFERENCES account (id),
    status     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT account_status_known CHECK (status IN ('ONBOARDING', 'APPROVED', 'SUSPENDED')),
    CONSTRAINT account_not_own_parent CHECK (parent_id <> id)
);
CREATE INDEX account_parent ON account (parent_id) WHERE parent_id IS NOT NULL;

-- A person's role in one account.
CREATE TABLE membership (
    account_id UUID NOT NULL REFERENCES account (id),
    user_id    UUID NOT NULL REFERENCES app_user (id),
    role       TEXT NOT NULL,
    CONSTRAINT membership_pkey PRIMARY KEY (account_id, user_id),
    CONSTRAINT membership_role_known CHECK (role IN ('MEMBER', 'ADMIN', 'SUPERADMIN'))
);
CREATE INDEX membership_user ON membership (user_id);

-- A one-time offer to join an account; only the digest of its token is stored. invited_by has no
-- foreign key: like the audit trail, it records who acted, whatever becomes of them.
CREATE TABLE invitation (
    id           UUID        PRIMARY KEY,
    account_id   UUID        NOT NULL REFERENCES account (id),
    email        TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    token_digest TEXT        NOT NULL,
    invited_by   UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    accepted_at  TIMESTAMPTZ,
    CONSTRAINT invitation_token_digest_unique UNIQUE (token_digest),
    CONSTRAINT invitation_role_known CHECK (role IN ('MEMBER', 'ADMIN', 'SUPERADMIN'))
);
CREATE INDEX invitation_account ON invitation (account_id, created_at);

-- One account's access to one product; no row means NOT_REQUESTED.
CREATE TABLE product_access (
    account_id          UUID        NOT NULL REFERENCES account (id),
    product_code        VARCHAR(40) NOT NULL REFERENCES product (code),
    state               TEXT        NOT NULL,
    request_id          UUID,
    intended_start_date DATE,
    use_case            TEXT,
    requested_by        UUID,
    requested_at        TIMESTAMPTZ,
    decided_at          TIMESTAMPTZ,
    CONSTRAINT product_access_pkey PRIMARY KEY (account_id, product_code),
    CONSTRAINT product_access_request_id_unique UNIQUE (request_id),
    CONSTRAINT product_access_state_known
        CHECK (state IN ('NOT_REQUESTED', 'REQUESTED', 'ENABLED', 'DENIED', 'DISABLED'))
);
-- The operators' review queue: everything ever requested, oldest first.
CREATE INDEX product_access_requests ON product_access (requested_at) WHERE request_id IS NOT NULL;

-- A product backend's credentials for verifying keys, limited to the products it was created for.
CREATE TABLE verifier_client (
    id               UUID        PRIMARY KEY,
    client_id        TEXT        NOT NULL,
    name             TEXT        NOT NULL,
    products         TEXT[]      NOT NULL,
    secret_hash      TEXT        NOT NULL,
    enabled          BOOLEAN     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    secret_rolled_at TIMESTAMPTZ,
    CONSTRAINT verifier_client_client_id_unique UNIQUE (client_id),
    CONSTRAINT verifier_client_has_products CHECK (cardinality(products) > 0)
);

-- The audit trail. position orders the trail and is the page cursor. account_id has no foreign key on
-- purpose: events outlive whatever they describe.
CREATE TABLE audit_event (
    position    BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          UUID        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor_type  TEXT        NOT NULL,
    actor_id    TEXT,
    action      TEXT        NOT NULL,
    target_type TEXT,
    target_id   TEXT,
    account_id  UUID,
    client_ip   TEXT,
    details     JSONB       NOT NULL DEFAULT '{}',
    CONSTRAINT audit_event_id_unique UNIQUE (id),
    CONSTRAINT audit_event_actor_type_known
        CHECK (actor_type IN ('USER', 'VERIFIER_CLIENT', 'SYSTEM', 'ANONYMOUS')),
    CONSTRAINT audit_event_details_object CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX audit_event_account_position ON audit_event (account_id, position DESC);
CREATE INDEX audit_event_account_action_position ON audit_event (account_id, action, position DESC);
CREATE INDEX audit_event_account_target_position ON audit_event (account_id, target_id, position DESC);

-- Append-only in the database itself, whatever the code above it does: every UPDATE, DELETE and
-- TRUNCATE statement on the trail fails, even one that would touch no row.
CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
