-- Checkpoints, digests, retention pruning, and who may do them.
\set SHOW_CONTEXT never
CREATE SCHEMA t08;
SET search_path = t08, public;
CREATE TABLE ledger (id int, v text);
SELECT audit_enable('ledger', 1);
INSERT INTO ledger SELECT g, 'v' || g FROM generate_series(1, 10) g;

SELECT audit_checkpoint('ledger') AS digest \gset
SELECT key FROM jsonb_object_keys(:'digest'::jsonb) key ORDER BY key;
SELECT :'digest'::jsonb->>'format' AS format, :'digest'::jsonb->>'kind' AS kind,
       :'digest'::jsonb->'chains' -> 0 ->> 'seq' AS seq, length(:'digest'::jsonb->>'checkpoint_hash') AS hash_len;
-- checkpoint_id is the id of the record just written to the checkpoint catalog.
SELECT (:'digest'::jsonb->>'checkpoint_id')::bigint = max(id) AS latest_record,
       (SELECT kind FROM audit_chain.checkpoints WHERE id = (:'digest'::jsonb->>'checkpoint_id')::bigint) AS record_kind
  FROM audit_chain.checkpoints;
SELECT audit_verify_digest(:'digest');
INSERT INTO ledger SELECT g, 'v' || g FROM generate_series(11, 20) g;
SELECT audit_verify_digest(:'digest');
SELECT jsonb_typeof(audit_checkpoint()) AS all_tables;
SELECT audit_verify_digest(jsonb_build_array(audit_checkpoint('ledger'), :'digest'::jsonb));

-- Pruning: a prefix, never the last row; verification and old digests still hold.
SELECT audit_prune('ledger', clock_timestamp());
SELECT count(*), min(audit_seq), max(audit_seq) FROM ledger;
SELECT head_seq, base_seq FROM audit_chains WHERE table_name = 'ledger'::regclass;
-- audit_tables counts the rows still present, head_seq the rows ever recorded.
SELECT row_count, head_seq FROM audit_tables WHERE table_name = 'ledger'::regclass;
SELECT audit_verify('ledger');
SELECT audit_verify_digest(:'digest');
SELECT audit_prune('ledger', clock_timestamp());
INSERT INTO ledger VALUES (21, 'after prune');
SELECT audit_verify('ledger');
SELECT kind, body->'chains'->0->>'removed' AS removed FROM audit_chain.checkpoints
 WHERE relid = 'ledger'::regclass ORDER BY id;

-- Retention: can be lengthened, never shortened; younger rows are kept.
SELECT audit_set_retention('ledger', '30 days');
SELECT audit_set_retention('ledger', '60 days');
SELECT audit_set_retention('ledger', '1 day');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('ledger', '-1 day');
\echo :LAST_ERROR_SQLSTATE
-- (the message names a time, which differs from run to run)
\set VERBOSITY sqlstate
SELECT audit_prune('ledger', clock_timestamp());
\set VERBOSITY default
SELECT audit_prune('ledger', clock_timestamp() - interval '61 days');
SELECT retention FROM audit_tables WHERE table_name = 'ledger'::regclass;

-- Bad calls.
SELECT audit_prune(NULL, now());
\echo :LAST_ERROR_SQLSTATE
SELECT audit_prune('ledger', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_prune('ledger', 'infinity');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE plain (a int);
SELECT audit_prune('plain', now());
\echo :LAST_ERROR_SQLSTATE
SELECT audit_checkpoint('plain');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('plain', '1 day');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_grant('plain', 'postgres');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_grant(NULL, 'postgres');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_grant('ledger', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention(NULL, '1 day');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('ledger', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest('{}');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest('"x"');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest('[]');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest(jsonb_set(:'digest', '{chains,0,seq}', '5'));
\echo :LAST_ERROR_SQLSTATE
-- From another database (its hash recomputed, so that only its origin is wrong).
SELECT audit_verify_digest(d || jsonb_build_object('checkpoint_hash', encode(sha256(convert_to((d - 'checkpoint_hash')::text, 'UTF8')), 'hex')))
  FROM jsonb_set(:'digest', '{database}', '"elsewhere"') d;
\echo :LAST_ERROR_SQLSTATE
-- A digest from the future, its hash recomputed so that only its time is wrong.
SELECT d || jsonb_build_object('checkpoint_hash', encode(sha256(convert_to((d - 'checkpoint_hash')::text, 'UTF8')), 'hex')) AS future
  FROM jsonb_set(:'digest', '{recorded_at}', '"2999-01-01T00:00:00.000000Z"') d \gset
SELECT audit_verify_digest(:'future');
\echo :LAST_ERROR_SQLSTATE
-- A digest naming a table that is not an audit table here (hash recomputed likewise).
SELECT d || jsonb_build_object('checkpoint_hash', encode(sha256(convert_to((d - 'checkpoint_hash')::text, 'UTF8')), 'hex')) AS stranger
  FROM jsonb_set(:'digest', '{table_uuid}', '"00000000-0000-0000-0000-000000000000"') d \gset
SELECT audit_verify_digest(:'stranger');
\echo :LAST_ERROR_SQLSTATE
-- One bad digest in an array spoils the array.
SELECT audit_verify_digest(jsonb_build_array(:'digest'::jsonb, '{}'::jsonb));
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest(jsonb_set(:'digest', '{recorded_at}', '"yesterday"'));
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify_digest(jsonb_set(:'digest', '{checkpoint_hash}', '"zz"'));
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.checkpoints SET kind = 'prune';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE

-- Who may checkpoint and prune.
CREATE ROLE regress_auditor;
GRANT USAGE ON SCHEMA t08 TO regress_auditor;
GRANT INSERT ON ledger TO regress_auditor;
SET ROLE regress_auditor;
SELECT audit_checkpoint('ledger') IS NOT NULL;
\echo :LAST_ERROR_SQLSTATE
SELECT audit_prune('ledger', now() - interval '1 year');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('ledger', '1 year');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_grant('ledger', 'regress_auditor');
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
SELECT audit_grant('ledger', 'regress_auditor');
SET ROLE regress_auditor;
SELECT audit_checkpoint('ledger') IS NOT NULL AS checkpointed;
SELECT audit_prune('ledger', now() - interval '1 year');
RESET ROLE;
SELECT audit_grant('ledger', 'regress_auditor', false);
SET ROLE regress_auditor;
SELECT audit_checkpoint('ledger') IS NOT NULL;
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
-- allow => NULL is neither a grant nor a revocation: refused, and no right is given.
SELECT audit_grant('ledger', 'regress_auditor', NULL);
\echo :LAST_ERROR_SQLSTATE
SET ROLE regress_auditor;
SELECT audit_checkpoint('ledger') IS NOT NULL;
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;

-- A superuser rewrites history: the chain alone cannot tell, the digest can.
CREATE TABLE history (id int, v text);
SELECT audit_enable('history', 1);
INSERT INTO history SELECT g, 'v' || g FROM generate_series(1, 5) g;
SELECT audit_checkpoint('history') AS hdigest \gset
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE history DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
-- Remove the newest rows and move the chain head back, so that the chain itself still verifies.
DELETE FROM history WHERE audit_seq > 3;
UPDATE audit_chain.chain_heads h SET seq = 3, hash = x.audit_hash, recorded_at = x.audit_at
  FROM history x WHERE h.relid = 'history'::regclass AND x.audit_seq = 3;
ALTER TABLE history ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT count(*) AS chain_problems FROM audit_verify_report('history') WHERE kind NOT IN ('row_missing', 'anchor_mismatch');
SELECT kind, seq FROM audit_verify_report('history') ORDER BY 1, 2;
SET client_min_messages = error;
SELECT audit_verify_digest(:'hdigest');
RESET client_min_messages;

-- A superuser changes a value of an anchored row and recomputes nothing: the chain check names the row,
-- and the digest taken before no longer matches the table.
CREATE TABLE rewritten (id int, v text);
SELECT audit_enable('rewritten', 1);
INSERT INTO rewritten SELECT g, 'v' || g FROM generate_series(1, 5) g;
SELECT audit_checkpoint('rewritten') AS rdigest \gset
SELECT audit_verify_digest(:'rdigest');
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE rewritten DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE rewritten SET v = 'rewritten' WHERE audit_seq = 2;
ALTER TABLE rewritten ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT chain, seq, kind FROM audit_verify_report('rewritten') ORDER BY 1, 2, 3;
SET client_min_messages = error;
SELECT audit_verify('rewritten');
SELECT audit_verify_digest(:'rdigest');
RESET client_min_messages;

-- A superuser deletes the newest rows after a checkpoint and leaves the head alone.
CREATE TABLE truncated (id int);
SELECT audit_enable('truncated', 1);
INSERT INTO truncated SELECT g FROM generate_series(1, 5) g;
SELECT audit_checkpoint('truncated') AS tdigest \gset
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE truncated DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
DELETE FROM truncated WHERE audit_seq > 3;
ALTER TABLE truncated ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT chain, seq, kind FROM audit_verify_report('truncated') ORDER BY 1, 2, 3;
SET client_min_messages = error;
SELECT audit_verify_digest(:'tdigest');
RESET client_min_messages;

-- The caller's search_path never chooses what runs with the extension owner's rights.
CREATE SCHEMA evil;
CREATE FUNCTION evil.jsonb_build_object(text, integer, text, bigint, text, text) RETURNS jsonb
  LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'evil function ran'; RETURN '{"evil": true}'; END$$;
SET search_path = evil, pg_catalog, t08, public;
SELECT jsonb_array_length(audit_checkpoint('ledger')->'chains') AS chains,
       audit_checkpoint('ledger')->'chains'->0 ? 'seq' AS normal_chain_entry;
SET search_path = t08, public;
