-- Checkpoints as signed notes (c2sp.org/signed-note). audit_checkpoint_note() renders a digest's
-- note body; the audit-chain tool ($AUDIT_CHAIN_CLI, built by scripts/regress.sh) signs it outside
-- the database with the test keys in tests/data; audit_verify_digest(note, verifier_keys) checks
-- the signatures, then the digest. No private key enters the database.
\set SHOW_CONTEXT never
\set pub `cat tests/data/regress.audit-chain.test.pub`
\set stranger `cat tests/data/stranger.audit-chain.test.pub`
-- A database of its own, so that checkpoint ids (in the WARNINGs) do not depend on other tests.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_notes;
RESET client_min_messages;
CREATE DATABASE regress_notes;
\c regress_notes
\set SHOW_CONTEXT never
CREATE EXTENSION audit_chain;
CREATE SCHEMA t14;
SET search_path = t14, public;
CREATE TABLE ledger (id int, v text);
SELECT audit_enable('ledger', 1);
INSERT INTO ledger SELECT g, 'v' || g FROM generate_series(1, 10) g;
SELECT audit_checkpoint('ledger') AS digest \gset

-- The body: origin, format, table, kind, checkpoint id, checkpoint hash, time, then one line per
-- chain (chain, seq, hash). What varies from run to run is masked.
SELECT audit_checkpoint_note(:'digest') AS body \gset
SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(:'body',
         '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '<uuid>'),
         '[0-9a-f]{64}', '<hash>', 'g'), '\d{4}-\d\d-\d\dT[0-9:.]+Z', '<time>'),
         'checkpoint \d+', 'checkpoint <id>') AS body;
SELECT split_part(:'body', E'\n', 1) = 'audit_chain/regress_notes/' || (:'digest'::jsonb->>'table_uuid') AS origin,
       split_part(:'body', E'\n', 5) = 'checkpoint ' || (:'digest'::jsonb->>'checkpoint_id') AS id,
       split_part(:'body', E'\n', 6) = 'hash ' || (:'digest'::jsonb->>'checkpoint_hash') AS hash;

-- Signed outside the database. (psql drops the final newline of a command's output.)
\setenv AUDIT_CHAIN_NOTE_BODY :body
\set note `printf '%s' "$AUDIT_CHAIN_NOTE_BODY" | "$AUDIT_CHAIN_CLI" sign --key tests/data/regress.audit-chain.test.key`
SELECT :'note' || E'\n' AS note \gset
SELECT regexp_replace(split_part(:'note', E'\n\n', 2), ' \S+\n$', ' <signature>') AS signature_line;
SELECT audit_verify_digest(:'note', ARRAY[:'pub']);
-- Any one of the given keys suffices; a given key that did not sign is not required.
SELECT audit_verify_digest(:'note', ARRAY[:'stranger', :'pub']);
-- More rows since: the checkpoint still holds.
INSERT INTO ledger SELECT g, 'v' || g FROM generate_series(11, 20) g;
SELECT audit_verify_digest(:'note', ARRAY[:'pub']);

-- A cosignature by another key (a witness, later) is kept beside the first.
\setenv AUDIT_CHAIN_NOTE :note
\set both `printf '%s' "$AUDIT_CHAIN_NOTE" | "$AUDIT_CHAIN_CLI" sign --key tests/data/stranger.audit-chain.test.key`
SELECT :'both' || E'\n' AS both \gset
SELECT audit_verify_digest(:'both', ARRAY[:'stranger']), audit_verify_digest(:'both', ARRAY[:'pub']);

-- Signatures that do not hold: false, with a WARNING that names the problem.
SELECT audit_verify_digest(:'note', ARRAY[:'stranger']);
SELECT audit_verify_digest(regexp_replace(:'note', 'chain 0 (\d+)', 'chain 0 1\1'), ARRAY[:'pub']);

-- Properly signed notes whose checkpoint the database does not hold as signed.
SELECT regexp_replace(:'body', 'checkpoint \d+', 'checkpoint 999999') AS forged_id \gset
\setenv AUDIT_CHAIN_NOTE_BODY :forged_id
\set note2 `printf '%s' "$AUDIT_CHAIN_NOTE_BODY" | "$AUDIT_CHAIN_CLI" sign --key tests/data/regress.audit-chain.test.key`
SELECT audit_verify_digest(:'note2' || E'\n', ARRAY[:'pub']);
-- That signature (of the right key, over other bytes) under the real body.
SELECT audit_verify_digest(:'body' || E'\n' || split_part(:'note2' || E'\n', E'\n\n', 2), ARRAY[:'pub']);
SELECT regexp_replace(:'body', 'hash [0-9a-f]{64}', 'hash ' || repeat('ab', 32)) AS forged_hash \gset
\setenv AUDIT_CHAIN_NOTE_BODY :forged_hash
\set note3 `printf '%s' "$AUDIT_CHAIN_NOTE_BODY" | "$AUDIT_CHAIN_CLI" sign --key tests/data/regress.audit-chain.test.key`
SELECT audit_verify_digest(:'note3' || E'\n', ARRAY[:'pub']);
-- A row rewritten behind the guards' back: the signature holds, the digest does not.
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE ledger DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE ledger SET v = 'rewritten' WHERE id = 3;
ALTER TABLE ledger ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
\set VERBOSITY terse
SELECT audit_verify_digest(:'note', ARRAY[:'pub']);
\set VERBOSITY default

-- Malformed notes and keys: errors with SQLSTATE 22023.
\set VERBOSITY sqlstate
SELECT audit_verify_digest(:'body', ARRAY[:'pub']);
SELECT audit_verify_digest(E'hello\n\n— regress.audit-chain.test AAAAAAA=\n', ARRAY[:'pub']);
SELECT audit_verify_digest(replace(:'note', '— ', '-- '), ARRAY[:'pub']);
SELECT audit_verify_digest(replace(:'note', 'audit_chain/regress_notes/', 'audit_chain/other_db/'), ARRAY[:'pub']);
SELECT audit_verify_digest(:'note', ARRAY[]::text[]);
SELECT audit_verify_digest(:'note', ARRAY[NULL]);
SELECT audit_verify_digest(:'note', ARRAY['regress.audit-chain.test+00000000+AZ67lwdqRsdUIo0EjPmYLsJIJNqrPUxcvE7c5khONlVf']);
SELECT audit_verify_digest(:'note', NULL);
SELECT audit_checkpoint_note(jsonb_build_array(:'digest'::jsonb));
SELECT audit_checkpoint_note(jsonb_set(:'digest'::jsonb, '{recorded_at}', '"2020-01-01T00:00:00.000000Z"'));
\set VERBOSITY default
-- The HINTs.
SELECT audit_verify_digest(:'body', ARRAY[:'pub']);
SELECT audit_verify_digest(:'note', ARRAY['PRIVATE+KEY+regress.audit-chain.test+7f389008+AAAA']);

\c regress_db
DROP DATABASE regress_notes;
