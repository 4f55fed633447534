-- audit_chain 0.3.0 -> 0.4.0
--
-- - Row and head hashes are no longer readable by every role: audit_chain.chain_heads and
--   audit_chain.checkpoints lose their SELECT grant to PUBLIC, and the audit_tables and
--   audit_chains views show a table's rows only to roles that may SELECT or administer it.
--   Monitoring roles that read them need SELECT on the audit tables they watch.
-- - A ddl_command_end event trigger judges the outcome of ALTER TABLE on audit tables.
-- Checkpoints taken from now on are recorded in format audit_chain.checkpoint.v2; records and
-- digests of format v1 keep verifying.
\echo Use "ALTER EXTENSION audit_chain UPDATE" to load this file. \quit

REVOKE SELECT ON audit_chain.chain_heads, audit_chain.checkpoints FROM PUBLIC;

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
