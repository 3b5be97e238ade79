-- Integrators (API users): people outside an account who receive its keys by email link and SMS code. A key
-- made for one names them; while they are inactive their keys verify DISABLED.
CREATE TABLE integrator (
    id         UUID        PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id),
    name       TEXT        NOT NULL,
    email      TEXT        NOT NULL,
    phone      TEXT        NOT NULL,
    active     BOOLEAN     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX integrator_account ON integrator (account_id, name);

ALTER TABLE api_key ADD COLUMN integrator_id UUID REFERENCES integrator (id);
CREATE INDEX api_key_integrator ON api_key (integrator_id) WHERE integrator_id IS NOT NULL;
