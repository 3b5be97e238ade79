-- One outbox for every message Keysmith sends (email now, SMS later): a use case writes its message in the
-- transaction of the change it reports, and the outbox worker sends it afterwards, with retries.

-- The sweep's warning emails are drafts until the sweep has added all of its lines: one per sweep and account,
-- then handed to the outbox as one message and deleted. V4 called them the email outbox.
ALTER TABLE email_outbox RENAME TO warning_email;
ALTER TABLE warning_email RENAME CONSTRAINT email_outbox_pkey TO warning_email_pkey;
ALTER TABLE warning_email RENAME CONSTRAINT email_outbox_one_per_sweep_and_account
    TO warning_email_one_per_sweep_and_account;
ALTER TABLE warning_email RENAME CONSTRAINT email_outbox_account_id_fkey TO warning_email_account_id_fkey;
ALTER TABLE email_outbox_line RENAME TO warning_email_line;
ALTER TABLE warning_email_line RENAME CONSTRAINT email_outbox_line_pkey TO warning_email_line_pkey;
-- Emails V4 already sent are done with; the ones it had not sent stay drafts, and the next sweep queues them.
DELETE FROM warning_email_line l USING warning_email e WHERE l.email_id = e.id AND e.sent_at IS NOT NULL;
DELETE FROM warning_email WHERE sent_at IS NOT NULL;
DROP INDEX email_outbox_unsent;
ALTER TABLE warning_email DROP COLUMN sent_at;

-- A message waiting to be sent, or the record of one: channel EMAIL (recipients are addresses, subject and
-- body plain text). The body is wiped once the message is sent or given up on: an invitation's body carries
-- its one-time token, which the database otherwise holds only as a digest.
CREATE TABLE outbox (
    id              UUID        PRIMARY KEY,
    channel         TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    recipients      TEXT[]      NOT NULL,
    subject         TEXT,
    body            TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    -- When the next attempt may start: the creation time, then later after each failure (backoff).
    due_at          TIMESTAMPTZ NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMPTZ,
    -- Why the last attempt failed, as the transport said it (never the body).
    last_error      TEXT,
    sent_at         TIMESTAMPTZ,
    -- Set when the worker gave up after the last allowed attempt; the row stays as the record of the failure.
    given_up_at     TIMESTAMPTZ
);
CREATE INDEX outbox_due ON outbox (due_at, created_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
