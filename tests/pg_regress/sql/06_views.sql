-- The views audit_tables and audit_chains, and the arguments of audit_verify / audit_verify_report.
\set SHOW_CONTEXT never
CREATE SCHEMA t06;
SET search_path = t06, public;
CREATE TABLE v1 (a int);
SELECT audit_enable('v1', 3);
-- An enabled but empty table: every chain exists, at sequence 0.
SELECT chains, row_count, head_seq, last_recorded_at IS NULL AS never_written, enabled_at <= now() AS enabled_before,
       format_version FROM audit_tables WHERE table_name = 'v1'::regclass;
SELECT chain, head_seq, base_seq FROM audit_chains WHERE table_name = 'v1'::regclass ORDER BY chain;
INSERT INTO v1 SELECT g FROM generate_series(1, 10) g;
-- Ten rows in one transaction: one chain holds them, its head at 10; head_hash is 64 hex digits.
SELECT chains, row_count, head_seq, length(head_hash) AS hash_len, head_hash ~ '^[0-9a-f]{64}$' AS hex,
       last_recorded_at IS NOT NULL AS written, format_version
  FROM audit_tables WHERE table_name = 'v1'::regclass;
SELECT count(*) AS chains, sum(head_seq) AS rows, max(head_seq) AS longest, sum(base_seq) AS base,
       bool_and(length(head_hash) = 64) AS hex
  FROM audit_chains WHERE table_name = 'v1'::regclass;
-- The head hash shown by the views is the hash of the newest row of the chain.
SELECT c.head_hash = encode(t.audit_hash, 'hex') AS head_matches_row
  FROM audit_chains c JOIN v1 t ON t.audit_chain_id = c.chain AND t.audit_seq = c.head_seq
 WHERE c.table_name = 'v1'::regclass AND c.head_seq > 0;
-- A second transaction adds to some chain; the totals follow.
INSERT INTO v1 VALUES (11), (12);
SELECT row_count, (SELECT sum(head_seq) FROM audit_chains WHERE table_name = 'v1'::regclass) AS issued
  FROM audit_tables WHERE table_name = 'v1'::regclass;

-- A healthy table: true, and no report rows.
SELECT audit_verify('v1');
SELECT count(*) AS problems FROM audit_verify_report('v1');

-- Not an audit table: 42704 from both.
CREATE TABLE not_audited (a int);
SELECT audit_verify('not_audited');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM audit_verify_report('not_audited');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify('no_such_table');
\echo :LAST_ERROR_SQLSTATE

-- NULL means every audit table. 05_tamper left damaged tables behind, so the answer is false and
-- the report names exactly those tables and no healthy one (their WARNINGs carry hashes: silenced).
SET client_min_messages = error;
SELECT audit_verify(NULL);
SELECT audit_verify();
RESET client_min_messages;
SELECT DISTINCT table_name::text FROM audit_verify_report(NULL) ORDER BY 1;
SELECT count(*) = (SELECT count(*) FROM audit_verify_report()) AS null_is_all FROM audit_verify_report(NULL);
