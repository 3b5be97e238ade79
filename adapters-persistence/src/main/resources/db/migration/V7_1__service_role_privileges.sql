-- Least privilege: the running service connects as keysmith_service (or a login role that is a member of it),
-- which owns nothing and gets only the privileges it needs; migrations run as the schema's owner. No TRUNCATE,
-- REFERENCES or TRIGGER anywhere, and the audit trail is INSERT and SELECT only, so even a bug or an injection
-- in the service cannot rewrite it (and, not being a superuser or an owner, it can neither disable the
-- append-only trigger nor set session_replication_role).

-- An installation set up before this migration has no such role yet; whoever migrates creates it (it needs
-- CREATEROLE then; the README has the statements a DBA runs instead).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keysmith_service') THEN
        CREATE ROLE keysmith_service NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO keysmith_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO keysmith_service;
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM keysmith_service;
-- Flyway's own bookkeeping is the migrating role's business alone.
REVOKE ALL ON flyway_schema_history FROM keysmith_service;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO keysmith_service;

-- Tables and sequences later migrations create (as this same role) get the same everyday privileges; a later
-- append-only table revokes UPDATE and DELETE itself, as above.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO keysmith_service;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO keysmith_service;
