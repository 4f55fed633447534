-- Trust in the verdict: what an inserting session, a schema change, a privilege, a concurrent
-- writer or a superuser editing the catalog can no longer do to audit_verify().
\set SHOW_CONTEXT never
CREATE SCHEMA t09;
SET search_path = t09, public;

-- 1. Type descriptors come from the catalogs: no session setting of the inserter changes a hash.
CREATE TABLE p1 (a int, t text, r regclass, ty regtype, ts timestamptz);
SELECT audit_enable('p1', 1);
SET quote_all_identifiers = on;
INSERT INTO p1 VALUES (1, 'quoted', 'p1', 'text', '2024-01-01 00:00+00');
RESET quote_all_identifiers;
-- A temporary domain named like a built-in type hides it from format_type().
CREATE DOMAIN pg_temp.text AS pg_catalog.text;
INSERT INTO p1 VALUES (2, 'shadowed', 'p1', 'integer', NULL);
DROP DOMAIN pg_temp.text;
CREATE FUNCTION ins_no_path() RETURNS void LANGUAGE sql SET search_path = ''
    AS $$ INSERT INTO t09.p1 VALUES (3, 'empty search_path', 't09.p1', 'pg_catalog.text', NULL) $$;
SELECT ins_no_path();
SET search_path = public, t09;
INSERT INTO p1 VALUES (4, 'other search_path', 'p1', 'bigint', NULL);
SET search_path = t09, public;
-- An extension type outside the search_path.
CREATE SCHEMA t09ext;
CREATE EXTENSION citext SCHEMA t09ext;
CREATE TABLE p1x (c t09ext.citext);
SELECT audit_enable('p1x', 1);
CREATE FUNCTION ins_ext() RETURNS void LANGUAGE sql SET search_path = ''
    AS $$ INSERT INTO t09.p1x VALUES ('Hidden') $$;
SELECT ins_ext();
SET search_path = t09, t09ext, public;
INSERT INTO p1x VALUES ('Visible');
SELECT audit_verify('t09.p1'), audit_verify('t09.p1x');
SET search_path = pg_catalog;
SET quote_all_identifiers = on;
SELECT public.audit_verify('t09.p1'), public.audit_verify('t09.p1x');
RESET quote_all_identifiers;
SET search_path = t09, public;

-- 6. A composite type that gains an attribute: the backend that altered it encodes the new
-- attribute from its next insert on, as verification does.
CREATE TYPE comp AS (x int, y text);
CREATE TABLE p6 (c comp);
SELECT audit_enable('p6', 1);
INSERT INTO p6 VALUES (ROW(1, 'a'));
ALTER TYPE comp ADD ATTRIBUTE z int;
INSERT INTO p6 VALUES (ROW(2, 'b', 3));
SELECT audit_verify('p6');

-- 4. Schema changes are judged by their outcome: a new column may not give old rows a value.
CREATE DOMAIN with_default AS int DEFAULT 7;
CREATE TABLE p4 (a int);
SELECT audit_enable('p4', 1);
INSERT INTO p4 VALUES (1);
ALTER TABLE p4 ADD COLUMN d with_default;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE p4 ADD COLUMN w timestamptz DEFAULT clock_timestamp();
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE p4 ADD COLUMN i int GENERATED ALWAYS AS IDENTITY;
\echo :LAST_ERROR_SQLSTATE
-- Columns that leave old rows NULL are fine, whatever the syntax.
ALTER TABLE p4 ADD COLUMN n int DEFAULT NULL;
ALTER TABLE p4 ADD COLUMN g int GENERATED ALWAYS AS (a * 2) STORED;
INSERT INTO p4 (a, n) VALUES (2, 20);
-- A table with no rows yet may take a column with a default.
CREATE TABLE p4e (a int);
SELECT audit_enable('p4e', 1);
ALTER TABLE p4e ADD COLUMN d with_default;
INSERT INTO p4e (a) VALUES (1);
SELECT a, d FROM p4e;
SELECT audit_verify('p4'), audit_verify('p4e');

-- 5. audit_enable on a table whose BEFORE UPDATE trigger rewrites rows: the existing rows are
-- chained as they are, no user trigger runs, and the table's indexes still find them.
CREATE TABLE p5 (a int, note text);
INSERT INTO p5 SELECT g, 'original' FROM generate_series(1, 300) g;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
CREATE TRIGGER p5_touch BEFORE UPDATE ON p5 FOR EACH ROW EXECUTE FUNCTION touch();
CREATE UNIQUE INDEX p5_a ON p5 (a);
SELECT audit_enable('p5', 1);
SELECT note, count(*), min(audit_seq), max(audit_seq) FROM p5 GROUP BY note;
SET enable_seqscan = off;
SELECT a, note, audit_seq FROM p5 WHERE a = 300;
RESET enable_seqscan;
SELECT audit_verify('p5');

-- 7. A guard trigger replaced by one that fires less often is reported.
CREATE TABLE p7 (a int);
SELECT audit_enable('p7', 1);
INSERT INTO p7 VALUES (1);
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
DROP TRIGGER audit_chain_guard_row ON p7;
CREATE TRIGGER audit_chain_guard_row BEFORE UPDATE OR DELETE ON p7 FOR EACH ROW
    WHEN (OLD.a > 100) EXECUTE FUNCTION audit_chain.guard_trigger();
DROP TRIGGER audit_chain_guard ON p7;
CREATE TRIGGER audit_chain_guard BEFORE DELETE ON p7
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();
ALTER TABLE p7 ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
UPDATE p7 SET a = 2;
SELECT kind, regexp_replace(regexp_replace(detail, '[0-9a-f]{64}', '<hash>'), 'transaction [0-9]+', 'transaction N') AS detail
  FROM audit_verify_report('p7') ORDER BY detail;

-- 8. Hashes are for roles that may read the table.
CREATE ROLE regress_peek;
GRANT USAGE ON SCHEMA t09 TO regress_peek;
SET ROLE regress_peek;
SELECT count(*) FROM audit_chain.chain_heads;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM audit_chains;
SELECT count(*) FROM audit_tables;
SELECT audit_verify('p1');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_verify();
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
GRANT SELECT ON p1 TO regress_peek;
SET ROLE regress_peek;
SELECT table_name, chain, head_seq FROM audit_chains;
SELECT table_name, row_count FROM audit_tables;
SELECT audit_verify('p1');
RESET ROLE;

-- A role that may not read a table cannot get its hashes by putting its own functions or
-- operators ahead of pg_catalog's: every query the extension runs pins its search_path.
CREATE SCHEMA t09evil;
GRANT USAGE, CREATE ON SCHEMA t09evil TO regress_peek;
SET ROLE regress_peek;
CREATE FUNCTION t09evil.me_first(oid[], oid) RETURNS oid[] LANGUAGE sql
    AS $$ SELECT $1 || (SELECT oid FROM pg_roles WHERE rolname = 'regress_peek') $$;
CREATE AGGREGATE t09evil.array_agg(oid) (sfunc = t09evil.me_first, stype = oid[]);
CREATE FUNCTION t09evil.always(oid, integer) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR t09evil.= (leftarg = oid, rightarg = integer, function = t09evil.always);
SET search_path = t09evil, pg_catalog, t09, public;
SELECT count(*) FROM audit_chains WHERE table_name = 't09.p6'::regclass;
SELECT audit_verify('t09.p6');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_checkpoint('t09.p6');
\echo :LAST_ERROR_SQLSTATE
RESET search_path;
RESET ROLE;
SET search_path = t09, public;

-- Row-level security: SELECT on a table whose policies hide rows from the role is not enough to
-- see the hashes of every row.
CREATE TABLE p8rls (owner_name text, secret text);
SELECT audit_enable('p8rls', 1);
INSERT INTO p8rls VALUES ('regress_peek', 'visible'), ('someone else', 'hidden');
ALTER TABLE p8rls ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON p8rls FOR SELECT USING (owner_name = current_user);
GRANT SELECT ON p8rls TO regress_peek;
SET ROLE regress_peek;
SELECT owner_name, secret FROM p8rls;
SELECT count(*) FROM audit_chains WHERE table_name = 'p8rls'::regclass;
SELECT audit_verify('p8rls');
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
SELECT audit_verify('p8rls');

-- A composite column whose default is a row of NULLs still gives old rows a value.
CREATE TYPE pair09 AS (x int, y int);
CREATE TABLE p4c (a int);
SELECT audit_enable('p4c', 1);
INSERT INTO p4c VALUES (1);
ALTER TABLE p4c ADD COLUMN c pair09 DEFAULT ROW(NULL, NULL);
\echo :LAST_ERROR_SQLSTATE
-- In a REPEATABLE READ transaction whose snapshot predates the table's first rows, too.
CREATE TABLE p4rr (a int);
SELECT audit_enable('p4rr', 1);
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM p4rr;
\! psql -X -q -c 'INSERT INTO t09.p4rr VALUES (1)' regress_db
ALTER TABLE p4rr ADD COLUMN d int DEFAULT 5;
ROLLBACK;
SELECT audit_verify('p4c'), audit_verify('p4rr');

-- 9. INSERT ... ON CONFLICT DO NOTHING: skipped rows leave no gap.
CREATE TABLE p9 (id int PRIMARY KEY, v text);
SELECT audit_enable('p9', 1);
INSERT INTO p9 VALUES (1, 'a'), (2, 'b');
INSERT INTO p9 VALUES (2, 'dup'), (3, 'c'), (1, 'dup'), (4, 'd') ON CONFLICT DO NOTHING;
INSERT INTO p9 VALUES (4, 'dup') ON CONFLICT (id) DO NOTHING;
CREATE FUNCTION p9_ingest(i int) RETURNS void LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO t09.p9 VALUES (i, 'by function') ON CONFLICT DO NOTHING; END $$;
SELECT p9_ingest(g) FROM generate_series(3, 6) g;
BEGIN;
INSERT INTO p9 VALUES (6, 'dup') ON CONFLICT DO NOTHING;
SAVEPOINT s;
INSERT INTO p9 VALUES (7, 'rolled back') ON CONFLICT DO NOTHING;
ROLLBACK TO s;
INSERT INTO p9 VALUES (7, 'g');
COMMIT;
INSERT INTO p9 VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET v = 'upsert';
\echo :LAST_ERROR_SQLSTATE
-- As the first statement of a session that has not loaded the library.
\c
INSERT INTO t09.p9 VALUES (7, 'dup'), (8, 'h') ON CONFLICT DO NOTHING;
\c
SELECT t09.p9_ingest(8);
\c
SELECT t09.p9_ingest(9);
SET search_path = t09, public;
SELECT id, v, audit_seq FROM p9 ORDER BY audit_seq;
SELECT audit_verify('p9');

-- 10. A table removed from the catalog behind audit_chain's back is still noticed.
CREATE TABLE p10 (a int);
SELECT audit_enable('p10', 1);
INSERT INTO p10 VALUES (1);
SELECT audit_checkpoint('p10') AS digest10 \gset
CREATE TEMP TABLE saved_tables AS SELECT * FROM audit_chain.tables WHERE relid = 'p10'::regclass;
CREATE TEMP TABLE saved_heads AS SELECT * FROM audit_chain.chain_heads WHERE relid = 'p10'::regclass;
DELETE FROM audit_chain.chain_heads WHERE relid = 'p10'::regclass;
DELETE FROM audit_chain.tables WHERE relid = 'p10'::regclass;
SELECT table_name, kind, regexp_replace(detail, 'checkpoint [0-9]+', 'checkpoint N', 'g') AS detail
  FROM audit_verify_report('p10') ORDER BY kind;
SELECT kind FROM audit_verify_report() WHERE table_name = 'p10'::regclass ORDER BY kind;
-- (its WARNING names the table and its random table_uuid)
SET client_min_messages = error;
SELECT audit_verify_digest(:'digest10');
RESET client_min_messages;
INSERT INTO audit_chain.tables SELECT * FROM saved_tables;
INSERT INTO audit_chain.chain_heads SELECT * FROM saved_heads;
SELECT audit_verify('p10'), audit_verify_digest(:'digest10');

-- 2. A superuser removes the oldest rows, moves the base and forges a prune record: rows the
-- retention protected are reported missing, by the catalog and by a digest taken before.
CREATE TABLE p2 (a int);
SELECT audit_enable('p2', 1);
INSERT INTO p2 SELECT g FROM generate_series(1, 5) g;
SELECT audit_set_retention('p2', '30 days');
SELECT audit_checkpoint('p2') AS digest2 \gset
SELECT (:'digest2'::jsonb)->'retention' AS retention,
       (:'digest2'::jsonb)->'chains'->0 ?& ARRAY['base_seq', 'base_hash', 'at', 'marks'] AS v2_fields,
       jsonb_path_query_array(:'digest2'::jsonb, '$.chains[0].marks[*].seq') AS marked_seqs;
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE p2 DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
DELETE FROM p2 WHERE audit_seq <= 3;
ALTER TABLE p2 ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
UPDATE audit_chain.chain_heads SET base_seq = 3, base_hash = (SELECT audit_prev FROM p2 WHERE audit_seq = 4)
 WHERE relid = 'p2'::regclass;
WITH last AS (SELECT id, hash FROM audit_chain.checkpoints ORDER BY id DESC LIMIT 1),
     b AS (SELECT jsonb_build_object('format', 'audit_chain.checkpoint.v2', 'kind', 'prune',
                  'database', current_database(), 'table', 't09.p2', 'table_uuid', t.table_uuid::text,
                  'checkpoint_id', last.id + 1, 'prev_checkpoint_hash', encode(last.hash, 'hex'),
                  'recorded_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                  'older_than', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                  'chains', jsonb_build_array(jsonb_build_object('chain', 0, 'base_seq', 3, 'removed', 3,
                      'base_hash', (SELECT encode(audit_prev, 'hex') FROM p2 WHERE audit_seq = 4)))) AS body
             FROM audit_chain.tables t, last WHERE t.relid = 'p2'::regclass)
INSERT INTO audit_chain.checkpoints (id, relid, kind, body, hash)
SELECT (body->>'checkpoint_id')::bigint, 'p2'::regclass, 'prune', body, sha256(convert_to(body::text, 'UTF8')) FROM b;
SELECT chain, seq, kind FROM audit_verify_report('p2');
SET client_min_messages = error;
SELECT audit_verify_digest(:'digest2');
RESET client_min_messages;

-- A retention can only grow, part by part: a month is not 30 days.
CREATE TABLE p11 (a int);
SELECT audit_enable('p11', 2);
INSERT INTO p11 SELECT g FROM generate_series(1, 4) g;
SELECT audit_set_retention('p11', '1 year');
SELECT audit_set_retention('p11', '360 days');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('p11', '-1200 mons 36400 days');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_set_retention('p11', '1 year 1 day');
SELECT retention FROM audit_chain.tables WHERE relid = 'p11'::regclass;
SELECT audit_checkpoint('p11') IS NOT NULL AND audit_checkpoint('p11') IS NOT NULL AS checkpointed;

-- The extension's own tables take no DDL outside its scripts.
ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE audit_chain.checkpoints RENAME TO decoy;
\echo :LAST_ERROR_SQLSTATE
DROP TRIGGER audit_chain_guard ON audit_chain.checkpoints;
\echo :LAST_ERROR_SQLSTATE
CREATE RULE no_delete AS ON DELETE TO audit_chain.chain_heads DO INSTEAD NOTHING;
\echo :LAST_ERROR_SQLSTATE

-- What a superuser edits in the catalogs without a guard is reported: a relabelled checkpoint
-- record, a retention shortened behind audit_chain's back, a chain removed, a false head time.
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
UPDATE audit_chain.checkpoints SET kind = 'prune'
 WHERE id = (SELECT max(id) FROM audit_chain.checkpoints WHERE relid = 'p11'::regclass);
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
UPDATE audit_chain.tables SET retention = '0', chains = 3 WHERE relid = 'p11'::regclass;
UPDATE audit_chain.chain_heads SET recorded_at = '2000-01-01 00:00+00'
 WHERE relid = 'p11'::regclass AND chain = (SELECT audit_chain_id FROM p11 LIMIT 1);
SELECT kind, regexp_replace(detail, 'checkpoint [0-9]+', 'checkpoint N', 'g') AS detail
  FROM audit_verify_report('p11') ORDER BY kind, detail;

-- Maintenance of the catalog tables stays possible; renaming their schema does not.
ALTER TABLE audit_chain.chain_heads SET (fillfactor = 50);
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
ALTER SCHEMA audit_chain RENAME TO audit_chain_decoy;
\echo :LAST_ERROR_SQLSTATE
-- A retention has to stay within PostgreSQL's time range.
SELECT audit_set_retention('p11', '2000 years');
\echo :LAST_ERROR_SQLSTATE

-- Checkpoint records moved to another table, after their own table was un-registered.
CREATE TABLE p13 (a int);
SELECT audit_enable('p13', 1);
INSERT INTO p13 VALUES (1);
SELECT audit_checkpoint('p13') IS NOT NULL AS checkpointed;
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
DELETE FROM audit_chain.chain_heads WHERE relid = 'p13'::regclass;
DELETE FROM audit_chain.tables WHERE relid = 'p13'::regclass;
DROP TRIGGER zz_audit_chain_insert ON p13;
DROP TRIGGER audit_chain_guard ON p13;
DROP TRIGGER audit_chain_guard_row ON p13;
UPDATE audit_chain.checkpoints SET relid = 'p11'::regclass WHERE relid = 'p13'::regclass;
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT kind, regexp_replace(detail, 'checkpoint [0-9]+', 'checkpoint N', 'g') AS detail
  FROM audit_verify_report() WHERE table_name = 'p11'::regclass AND kind = 'checkpoint_broken' ORDER BY detail;

-- Settings of the session that enables or drops: standard_conforming_strings, quote_all_identifiers.
SET standard_conforming_strings = off;
CREATE TABLE p12 (a int);
INSERT INTO p12 VALUES (1);
SELECT audit_enable('p12', 2);
RESET standard_conforming_strings;
CREATE TABLE p12_other (a int PRIMARY KEY);
SET quote_all_identifiers = on;
DROP TABLE p12_other;
RESET quote_all_identifiers;
SELECT audit_verify('p12');
