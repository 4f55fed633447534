-- Every way of inserting is chained; client-supplied chain values are never trusted.
\set SHOW_CONTEXT never
CREATE SCHEMA t02;
SET search_path = t02, public;
CREATE TABLE log (id int, msg text);
SELECT audit_enable('log', 1);

INSERT INTO log VALUES (1, 'single');
INSERT INTO log VALUES (2, 'multi'), (3, 'multi');
INSERT INTO log SELECT g, 'select' FROM generate_series(4, 6) g;
COPY log (id, msg) FROM stdin;
7	copy
8	copy
\.
PREPARE ins(int, text) AS INSERT INTO log VALUES ($1, $2);
EXECUTE ins(9, 'prepared');
EXECUTE ins(10, 'prepared');
INSERT INTO log VALUES (11, 'returning') RETURNING id, audit_chain_id, audit_seq;
-- Chain values sent by the client are overwritten.
INSERT INTO log (id, msg, audit_chain_id, audit_seq, audit_prev, audit_hash)
  VALUES (12, 'forged', 7, 999, '\x00', '\x00') RETURNING audit_chain_id, audit_seq, length(audit_hash);
MERGE INTO log USING (VALUES (13, 'merge')) s(id, msg) ON log.id = s.id
  WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.msg);
SELECT id, msg, audit_seq FROM log ORDER BY audit_seq;

-- Savepoints rolled back mid-transaction leave no gap.
BEGIN;
INSERT INTO log VALUES (14, 'kept');
SAVEPOINT a;
INSERT INTO log VALUES (15, 'rolled back');
INSERT INTO log VALUES (16, 'rolled back');
ROLLBACK TO SAVEPOINT a;
INSERT INTO log VALUES (17, 'kept');
SAVEPOINT b;
INSERT INTO log VALUES (18, 'kept, savepoint released');
RELEASE SAVEPOINT b;
COMMIT;
BEGIN;
INSERT INTO log VALUES (19, 'whole transaction rolled back');
ROLLBACK;
INSERT INTO log VALUES (20, 'kept');
SELECT id, audit_seq FROM log WHERE audit_seq > 13 ORDER BY audit_seq;
-- Each row links to the one before it.
SELECT bool_and(audit_prev = prev_hash) AS linked
  FROM (SELECT audit_prev, lag(audit_hash) OVER (ORDER BY audit_seq) AS prev_hash FROM log) s
 WHERE prev_hash IS NOT NULL;
SELECT audit_verify('log');

-- A role that may only INSERT.
CREATE ROLE regress_app;
GRANT USAGE ON SCHEMA t02 TO regress_app;
GRANT INSERT ON log TO regress_app;
SET ROLE regress_app;
INSERT INTO log VALUES (21, 'by app');
UPDATE log SET msg = 'x';
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
SELECT id, audit_seq FROM log WHERE id = 21;

-- Within one transaction all rows of a table go to one chain, in order.
CREATE TABLE multi (a int);
SELECT audit_enable('multi', 4);
BEGIN;
INSERT INTO multi SELECT g FROM generate_series(1, 10) g;
INSERT INTO multi VALUES (11);
SELECT count(DISTINCT audit_chain_id) AS chains_used, min(audit_seq), max(audit_seq) FROM multi;
COMMIT;
SELECT sum(head_seq) AS issued FROM audit_chains WHERE table_name = 'multi'::regclass;
SELECT audit_verify('multi');
