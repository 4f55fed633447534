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
    enabled_by     name        NOT NULL DEFAULT current_user
);

-- One row per chain: where it starts (base_*) and where it ends (seq, hash). Updated in place by
-- the insert path once per committing transaction, under the chain's lock. Deliberately without
-- indexes: the insert path updates it with plain heap access.
CREATE TABLE audit_chain.chain_heads (
    relid       regclass    NOT NULL,
    chain       integer     NOT NULL,
    seq         bigint      NOT NULL,
    hash        bytea       NOT NULL,
    recorded_at timestamptz,
    base_seq    bigint      NOT NULL,
    base_hash   bytea       NOT NULL
);

SELECT pg_catalog.pg_extension_config_dump('audit_chain.tables', '');
SELECT pg_catalog.pg_extension_config_dump('audit_chain.chain_heads', '');
REVOKE ALL ON audit_chain.tables, audit_chain.chain_heads FROM PUBLIC;
GRANT SELECT ON audit_chain.tables, audit_chain.chain_heads TO PUBLIC;

CREATE FUNCTION audit_chain.insert_trigger() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_insert_trigger';
CREATE FUNCTION audit_chain.guard_trigger() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_guard_trigger';
CREATE FUNCTION audit_chain.ddl_guard() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_ddl_guard';

-- Refuses every drop that would take an audit table, one of its columns, its guard triggers or
-- its chain index with it (DROP TABLE, DROP SCHEMA ... CASCADE, DROP OWNED, ...).
CREATE FUNCTION audit_chain.drop_guard() RETURNS event_trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    obj record;
    what text;
    tbl text;
BEGIN
    FOR obj IN SELECT * FROM pg_catalog.pg_event_trigger_dropped_objects() LOOP
        what := NULL;
        IF obj.object_type IN ('table', 'table column')
           AND EXISTS (SELECT 1 FROM audit_chain.tables t WHERE t.relid::oid = obj.objid) THEN
            what := CASE obj.object_type WHEN 'table' THEN 'DROP TABLE' ELSE 'DROP COLUMN' END;
            tbl := CASE obj.object_type WHEN 'table' THEN obj.object_identity
                        ELSE pg_catalog.quote_ident(obj.address_names[1]) || '.' || pg_catalog.quote_ident(obj.address_names[2]) END;
        ELSIF obj.object_type = 'trigger'
           AND obj.address_names[3] IN ('zz_audit_chain_insert', 'audit_chain_guard', 'audit_chain_guard_row') THEN
            SELECT t.relid::text INTO tbl
              FROM audit_chain.tables t
              JOIN pg_catalog.pg_class c ON c.oid = t.relid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = obj.address_names[1] AND c.relname = obj.address_names[2];
            IF FOUND THEN
                what := 'DROP TRIGGER';
            END IF;
        ELSIF obj.object_type = 'index' THEN
            SELECT t.relid::text INTO tbl
              FROM audit_chain.tables t
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_catalog.pg_index i
                    WHERE i.indrelid = t.relid AND i.indisunique AND i.indnkeyatts = 2
                      AND pg_catalog.pg_get_indexdef(i.indexrelid) LIKE '%(audit_chain_id, audit_seq)')
               AND pg_catalog.to_regclass(t.relid::text) IS NOT NULL
             LIMIT 1;
            IF FOUND THEN
                what := 'DROP INDEX of the chain index';
            END IF;
        END IF;
        IF what IS NOT NULL THEN
            RAISE LOG 'audit_chain: refused % on % by role %', what, tbl, current_user;
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

-- Per table: rows the chains hold, total sequence numbers issued, and a hash over every chain head
-- (SHA-256 of 'audit_chain.heads.v1' || 0x00 || for each chain: int4 chain, int8 seq, 32-byte hash).
CREATE VIEW @extschema@.audit_tables AS
SELECT t.relid AS table_name,
       t.chains,
       sum(h.seq - h.base_seq)::bigint AS row_count,
       sum(h.seq)::bigint AS head_seq,
       pg_catalog.encode(pg_catalog.sha256(
           pg_catalog.convert_to('audit_chain.heads.v1', 'UTF8') || '\x00'::bytea ||
           pg_catalog.string_agg(pg_catalog.int4send(h.chain) || pg_catalog.int8send(h.seq) || h.hash,
                                 ''::bytea ORDER BY h.chain)), 'hex') AS head_hash,
       max(h.recorded_at) AS last_recorded_at,
       t.enabled_at,
       t.format_version
  FROM audit_chain.tables t
  JOIN audit_chain.chain_heads h ON h.relid = t.relid
 GROUP BY t.relid, t.chains, t.enabled_at, t.format_version;

CREATE VIEW @extschema@.audit_chains AS
SELECT h.relid AS table_name,
       h.chain,
       h.seq AS head_seq,
       pg_catalog.encode(h.hash, 'hex') AS head_hash,
       h.recorded_at AS last_recorded_at,
       h.base_seq
  FROM audit_chain.chain_heads h;

GRANT SELECT ON @extschema@.audit_tables, @extschema@.audit_chains TO PUBLIC;

CREATE EVENT TRIGGER audit_chain_ddl_guard ON ddl_command_start
    EXECUTE FUNCTION audit_chain.ddl_guard();
CREATE EVENT TRIGGER audit_chain_drop_guard ON sql_drop
    EXECUTE FUNCTION audit_chain.drop_guard();
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;
