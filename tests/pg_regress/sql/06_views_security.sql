-- Views, verification arguments, privileges and injection attempts.
\set SHOW_CONTEXT never
CREATE SCHEMA t06;
SET search_path = t06, public;
CREATE TABLE v1 (a int);
SELECT audit_enable('v1', 3);
INSERT INTO v1 SELECT g FROM generate_series(1, 10) g;
SELECT chains, row_count, head_seq, length(head_hash) AS hash_len, format_version
  FROM audit_tables WHERE table_name = 'v1'::regclass;
SELECT count(*) AS chains, sum(head_seq) AS rows, bool_and(length(head_hash) = 64) AS hex
  FROM audit_chains WHERE table_name = 'v1'::regclass;
SELECT count(*) AS problems FROM audit_verify_report('v1');

CREATE TABLE not_audited (a int);
SELECT audit_verify('not_audited');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM audit_verify_report('not_audited');
\echo :LAST_ERROR_SQLSTATE
-- (05_tamper left damaged tables behind: their WARNINGs carry hashes)
SET client_min_messages = error;
SELECT audit_verify(NULL) IS NOT NULL AS answers;
RESET client_min_messages;

-- An application role that may only INSERT.
CREATE ROLE regress_app2;
GRANT USAGE ON SCHEMA t06 TO regress_app2;
GRANT INSERT ON v1 TO regress_app2;
SET ROLE regress_app2;
INSERT INTO v1 VALUES (11);
DELETE FROM v1;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO audit_chain.chain_heads SELECT * FROM audit_chain.chain_heads LIMIT 1;
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.chain_heads SET seq = 0;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.tables;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO audit_chain.checkpoints SELECT * FROM audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('not_audited');
\echo :LAST_ERROR_SQLSTATE
-- Verification is open to everyone and shows no values.
SELECT audit_verify('v1');
RESET ROLE;
DROP OWNED BY regress_app2;
DROP ROLE regress_app2;

-- Identifiers are never pasted unquoted.
SELECT audit_enable('v1; DROP TABLE v1');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE "a""b; DROP TABLE v1; --" (a int);
SELECT audit_enable('"a""b; DROP TABLE v1; --"', 1);
INSERT INTO "a""b; DROP TABLE v1; --" VALUES (1);
SELECT audit_verify('"a""b; DROP TABLE v1; --"');
SELECT count(*) FROM v1;
