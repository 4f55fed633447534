-- The status views of the background worker (audit_status, audit_workers) without a worker
-- running: their columns, what a table shows before any worker round, and who may read what.
\set SHOW_CONTEXT never
CREATE SCHEMA t17;
SET search_path = t17, public;
CREATE TABLE s1 (a int);
SELECT audit_enable('s1', 2);
INSERT INTO s1 SELECT g FROM generate_series(1, 5) g;
-- The columns monitoring reads (monitoring/queries.yaml).
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'audit_status'::regclass AND attnum > 0 ORDER BY attnum;
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'audit_workers'::regclass AND attnum > 0 ORDER BY attnum;
-- No checkpoint yet: every row is since the last checkpoint; the worker has found nothing.
SELECT row_count, chains, last_checkpoint_id, last_checkpoint_at, rows_since_checkpoint,
       last_verified_at, verified_checkpoint_id, last_full_pass_at, last_full_pass_ok, last_problem
  FROM audit_status WHERE table_name = 's1'::regclass;
-- A checkpoint: its id and time, nothing since; two more rows: two since.
SELECT audit_checkpoint('s1') IS NOT NULL AS taken;
SELECT last_checkpoint_id = (SELECT max(id) FROM audit_chain.checkpoints) AS newest
  FROM audit_status WHERE table_name = 's1'::regclass;
SELECT rows_since_checkpoint, last_checkpoint_at <= now() AS at_ok FROM audit_status WHERE table_name = 's1'::regclass;
INSERT INTO s1 VALUES (6), (7);
SELECT row_count, rows_since_checkpoint FROM audit_status WHERE table_name = 's1'::regclass;
-- No worker runs here (the library is not preloaded).
SELECT count(*) AS workers FROM audit_workers;
-- Settings exist once the library is loaded, with their defaults.
SELECT name, setting, unit, context FROM pg_settings WHERE name LIKE 'audit\_chain.%' AND name <> 'audit_chain.verify_hash_thread' ORDER BY name;
-- Grants: pg_monitor and PUBLIC read the views; nobody but the extension writes the status table.
SELECT has_table_privilege('pg_monitor', 'audit_status', 'SELECT') AS monitor_status,
       has_table_privilege('pg_monitor', 'audit_workers', 'SELECT') AS monitor_workers,
       has_table_privilege('public', 'audit_status', 'SELECT') AS public_status;
SELECT has_table_privilege('public', 'audit_chain.worker_status', 'SELECT') AS public_reads_table,
       has_table_privilege('public', 'audit_chain.worker_status', 'INSERT') AS public_inserts,
       has_table_privilege('public', 'audit_chain.worker_status', 'UPDATE') AS public_updates,
       has_table_privilege('public', 'audit_status', 'INSERT') AS public_inserts_view;
-- A role that may not verify s1 sees no row of it, unless it is a member of pg_monitor.
CREATE ROLE regress_monitor;
GRANT USAGE ON SCHEMA t17 TO regress_monitor;
SET ROLE regress_monitor;
SELECT count(*) AS visible FROM audit_status WHERE table_name = 's1'::regclass;
RESET ROLE;
GRANT pg_monitor TO regress_monitor;
SET ROLE regress_monitor;
SELECT row_count, rows_since_checkpoint FROM audit_status WHERE table_name = 's1'::regclass;
SELECT count(*) FROM audit_chain.worker_status;
RESET ROLE;
