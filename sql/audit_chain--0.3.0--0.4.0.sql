-- audit_chain 0.3.0 -> 0.4.0
--
-- - Row and head hashes are no longer readable by every role: audit_chain.chain_heads and
--   audit_chain.checkpoints lose their SELECT grant to PUBLIC, and the audit_tables and
--   audit_chains views show a table's rows only to roles that may SELECT or administer it.
--   Monitoring roles that read them need SELECT on the audit tables they watch.
-- - A ddl_command_end event trigger judges the outcome of ALTER TABLE on audit tables.
-- - The drop guard recognises the chain index whatever the session's quote_all_identifiers.
-- Checkpoints taken from now on are recorded in format audit_chain.checkpoint.v2; records and
-- digests of format v1 keep verifying.
\echo Use "ALTER EXTENSION audit_chain UPDATE" to load this file. \quit

REVOKE SELECT ON audit_chain.chain_heads, audit_chain.checkpoints FROM PUBLIC;

-- The drop guard finds a table's chain index by its key columns, not by the text of
-- pg_get_indexdef(), which quote_all_identifiers changes (it then refused every DROP INDEX).
CREATE OR REPLACE FUNCTION audit_chain.drop_guard() RETURNS event_trigger
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
            RAISE LOG 'audit_chain: refused % on % by role %', what, tbl, current_user;
            RAISE EXCEPTION '% is not allowed on audit table %', what, tbl
                USING ERRCODE = '42501',
                      DETAIL = 'Audit tables, their columns, guard triggers and chain index cannot be dropped.';
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION audit_chain.ddl_end_guard() RETURNS event_trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_ddl_end_guard';
CREATE FUNCTION audit_chain.may_verify(tbl regclass) RETURNS boolean
    LANGUAGE c STABLE STRICT AS 'MODULE_PATHNAME', 'audit_chain_may_verify';

CREATE OR REPLACE VIEW @extschema@.audit_tables WITH (security_barrier) AS
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
       t.format_version,
       t.retention
  FROM audit_chain.tables t
  JOIN audit_chain.chain_heads h ON h.relid = t.relid
 WHERE audit_chain.may_verify(t.relid)
 GROUP BY t.relid, t.chains, t.enabled_at, t.format_version, t.retention;

CREATE OR REPLACE VIEW @extschema@.audit_chains WITH (security_barrier) AS
SELECT h.relid AS table_name,
       h.chain,
       h.seq AS head_seq,
       pg_catalog.encode(h.hash, 'hex') AS head_hash,
       h.recorded_at AS last_recorded_at,
       h.base_seq
  FROM audit_chain.chain_heads h
 WHERE audit_chain.may_verify(h.relid);

CREATE EVENT TRIGGER audit_chain_ddl_end_guard ON ddl_command_end
    EXECUTE FUNCTION audit_chain.ddl_end_guard();
ALTER EVENT TRIGGER audit_chain_ddl_end_guard ENABLE ALWAYS;
