-- Loads the sweep benchmark's data straight into the database: :accounts approved accounts, each with one
-- SUPERADMIN (the warning email's recipient), and :keys keys of product 'payments' spread over them, last
-- used up to 120 days ago (one in ten never used, created up to 120 days ago). Uniform spread, so about a
-- quarter are past the 90-day window and about an eighth are in a warning stage.
\set ON_ERROR_STOP on
INSERT INTO account (id, name, parent_id, status, created_at)
SELECT gen_random_uuid(), 'Bench account ' || g, NULL, 'APPROVED', now() - interval '200 days'
  FROM generate_series(1, :accounts) g;

INSERT INTO app_user (id, email, display_name, password_hash, created_at)
SELECT gen_random_uuid(), 'owner-' || a.name_number || '@bench.example', 'Owner ' || a.name_number,
       '$argon2id$not-a-real-hash', now()
  FROM (SELECT substring(name FROM 15) AS name_number FROM account WHERE name LIKE 'Bench account %') a;

INSERT INTO membership (account_id, user_id, role)
SELECT a.id, u.id, 'SUPERADMIN'
  FROM account a JOIN app_user u ON u.email = 'owner-' || substring(a.name FROM 15) || '@bench.example'
 WHERE a.name LIKE 'Bench account %';

INSERT INTO product_access (account_id, product_code, state)
SELECT id, 'payments', 'ENABLED' FROM account WHERE name LIKE 'Bench account %';

CREATE TEMPORARY TABLE bench_account AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM account WHERE name LIKE 'Bench account %';
CREATE UNIQUE INDEX ON bench_account (n);

INSERT INTO api_key (id, account_id, product_code, name, scopes, ip_allowlist, created_at, last_used_at, status,
                     secret_hash, hint)
SELECT gen_random_uuid(), ba.id, 'payments', 'Bench key ' || g, '{read}', '{}',
       CASE WHEN g % 10 = 0 THEN now() - random() * interval '120 days' ELSE now() - interval '130 days' END,
       CASE WHEN g % 10 = 0 THEN NULL ELSE now() - random() * interval '120 days' END,
       'ACTIVE', encode(sha256(convert_to('bench-' || g, 'UTF8')), 'hex'), 'pay_live_ab12' || U&'\2026' || '9xYz'
  FROM generate_series(1, :keys) g
  JOIN bench_account ba ON ba.n = g % :accounts;

VACUUM ANALYZE api_key;
VACUUM ANALYZE account;
