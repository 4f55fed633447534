-- Privileges: what an application role, a non-superuser owner and crafted names can and cannot do.
\set SHOW_CONTEXT never
CREATE SCHEMA t07;
SET search_path = t07, public;
CREATE TABLE s1 (a int, b text);
SELECT audit_enable('s1', 1);
INSERT INTO s1 VALUES (1, 'one');
CREATE TABLE not_audited (a int);

-- An application role that may only INSERT.
CREATE ROLE regress_app2;
GRANT USAGE ON SCHEMA t07 TO regress_app2;
GRANT INSERT ON s1 TO regress_app2;
SET ROLE regress_app2;
INSERT INTO s1 VALUES (2, 'by app');
UPDATE s1 SET b = 'x';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM s1;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE s1;
\echo :LAST_ERROR_SQLSTATE
-- The catalog is out of its reach.
INSERT INTO audit_chain.tables SELECT * FROM audit_chain.tables;
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.tables SET chains = 2;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.tables;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO audit_chain.chain_heads SELECT * FROM audit_chain.chain_heads LIMIT 1;
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.chain_heads SET seq = 0;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.chain_heads;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO audit_chain.checkpoints SELECT * FROM audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.checkpoints SET kind = 'prune';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO audit_chain.grants VALUES ('s1'::regclass, 'regress_app2');
\echo :LAST_ERROR_SQLSTATE
-- Others' tables cannot be made audit tables, nor can it grant itself checkpoint rights.
SELECT audit_enable('not_audited');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_grant('s1', 'regress_app2');
\echo :LAST_ERROR_SQLSTATE
-- Nor can it switch off replication-mode firing or triggers.
SET session_replication_role = replica;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE s1 DISABLE TRIGGER audit_chain_guard;
\echo :LAST_ERROR_SQLSTATE
-- Verification is open to everyone.
SELECT audit_verify('s1');
RESET ROLE;
SELECT a, b, audit_seq FROM s1 ORDER BY audit_seq;

-- A table owner who is not a superuser: the guards hold against the owner too.
CREATE ROLE regress_owner;
GRANT USAGE, CREATE ON SCHEMA t07 TO regress_owner;
SET ROLE regress_owner;
CREATE TABLE owned (a int);
SELECT audit_enable('owned', 1);
INSERT INTO owned VALUES (1), (2);
UPDATE owned SET a = 3;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM owned;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE owned DISABLE TRIGGER audit_chain_guard_row;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE owned DROP COLUMN a;
\echo :LAST_ERROR_SQLSTATE
DROP TABLE owned;
\echo :LAST_ERROR_SQLSTATE
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
\echo :LAST_ERROR_SQLSTATE
UPDATE audit_chain.chain_heads SET seq = 1 WHERE relid = 'owned'::regclass;
\echo :LAST_ERROR_SQLSTATE
-- The owner may checkpoint and prune its own table (all but the chain's last row go).
SELECT jsonb_typeof(audit_checkpoint('owned')) AS checkpoint;
SELECT audit_prune('owned', clock_timestamp()) AS pruned;
-- ... but not someone else's.
SELECT audit_checkpoint('s1');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_prune('s1', now() - interval '1 day');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify('owned');
RESET ROLE;

-- Crafted names: regclass input rejects them, and quoted identifiers work without injection.
SELECT audit_enable('s1; DROP TABLE s1');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('t; drop table x');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('s1''); DROP TABLE s1; --');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE "a""b; DROP TABLE s1; --" ("x'); DROP TABLE s1; --" int);
SELECT audit_enable('"a""b; DROP TABLE s1; --"', 1);
INSERT INTO "a""b; DROP TABLE s1; --" VALUES (1), (2);
SELECT audit_verify('"a""b; DROP TABLE s1; --"');
SELECT jsonb_typeof(audit_checkpoint('"a""b; DROP TABLE s1; --"')) AS checkpoint;
SELECT audit_prune('"a""b; DROP TABLE s1; --"', clock_timestamp()) AS pruned;
SELECT audit_verify('"a""b; DROP TABLE s1; --"');
-- s1 is still there with its rows.
SELECT count(*) FROM s1;

-- regress_app2 only holds privileges and goes now; regress_owner owns an audit table, which cannot be
-- dropped, so regress.sh drops that role after dropping the whole database, before the next run.
DROP OWNED BY regress_app2;
DROP ROLE regress_app2;
