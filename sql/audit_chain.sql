-- audit_chain: SQL objects. The extension's functions, views and settings live in the schema
-- CREATE EXTENSION installs into (public by default); its catalog and internal functions live in
-- schema audit_chain.

CREATE SCHEMA audit_chain;
GRANT USAGE ON SCHEMA audit_chain TO PUBLIC;

-- One row per audit table. relid is a regclass so that pg_dump writes the table's name and
-- restore maps it to the new OID.
CREATE TABLE audit_chain.tables (
    relid          regclass    PRIMARY KEY,
    table_uuid     uuid        NOT NULL UNIQUE,
    chains         integer     NOT NULL CHECK (chains BETWEEN 1 AND 1024),
    format_version integer     NOT NULL,
    enabled_at     timestamptz NOT NULL DEFAULT now(),
    enabled_by     name        NOT NULL DEFAULT current_user,
    retention      interval    NOT NULL DEFAULT '0 seconds',
    -- true: the table takes rows with their chain values (a replica or a restore target), and only
    -- rows that extend its chains exactly (audit_adopt(..., replica => true), audit_promote).
    replica        boolean     NOT NULL DEFAULT false,
    -- when audit_adopt registered a table restored or replicated from elsewhere (NULL: enabled here)
    adopted_at     timestamptz
);

-- One row per chain: where it ends (seq, hash) and where it began (base_*: its genesis, or where
-- audit_adopt found it beginning). The end is updated in place by the insert path once per
-- committing transaction, under the chain's lock; the beginning never changes (a prune records
-- where it moved a chain's base in chain_bases). The insert path finds a chain's row through the
-- primary key, whose columns never change, so those updates can stay on their page (HOT, no index
-- entry); half of every page is kept free for them. A writer that finds every chain of a table
-- busy adds a chain (a row here) instead of waiting.
CREATE TABLE audit_chain.chain_heads (
    relid       regclass    NOT NULL,
    chain       integer     NOT NULL,
    seq         bigint      NOT NULL,
    hash        bytea       NOT NULL,
    recorded_at timestamptz,
    base_seq    bigint      NOT NULL,
    base_hash   bytea       NOT NULL,
    PRIMARY KEY (relid, chain)
) WITH (fillfactor = 50);

-- Where pruning moved a chain's base (the last row it removed), one row per pruned chain; it
-- overrides chain_heads.base_*. Only audit_prune writes it, never the insert path, so pruning
-- needs no chain lock. (Before 0.6.0 a prune moved chain_heads.base_* itself.)
CREATE TABLE audit_chain.chain_bases (
    relid       regclass    NOT NULL,
    chain       integer     NOT NULL,
    base_seq    bigint      NOT NULL,
    base_hash   bytea       NOT NULL,
    PRIMARY KEY (relid, chain)
);

-- Checkpoints and prune records, one hash chain for the whole database: each body names the
-- previous record's hash; hash = sha256(convert_to(body::text, 'UTF8')). Append-only (guarded
-- below like an audit table).
CREATE TABLE audit_chain.checkpoints (
    id    bigint   PRIMARY KEY,
    relid regclass NOT NULL,
    kind  text     NOT NULL CHECK (kind IN ('checkpoint', 'prune', 'adopt', 'retire')),
    body  jsonb    NOT NULL,
    hash  bytea    NOT NULL
);
-- A table's prune and adopt records are looked up by relid and kind (verification, also
-- incremental), so that their cost does not grow with the number of checkpoint records.
CREATE INDEX checkpoints_relid_kind ON audit_chain.checkpoints (relid, kind);

-- Roles an audit table's owner allowed to checkpoint, prune and set retention (audit_grant).
CREATE TABLE audit_chain.grants (
    relid   regclass NOT NULL,
    grantee regrole  NOT NULL,
    PRIMARY KEY (relid, grantee)
);

SELECT pg_catalog.pg_extension_config_dump('audit_chain.tables', '');
SELECT pg_catalog.pg_extension_config_dump('audit_chain.chain_heads', '');
SELECT pg_catalog.pg_extension_config_dump('audit_chain.chain_bases', '');
SELECT pg_catalog.pg_extension_config_dump('audit_chain.checkpoints', '');
SELECT pg_catalog.pg_extension_config_dump('audit_chain.grants', '');
-- Chain heads and checkpoint records hold row hashes: with an unkeyed SHA-256, a role that may not
-- read a table could confirm guesses of its rows from them. They are read through the views below,
-- which show a table's hashes only to roles that may read or administer it.
REVOKE ALL ON audit_chain.tables, audit_chain.chain_heads, audit_chain.chain_bases, audit_chain.checkpoints, audit_chain.grants FROM PUBLIC;
GRANT SELECT ON audit_chain.tables, audit_chain.grants TO PUBLIC;

CREATE FUNCTION audit_chain.insert_trigger() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_insert_trigger';
CREATE FUNCTION audit_chain.guard_trigger() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_guard_trigger';
CREATE FUNCTION audit_chain.ddl_guard() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_ddl_guard';
CREATE FUNCTION audit_chain.ddl_end_guard() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_ddl_end_guard';
-- Whether the current role may see a table's hashes: it may SELECT the table, or administer it.
CREATE FUNCTION audit_chain.may_verify(tbl regclass) RETURNS boolean
    LANGUAGE c STABLE STRICT AS 'MODULE_PATHNAME', 'audit_chain_may_verify';

-- Logical replication never writes audit_chain's catalog: a publication FOR ALL TABLES includes
-- it, and the publisher's rows would collide with the subscriber's own. Rows that a logical
-- replication worker applies to these tables are skipped (ENABLE REPLICA: only such sessions).
CREATE FUNCTION audit_chain.replication_filter() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_replication_filter';
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.tables
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.chain_heads
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.chain_bases
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.grants
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
ALTER TABLE audit_chain.tables ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.chain_heads ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.chain_bases ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.checkpoints ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.grants ENABLE REPLICA TRIGGER audit_chain_replication_filter;

CREATE TRIGGER audit_chain_guard BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain.checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;

-- Refuses every drop that would take an audit table, one of its columns, its guard triggers or
-- its chain index with it (DROP TABLE, DROP SCHEMA ... CASCADE, DROP OWNED, ...).
-- Called by the PL/pgSQL drop guard (the Rust guards call the same code directly): writes a
-- refused drop to the server log and the trail. Only inside an sql_drop event trigger.
CREATE FUNCTION audit_chain.note_refusal(what text, tbl text, relid oid) RETURNS void
    LANGUAGE c VOLATILE CALLED ON NULL INPUT AS 'MODULE_PATHNAME', 'audit_chain_note_refusal';

CREATE FUNCTION audit_chain.drop_guard() RETURNS event_trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    obj record;
    what text;
    tbl text;
    rel oid;
BEGIN
    FOR obj IN SELECT * FROM pg_catalog.pg_event_trigger_dropped_objects() LOOP
        what := NULL;
        IF obj.object_type IN ('table', 'table column')
           AND EXISTS (SELECT 1 FROM audit_chain.tables t WHERE t.relid::oid = obj.objid) THEN
            what := CASE obj.object_type WHEN 'table' THEN 'DROP TABLE' ELSE 'DROP COLUMN' END;
            rel := obj.objid;
            tbl := CASE obj.object_type WHEN 'table' THEN obj.object_identity
                        ELSE pg_catalog.quote_ident(obj.address_names[1]) || '.' || pg_catalog.quote_ident(obj.address_names[2]) END;
        ELSIF obj.object_type = 'trigger'
           AND obj.address_names[3] IN ('zz_audit_chain_insert', 'audit_chain_guard', 'audit_chain_guard_row') THEN
            SELECT t.relid::text, t.relid::oid INTO tbl, rel
              FROM audit_chain.tables t
              JOIN pg_catalog.pg_class c ON c.oid = t.relid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = obj.address_names[1] AND c.relname = obj.address_names[2];
            IF FOUND THEN
                what := 'DROP TRIGGER';
            END IF;
        ELSIF obj.object_type = 'index' THEN
            SELECT t.relid::text, t.relid::oid INTO tbl, rel
              FROM audit_chain.tables t
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_catalog.pg_index i
                    WHERE i.indrelid = t.relid AND i.indisunique AND i.indnkeyatts = 2
                      AND i.indisvalid AND i.indisready AND i.indislive
                      AND i.indexprs IS NULL AND i.indpred IS NULL AND i.indoption::text = '0 0'
                      AND i.indkey[0] = (SELECT a.attnum FROM pg_catalog.pg_attribute a
                                          WHERE a.attrelid = t.relid AND a.attname = 'audit_chain_id')
                      AND i.indkey[1] = (SELECT a.attnum FROM pg_catalog.pg_attribute a
                                          WHERE a.attrelid = t.relid AND a.attname = 'audit_seq'))
               AND pg_catalog.to_regclass(t.relid::text) IS NOT NULL
             LIMIT 1;
            IF FOUND THEN
                what := 'DROP INDEX of the chain index';
            END IF;
        END IF;
        IF what IS NOT NULL THEN
            -- The server log and the trail of refused attempts (audit_refusals).
            PERFORM audit_chain.note_refusal(what, tbl, rel);
            RAISE EXCEPTION '% is not allowed on audit table %', what, tbl
                USING ERRCODE = '42501',
                      DETAIL = 'Audit tables, their columns, guard triggers and chain index cannot be dropped.';
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION @extschema@.audit_enable(tbl regclass, chains integer DEFAULT 8) RETURNS void
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_enable';
COMMENT ON FUNCTION @extschema@.audit_enable(regclass, integer) IS
    'Turns a table into an append-only, hash-chained audit table';

CREATE FUNCTION @extschema@.audit_verify(tbl regclass DEFAULT NULL) RETURNS boolean
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_verify';
COMMENT ON FUNCTION @extschema@.audit_verify(regclass) IS
    'True when every row of every audit table (or of the one given) verifies; a WARNING per problem otherwise';

CREATE FUNCTION @extschema@.audit_verify_report(tbl regclass DEFAULT NULL)
    RETURNS TABLE (table_name regclass, chain integer, seq bigint, kind text, detail text)
    LANGUAGE c VOLATILE CALLED ON NULL INPUT ROWS 10
    AS 'MODULE_PATHNAME', 'audit_chain_verify_report';
COMMENT ON FUNCTION @extschema@.audit_verify_report(regclass) IS
    'One row per verification problem, for every audit table or the one given';

CREATE FUNCTION @extschema@.audit_verify(tbl regclass, since bigint) RETURNS boolean
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_verify_since';
COMMENT ON FUNCTION @extschema@.audit_verify(regclass, bigint) IS
    'Incremental verification: true when what was written to the table after the checkpoint with this checkpoint_id verifies, and the checkpoint records from it on hold';

CREATE FUNCTION @extschema@.audit_verify(tbl regclass, since jsonb) RETURNS boolean
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_verify_since_digest';
COMMENT ON FUNCTION @extschema@.audit_verify(regclass, jsonb) IS
    'Incremental verification from the checkpoint a digest (as audit_checkpoint returned it) records';

CREATE FUNCTION @extschema@.audit_verify_report(tbl regclass, since bigint)
    RETURNS TABLE (table_name regclass, chain integer, seq bigint, kind text, detail text)
    LANGUAGE c VOLATILE CALLED ON NULL INPUT ROWS 10
    AS 'MODULE_PATHNAME', 'audit_chain_verify_report_since';
COMMENT ON FUNCTION @extschema@.audit_verify_report(regclass, bigint) IS
    'One row per problem of an incremental verification from the checkpoint with this checkpoint_id';

CREATE FUNCTION @extschema@.audit_checkpoint(tbl regclass DEFAULT NULL) RETURNS jsonb
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_checkpoint';
COMMENT ON FUNCTION @extschema@.audit_checkpoint(regclass) IS
    'Anchors the chain heads of one or every audit table; returns its digest (for NULL: a JSON array of digests) to keep outside the database';

CREATE FUNCTION @extschema@.audit_verify_digest(digest jsonb) RETURNS boolean
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_verify_digest';
COMMENT ON FUNCTION @extschema@.audit_verify_digest(jsonb) IS
    'True when the table still holds exactly the history the digest (or each digest of a JSON array) anchors';

CREATE FUNCTION @extschema@.audit_checkpoint_note(digest jsonb) RETURNS text
    LANGUAGE c STABLE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_checkpoint_note';
COMMENT ON FUNCTION @extschema@.audit_checkpoint_note(jsonb) IS
    'The note body of a digest (docs/FORMAT.md, "Checkpoint notes"), to be signed outside the database as a C2SP signed note (audit-chain sign)';

CREATE FUNCTION @extschema@.audit_verify_digest(note text, verifier_keys text[]) RETURNS boolean
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_verify_note';
COMMENT ON FUNCTION @extschema@.audit_verify_digest(text, text[]) IS
    'True when a signed checkpoint note carries a valid signature by one of the verifier keys (and none that fails), and the table still holds exactly the history its digest anchors';

CREATE FUNCTION @extschema@.audit_prune(tbl regclass, older_than timestamptz) RETURNS bigint
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_prune';
COMMENT ON FUNCTION @extschema@.audit_prune(regclass, timestamptz) IS
    'Removes the oldest rows recorded before older_than (never a chain''s last row), leaving anchors; returns rows removed';

CREATE FUNCTION @extschema@.audit_set_retention(tbl regclass, keep interval) RETURNS void
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_set_retention';
COMMENT ON FUNCTION @extschema@.audit_set_retention(regclass, interval) IS
    'Sets how long rows must be kept before audit_prune may remove them; can be lengthened, never shortened';

CREATE FUNCTION @extschema@.audit_grant(tbl regclass, grantee regrole, allow boolean DEFAULT true) RETURNS void
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_grant';
COMMENT ON FUNCTION @extschema@.audit_grant(regclass, regrole, boolean) IS
    'Gives (or with allow => false takes back) a role the right to checkpoint, prune and set retention of a table';

CREATE FUNCTION @extschema@.audit_adopt(tbl regclass, digest jsonb DEFAULT NULL, replica boolean DEFAULT false) RETURNS jsonb
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_adopt';
COMMENT ON FUNCTION @extschema@.audit_adopt(regclass, jsonb, boolean) IS
    'Makes a table restored (pg_dump -t) or replicated with its chain columns an audit table again, after checking its rows; with a digest of the source, proves continuity with it';

CREATE FUNCTION @extschema@.audit_promote(tbl regclass) RETURNS void
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_promote';
COMMENT ON FUNCTION @extschema@.audit_promote(regclass) IS
    'Ends replica mode: the table chains the rows inserted into it from now on, continuing its chains';

CREATE FUNCTION @extschema@.audit_retire(tbl regclass) RETURNS jsonb
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_retire';
COMMENT ON FUNCTION @extschema@.audit_retire(regclass) IS
    'Records the final chain heads of an audit table in the checkpoint chain and makes it an ordinary table again (owner only; waits for the retention)';

-- Per table: rows the chains hold, total sequence numbers issued, and a hash over every chain head
-- (SHA-256 of 'audit_chain.heads.v1' || 0x00 || for each chain: int4 chain, int8 seq, 32-byte hash).
CREATE VIEW @extschema@.audit_tables WITH (security_barrier) AS
SELECT t.relid AS table_name,
       count(*)::integer AS chains,
       sum(h.seq - coalesce(b.base_seq, h.base_seq))::bigint AS row_count,
       sum(h.seq)::bigint AS head_seq,
       pg_catalog.encode(pg_catalog.sha256(
           pg_catalog.convert_to('audit_chain.heads.v1', 'UTF8') || '\x00'::bytea ||
           pg_catalog.string_agg(pg_catalog.int4send(h.chain) || pg_catalog.int8send(h.seq) || h.hash,
                                 ''::bytea ORDER BY h.chain)), 'hex') AS head_hash,
       max(h.recorded_at) AS last_recorded_at,
       t.enabled_at,
       t.format_version,
       t.retention,
       t.replica,
       t.adopted_at
  FROM audit_chain.tables t
  JOIN audit_chain.chain_heads h ON h.relid = t.relid
  LEFT JOIN audit_chain.chain_bases b ON b.relid = h.relid AND b.chain = h.chain
 WHERE audit_chain.may_verify(t.relid)
 GROUP BY t.relid, t.enabled_at, t.format_version, t.retention, t.replica, t.adopted_at
 ORDER BY t.relid::pg_catalog.oid;

CREATE VIEW @extschema@.audit_chains WITH (security_barrier) AS
SELECT h.relid AS table_name,
       h.chain,
       h.seq AS head_seq,
       pg_catalog.encode(h.hash, 'hex') AS head_hash,
       h.recorded_at AS last_recorded_at,
       coalesce(b.base_seq, h.base_seq) AS base_seq
  FROM audit_chain.chain_heads h
  LEFT JOIN audit_chain.chain_bases b ON b.relid = h.relid AND b.chain = h.chain
 WHERE audit_chain.may_verify(h.relid)
 ORDER BY h.relid::pg_catalog.oid, h.chain;

GRANT SELECT ON @extschema@.audit_tables, @extschema@.audit_chains TO PUBLIC;

CREATE EVENT TRIGGER audit_chain_ddl_guard ON ddl_command_start
    EXECUTE FUNCTION audit_chain.ddl_guard();
CREATE EVENT TRIGGER audit_chain_drop_guard ON sql_drop
    EXECUTE FUNCTION audit_chain.drop_guard();
-- Judges the outcome of ALTER TABLE on an audit table: refuses it if it gave rows already recorded
-- a value (ADD COLUMN of a domain with a default, say), whatever the statement's syntax.
CREATE EVENT TRIGGER audit_chain_ddl_end_guard ON ddl_command_end
    EXECUTE FUNCTION audit_chain.ddl_end_guard();
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_ddl_end_guard ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;

-- Tracked tables (audit_track): an ordinary table whose every change its history, an audit
-- table, records. key_columns: its primary key's columns when its current epoch began.
CREATE TABLE audit_chain.tracked (
    relid       regclass    PRIMARY KEY,
    history     regclass    NOT NULL UNIQUE,
    key_columns text[],
    tracked_at  timestamptz NOT NULL DEFAULT now(),
    tracked_by  name        NOT NULL DEFAULT current_user
);
SELECT pg_catalog.pg_extension_config_dump('audit_chain.tracked', '');
REVOKE ALL ON audit_chain.tracked FROM PUBLIC;
GRANT SELECT ON audit_chain.tracked TO PUBLIC;
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.tracked
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
ALTER TABLE audit_chain.tracked ENABLE REPLICA TRIGGER audit_chain_replication_filter;

CREATE FUNCTION audit_chain.track_trigger() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_track_trigger';
CREATE FUNCTION audit_chain.track_ddl_end() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_track_ddl_end';
CREATE FUNCTION audit_chain.track_drop_guard() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_track_drop_guard';
-- ALTER TABLE of a tracked table starts a new epoch of its history; dropping a tracked table or
-- its tracking triggers is refused.
CREATE EVENT TRIGGER audit_chain_track_ddl_end ON ddl_command_end
    EXECUTE FUNCTION audit_chain.track_ddl_end();
CREATE EVENT TRIGGER audit_chain_track_drop_guard ON sql_drop
    EXECUTE FUNCTION audit_chain.track_drop_guard();
ALTER EVENT TRIGGER audit_chain_track_ddl_end ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_track_drop_guard ENABLE ALWAYS;

CREATE FUNCTION @extschema@.audit_track(tbl regclass, history regclass DEFAULT NULL) RETURNS regclass
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_track';
COMMENT ON FUNCTION @extschema@.audit_track(regclass, regclass) IS
    'Records every change of an ordinary table with a primary key in a history audit table (<tbl>_history, or the empty table given); returns the history table';

-- The versions of one row of a tracked table, oldest first: every change recorded under its key
-- (row: the row after the change, NULL when it was deleted or moved to another key) and the
-- TRUNCATEs after its first one. provenance: the history row's other columns (those the audit
-- table's row format adds). Reads the history with the caller's rights.
CREATE FUNCTION @extschema@.audit_versions(tbl regclass, key jsonb)
    RETURNS TABLE (change_id bigint, op text, changed_at timestamptz, "row" jsonb, old_row jsonb, provenance jsonb)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    hist regclass;
BEGIN
    SELECT t.history INTO hist FROM audit_chain.tracked t WHERE t.relid = tbl;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', tbl USING ERRCODE = '42704',
            HINT = 'audit_track(table) starts tracking a table.';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT h.change_id, h.op, h.changed_at, h.new_row, h.old_row,
                pg_catalog.to_jsonb(h) OPERATOR(pg_catalog.-) ARRAY[''change_id'', ''op'', ''changed_at'', ''key'', ''old_row'', ''new_row'',
                    ''audit_chain_id'', ''audit_seq'', ''audit_prev'', ''audit_hash'']
           FROM %s h
          WHERE h.key OPERATOR(pg_catalog.=) $1
             OR (h.key IS NULL AND h.op = ''TRUNCATE''
                 AND h.change_id OPERATOR(pg_catalog.>) (SELECT pg_catalog.min(f.change_id) FROM %s f WHERE f.key OPERATOR(pg_catalog.=) $1))
          ORDER BY h.change_id', hist, hist) USING key;
END
$$;
COMMENT ON FUNCTION @extschema@.audit_versions(regclass, jsonb) IS
    'The recorded versions of the row of a tracked table with this primary key (a jsonb object of its key columns), oldest first';

-- The contents of a tracked table as of a past time, from its history: the last version of each
-- row whose change's transaction began at or before ts. Called as audit_as_of(NULL::tbl, ts).
CREATE FUNCTION @extschema@.audit_as_of(tbl anyelement, ts timestamptz) RETURNS SETOF anyelement
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    hist regclass;
BEGIN
    SELECT t.history INTO hist
      FROM audit_chain.tracked t JOIN pg_catalog.pg_class c ON c.oid = t.relid::pg_catalog.oid
     WHERE c.reltype = pg_catalog.pg_typeof(tbl)::pg_catalog.oid;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'type % is not the row type of a tracked table', pg_catalog.pg_typeof(tbl) USING ERRCODE = '42704',
            HINT = 'Call it as audit_as_of(NULL::table_name, timestamp) for a table that audit_track tracks.';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT r.* FROM (
            SELECT DISTINCT ON (h.key) h.new_row
              FROM %s h
             WHERE h.key IS NOT NULL AND h.changed_at OPERATOR(pg_catalog.<=) $2
               AND h.change_id OPERATOR(pg_catalog.>=) (SELECT COALESCE(pg_catalog.max(e.change_id), 0) FROM %s e
                                  WHERE e.key IS NULL AND e.changed_at OPERATOR(pg_catalog.<=) $2)
             ORDER BY h.key, h.change_id DESC) l
         CROSS JOIN LATERAL pg_catalog.jsonb_populate_record($1, l.new_row) r
         WHERE l.new_row IS NOT NULL', hist, hist) USING tbl, ts;
END
$$;
COMMENT ON FUNCTION @extschema@.audit_as_of(anyelement, timestamptz) IS
    'The contents of a tracked table as of a past time, rebuilt from its history: SELECT * FROM audit_as_of(NULL::tbl, ts)';

-- == refusals (issue 16) ==
-- The trail of refused attempts (src/refusals.rs): every refusal is recorded in shared memory
-- (with shared_preload_libraries = 'audit_chain') and drained into the audit table
-- audit_refusals of the extension's schema, which the first drain creates.

CREATE FUNCTION @extschema@.audit_refusals_flush() RETURNS bigint
    LANGUAGE c VOLATILE AS 'MODULE_PATHNAME', 'audit_chain_refusals_flush';
COMMENT ON FUNCTION @extschema@.audit_refusals_flush() IS
    'Moves the refused attempts recorded in shared memory into the trail audit_refusals now (superuser or the extension''s owner); returns how many';

CREATE FUNCTION audit_chain.refusal_counts() RETURNS bigint[]
    LANGUAGE c VOLATILE AS 'MODULE_PATHNAME', 'audit_chain_refusal_counts';
CREATE FUNCTION audit_chain.refusal_counters(OUT recording boolean, OUT recorded bigint, OUT pending bigint, OUT dropped bigint)
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT c[1] OPERATOR(pg_catalog.=) 1, c[2], c[3], c[4] FROM (SELECT audit_chain.refusal_counts() AS c) s $$;
COMMENT ON FUNCTION audit_chain.refusal_counters() IS
    'Refused attempts since the server started: whether they are recorded (shared_preload_libraries), how many reached a trail, how many wait in shared memory, how many were lost for want of room';

-- Per table: refused attempts in the trail and the last one (for the status view).
CREATE FUNCTION audit_chain.refusal_summary()
    RETURNS TABLE (relid oid, table_name text, refused bigint, last_refused_at timestamptz)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    trail regclass;
BEGIN
    SELECT c.oid::regclass INTO trail
      FROM pg_catalog.pg_extension e
      JOIN pg_catalog.pg_class c ON c.relnamespace = e.extnamespace AND c.relname = 'audit_refusals'
     WHERE e.extname = 'audit_chain'
       AND EXISTS (SELECT FROM audit_chain.tables t WHERE t.relid::oid = c.oid);
    -- Roles that may not read the trail (not pg_monitor, not its owner) see nothing.
    IF trail IS NULL OR NOT pg_catalog.has_table_privilege(trail, 'SELECT') THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE pg_catalog.format(
        'SELECT r.relid, (pg_catalog.array_agg(r.table_name ORDER BY r.refused_at DESC))[1],
                pg_catalog.count(*), pg_catalog.max(r.refused_at)
           FROM %s r WHERE r.kind OPERATOR(pg_catalog.=) ''refused'' GROUP BY r.relid ORDER BY r.relid', trail);
END
$$;
COMMENT ON FUNCTION audit_chain.refusal_summary() IS
    'Refused attempts recorded in the trail audit_refusals, per table: how many and the last one';

REVOKE EXECUTE ON FUNCTION audit_chain.refusal_counts(), audit_chain.refusal_counters()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain.refusal_counts(), audit_chain.refusal_counters() TO pg_monitor;
-- audit_status calls it for every role: it shows rows only to roles that may read the trail.
GRANT EXECUTE ON FUNCTION audit_chain.refusal_summary() TO PUBLIC;

-- == witness (issue 15) ==
-- Witness cosignatures of checkpoint notes (audit-chain witness, audit_cosign; docs/THREAT_MODEL.md,
-- "Witnesses"): each signature line of a signed note, stored once. Append-only (guarded like the
-- checkpoint catalog); readable through the view audit_cosignatures.
CREATE TABLE audit_chain.cosignatures (
    checkpoint_id bigint      NOT NULL,
    relid         regclass    NOT NULL,
    key_name      text        NOT NULL,
    key_id        text        NOT NULL,
    signature     text        NOT NULL,
    stored_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    stored_by     text        NOT NULL DEFAULT pg_catalog.session_user(),
    PRIMARY KEY (checkpoint_id, key_name, key_id, signature)
);
SELECT pg_catalog.pg_extension_config_dump('audit_chain.cosignatures', '');
REVOKE ALL ON audit_chain.cosignatures FROM PUBLIC;
CREATE TRIGGER audit_chain_guard BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain.cosignatures
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();
ALTER TABLE audit_chain.cosignatures ENABLE ALWAYS TRIGGER audit_chain_guard;
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.cosignatures
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
ALTER TABLE audit_chain.cosignatures ENABLE REPLICA TRIGGER audit_chain_replication_filter;

CREATE FUNCTION @extschema@.audit_cosign(note text) RETURNS integer
    LANGUAGE c VOLATILE CALLED ON NULL INPUT
    AS 'MODULE_PATHNAME', 'audit_chain_cosign';
COMMENT ON FUNCTION @extschema@.audit_cosign(text) IS
    'Stores the signature lines of a signed checkpoint note of this database (a witness''s cosignature) in audit_chain.cosignatures; returns how many were new. Needs the admin right on the note''s table';

CREATE VIEW @extschema@.audit_cosignatures WITH (security_barrier) AS
SELECT c.relid AS table_name,
       c.checkpoint_id,
       c.key_name,
       c.key_id,
       '— ' OPERATOR(pg_catalog.||) c.key_name OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) c.signature AS signature_line,
       c.stored_at,
       c.stored_by
  FROM audit_chain.cosignatures c
 WHERE audit_chain.may_verify(c.relid)
 ORDER BY c.checkpoint_id, c.key_name, c.key_id, c.signature;
GRANT SELECT ON @extschema@.audit_cosignatures TO PUBLIC;

-- == worker (issue 16) ==
-- What the background worker (audit_chain.worker_databases) found, per audit table: written by
-- the worker only, read through audit_status. relid is an oid (a row of a table that is no longer
-- an audit table is deleted by the worker's next round).
CREATE TABLE audit_chain.worker_status (
    relid                  oid PRIMARY KEY,
    -- the last incremental verification that found no problem, the checkpoint record it covered
    -- (the next one starts there) and the rows the table held then
    last_verified_at       timestamptz,
    verified_checkpoint_id bigint,
    verified_row_count     bigint,
    -- the last full verification and whether it found the table intact
    last_full_pass_at      timestamptz,
    last_full_pass_ok      boolean,
    -- the last problem alerted (the payload of its NOTIFY audit_chain_alert)
    last_problem_at        timestamptz,
    last_problem           jsonb
);
REVOKE ALL ON audit_chain.worker_status FROM PUBLIC;
-- A table's newest checkpoint record (audit_status, read by the worker every round) in one index
-- descent, however many records the table has. (It makes checkpoints_relid_kind redundant.)
CREATE INDEX checkpoints_relid_kind_id ON audit_chain.checkpoints (relid, kind, id);

-- Per audit table: its rows and chains, its newest checkpoint and the rows written since, and what
-- the worker found. Shown to roles that may verify the table and to members of pg_monitor.
CREATE VIEW @extschema@.audit_status WITH (security_barrier) AS
SELECT t.relid AS table_name,
       h.row_count,
       h.chains,
       c.id AS last_checkpoint_id,
       c.recorded_at AS last_checkpoint_at,
       h.head_seq - coalesce(c.head_seq, h.base_seq) AS rows_since_checkpoint,
       w.last_verified_at,
       w.verified_checkpoint_id,
       w.verified_row_count,
       w.last_full_pass_at,
       w.last_full_pass_ok,
       w.last_problem_at,
       w.last_problem,
       r.refused,
       r.last_refused_at
  FROM audit_chain.tables t
 CROSS JOIN LATERAL (
       SELECT count(*)::integer AS chains,
              sum(x.seq - coalesce(b.base_seq, x.base_seq))::bigint AS row_count,
              sum(x.seq)::bigint AS head_seq,
              sum(coalesce(b.base_seq, x.base_seq))::bigint AS base_seq
         FROM audit_chain.chain_heads x
         LEFT JOIN audit_chain.chain_bases b ON b.relid = x.relid AND b.chain = x.chain
        WHERE x.relid = t.relid) h
  LEFT JOIN LATERAL (
       SELECT k.id, (k.body->>'recorded_at')::timestamptz AS recorded_at,
              (SELECT sum((e->>'seq')::bigint) FROM pg_catalog.jsonb_array_elements(k.body->'chains') e)::bigint AS head_seq
         FROM audit_chain.checkpoints k
        WHERE k.relid = t.relid AND k.kind = 'checkpoint'
        ORDER BY k.id DESC LIMIT 1) c ON true
  LEFT JOIN audit_chain.worker_status w ON w.relid = t.relid::pg_catalog.oid
  LEFT JOIN audit_chain.refusal_summary() r ON r.relid = t.relid::pg_catalog.oid
 WHERE audit_chain.may_verify(t.relid) OR pg_catalog.pg_has_role('pg_monitor', 'USAGE')
 ORDER BY t.relid::pg_catalog.oid;

-- The audit_chain processes running (launcher and one worker per watched database).
CREATE VIEW @extschema@.audit_workers AS
SELECT a.pid, a.backend_type, a.datname AS database, a.backend_start, a.wait_event
  FROM pg_catalog.pg_stat_activity a
 WHERE a.backend_type IN ('audit_chain launcher', 'audit_chain worker');

REVOKE ALL ON @extschema@.audit_status, @extschema@.audit_workers FROM PUBLIC;
GRANT SELECT ON @extschema@.audit_status, @extschema@.audit_workers TO PUBLIC;
GRANT SELECT ON @extschema@.audit_status, @extschema@.audit_workers TO pg_monitor;
