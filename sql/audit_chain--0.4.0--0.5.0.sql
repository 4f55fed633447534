-- audit_chain 0.4.0 -> 0.5.0
--
-- - audit_adopt, audit_promote, audit_retire (restoring one table, replicas, retiring a table).
-- - audit_chain.tables gains replica and adopted_at; checkpoint records gain kinds 'adopt' and
--   'retire'.
-- - Logical replication workers no longer write audit_chain's catalog (publications FOR ALL
--   TABLES include it).
-- - The audit_tables and audit_chains views are ordered (by table, then chain) and show replica and
--   adopted_at.
\echo Use "ALTER EXTENSION audit_chain UPDATE" to load this file. \quit

ALTER TABLE audit_chain.tables
    ADD COLUMN replica boolean NOT NULL DEFAULT false,
    ADD COLUMN adopted_at timestamptz;
ALTER TABLE audit_chain.checkpoints DROP CONSTRAINT checkpoints_kind_check,
    ADD CONSTRAINT checkpoints_kind_check CHECK (kind IN ('checkpoint', 'prune', 'adopt', 'retire'));

-- Logical replication never writes audit_chain's catalog: a publication FOR ALL TABLES includes
-- it, and the publisher's rows would collide with the subscriber's own. Rows that a logical
-- replication worker applies to these tables are skipped (ENABLE REPLICA: only such sessions).
CREATE FUNCTION audit_chain.replication_filter() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'audit_chain_replication_filter';
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.tables
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.chain_heads
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
CREATE TRIGGER audit_chain_replication_filter BEFORE INSERT OR UPDATE OR DELETE ON audit_chain.grants
    FOR EACH ROW EXECUTE FUNCTION audit_chain.replication_filter();
ALTER TABLE audit_chain.tables ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.chain_heads ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.checkpoints ENABLE REPLICA TRIGGER audit_chain_replication_filter;
ALTER TABLE audit_chain.grants ENABLE REPLICA TRIGGER audit_chain_replication_filter;

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
       t.retention,
       t.replica,
       t.adopted_at
  FROM audit_chain.tables t
  JOIN audit_chain.chain_heads h ON h.relid = t.relid
 WHERE audit_chain.may_verify(t.relid)
 GROUP BY t.relid, t.chains, t.enabled_at, t.format_version, t.retention, t.replica, t.adopted_at
 ORDER BY t.relid::pg_catalog.oid;

CREATE OR REPLACE VIEW @extschema@.audit_chains WITH (security_barrier) AS
SELECT h.relid AS table_name,
       h.chain,
       h.seq AS head_seq,
       pg_catalog.encode(h.hash, 'hex') AS head_hash,
       h.recorded_at AS last_recorded_at,
       h.base_seq
  FROM audit_chain.chain_heads h
 WHERE audit_chain.may_verify(h.relid)
 ORDER BY h.relid::pg_catalog.oid, h.chain;

