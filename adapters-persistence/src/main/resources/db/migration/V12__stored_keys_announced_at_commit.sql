-- Every inserted key announces itself at commit, however it was inserted (the service, plain SQL, COPY), so it
-- reaches every instance's filter of stored digests (KnownDigests in the verify package) within the NOTIFY delay.
-- One notification per statement, not per row: 'stored:<from>-<to>', the created_seq range of the rows the
-- statement inserted; the listener reads their digests by that range (index api_key_created_seq, V8). NOTIFY is
-- delivered only when the transaction commits, and after it has, so the listener always sees the rows: unlike a
-- read of "created_seq above the highest seen", which skips a key whose transaction took its created_seq before
-- another's but committed after that other was read.
CREATE FUNCTION api_key_announce_stored() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    lowest  BIGINT;
    highest BIGINT;
BEGIN
    SELECT min(created_seq), max(created_seq) INTO lowest, highest FROM stored;
    IF lowest IS NOT NULL THEN
        PERFORM pg_notify('keysmith_changes', 'stored:' || lowest || '-' || highest);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_key_announce_stored
    AFTER INSERT ON api_key
    REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION api_key_announce_stored();
