-- Witness cosignatures: audit_cosign(note) stores the signature lines of a signed checkpoint note
-- of this database in the append-only audit_chain.cosignatures (view audit_cosignatures). Witnesses
-- (audit-chain witness) sign outside the database; here the test keys of tests/data sign, with the
-- audit-chain tool ($AUDIT_CHAIN_CLI). The database holds no key and checks no signature: it
-- checks that the note is exactly a checkpoint record of this database.
\set SHOW_CONTEXT never
\set pub `cat tests/data/regress.audit-chain.test.pub`
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_cosign;
DROP ROLE IF EXISTS regress_witness, regress_cosign_peek;
RESET client_min_messages;
CREATE DATABASE regress_cosign;
\c regress_cosign
\set SHOW_CONTEXT never
CREATE EXTENSION audit_chain;
CREATE TABLE ledger (id int, v text);
SELECT audit_enable('ledger', 1);
INSERT INTO ledger SELECT g, 'v' || g FROM generate_series(1, 5) g;
SELECT audit_checkpoint_note(audit_checkpoint('ledger')) AS body \gset
\setenv AUDIT_CHAIN_NOTE_BODY :body
\set note `printf '%s' "$AUDIT_CHAIN_NOTE_BODY" | "$AUDIT_CHAIN_CLI" sign --key tests/data/regress.audit-chain.test.key`
SELECT :'note' || E'\n' AS note \gset
\setenv AUDIT_CHAIN_NOTE :note
\set both `printf '%s' "$AUDIT_CHAIN_NOTE" | "$AUDIT_CHAIN_CLI" sign --key tests/data/stranger.audit-chain.test.key`
SELECT :'both' || E'\n' AS both \gset

-- Each signature line is stored once: how many were new.
SELECT audit_cosign(:'note');
SELECT audit_cosign(:'note');
SELECT audit_cosign(:'both');
SELECT table_name, checkpoint_id, key_name, length(key_id) AS key_id_length,
       signature_line = '— ' || key_name || ' ' || split_part(signature_line, ' ', 3) AS line_ok,
       stored_by
  FROM audit_cosignatures;
-- The stored lines after the body make a signed note that verifies.
SELECT audit_verify_digest(:'body' || E'\n' || string_agg(signature_line || E'\n', '' ORDER BY key_name), ARRAY[:'pub'])
  FROM audit_cosignatures;

-- Bad notes: an error (22023) with a HINT, nothing stored.
\set VERBOSITY default
SELECT audit_cosign(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_cosign('not a note');
\echo :LAST_ERROR_SQLSTATE
-- Unsigned: the body alone.
SELECT audit_cosign(:'body');
\echo :LAST_ERROR_SQLSTATE
-- Of another database.
SELECT audit_cosign(replace(:'note', 'audit_chain/regress_cosign/', 'audit_chain/other_db/'));
\echo :LAST_ERROR_SQLSTATE
-- Altered after signing: no longer the checkpoint record it names.
SELECT audit_cosign(regexp_replace(:'note', 'chain 0 (\d+)', 'chain 0 1\1'));
\echo :LAST_ERROR_SQLSTATE
-- A checkpoint the database does not have, a table it does not have.
SELECT audit_cosign(regexp_replace(:'note', 'checkpoint \d+', 'checkpoint 999999'));
\echo :LAST_ERROR_SQLSTATE
SELECT audit_cosign(regexp_replace(:'note', '/[0-9a-f-]{36}', '/00000000-0000-0000-0000-000000000000'));
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM audit_chain.cosignatures;

-- Rights: storing needs the admin right on the note's table (the right audit_checkpoint needs);
-- the view shows a table's cosignatures to the roles that may verify it (SELECT or admin right).
CREATE ROLE regress_witness;
CREATE ROLE regress_cosign_peek;
GRANT SELECT ON ledger TO regress_witness;
SET ROLE regress_witness;
SELECT audit_cosign(:'note');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM audit_cosignatures;
RESET ROLE;
SELECT audit_grant('ledger', 'regress_witness');
SET ROLE regress_witness;
SELECT audit_cosign(:'both');
RESET ROLE;
SET ROLE regress_cosign_peek;
SELECT count(*) FROM audit_cosignatures;
SELECT count(*) FROM audit_chain.cosignatures;
INSERT INTO audit_chain.cosignatures (checkpoint_id, relid, key_name, key_id, signature)
  VALUES (1, 'ledger', 'x', '00000000', 'AAAA');
RESET ROLE;

-- Append-only, also for a superuser.
UPDATE audit_chain.cosignatures SET key_name = 'x';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.cosignatures;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE audit_chain.cosignatures;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM audit_chain.cosignatures;

\c regress_db
SET client_min_messages = warning;
DROP DATABASE regress_cosign;
DROP ROLE regress_witness, regress_cosign_peek;
