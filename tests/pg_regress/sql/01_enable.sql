-- audit_enable(): what it protects, and every way it refuses.
\set SHOW_CONTEXT never
CREATE EXTENSION audit_chain;
CREATE SCHEMA t01;
SET search_path = t01, public;

-- An empty table.
CREATE TABLE events (actor text NOT NULL, action text NOT NULL, payload jsonb);
SELECT audit_enable('events');
SELECT attname, format_type(atttypid, atttypmod), attnotnull
  FROM pg_attribute WHERE attrelid = 'events'::regclass AND attnum > 0 ORDER BY attnum;
SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'events'::regclass ORDER BY tgname;
SELECT indexdef LIKE '%UNIQUE INDEX%(audit_chain_id, audit_seq)' AS chain_index
  FROM pg_indexes WHERE tablename = 'events';
SELECT chains, row_count, head_seq FROM audit_tables WHERE table_name = 'events'::regclass;
SELECT audit_verify('events');

-- A table with rows: they are chained at once into chain 0, in physical order.
CREATE TABLE legacy (id int, note text);
INSERT INTO legacy SELECT g, 'row ' || g FROM generate_series(1, 5) g;
SELECT audit_enable('legacy', chains => 2);
SELECT id, audit_chain_id, audit_seq FROM legacy ORDER BY audit_seq;
SELECT bool_and(length(audit_hash) = 32 AND length(audit_prev) = 32) AS hashes FROM legacy;
SELECT audit_verify('legacy');
INSERT INTO legacy VALUES (6, 'after');
SELECT audit_verify('legacy');

-- Names that need quoting.
CREATE SCHEMA "Weird Schema";
CREATE TABLE "Weird Schema"."Événements log" ("Mixed Case" text, "quote""d" int);
SELECT audit_enable('"Weird Schema"."Événements log"', 1);
INSERT INTO "Weird Schema"."Événements log" VALUES ('x', 1);
SELECT audit_verify('"Weird Schema"."Événements log"');
SELECT table_name, chains FROM audit_tables WHERE table_name = '"Weird Schema"."Événements log"'::regclass;

-- Refusals, each with its SQLSTATE.
SELECT audit_enable(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('events', NULL);
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE c0 (a int);
SELECT audit_enable('c0', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('c0', 1025);
\echo :LAST_ERROR_SQLSTATE
CREATE VIEW v AS SELECT 1 AS a;
SELECT audit_enable('v');
\echo :LAST_ERROR_SQLSTATE
CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a;
SELECT audit_enable('mv');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE parted (a int) PARTITION BY RANGE (a);
SELECT audit_enable('parted');
\echo :LAST_ERROR_SQLSTATE
CREATE TEMP TABLE tmp (a int);
-- (the message names the session's temporary schema, which varies)
\set VERBOSITY sqlstate
SELECT audit_enable('tmp');
\set VERBOSITY default
CREATE UNLOGGED TABLE unlogged (a int);
SELECT audit_enable('unlogged');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('events');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE reserved (a int, audit_seq bigint);
SELECT audit_enable('reserved');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable(999999::oid::regclass);
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('no_such_table');
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE late_trigger (a int);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER zzzz_late BEFORE INSERT ON late_trigger FOR EACH ROW EXECUTE FUNCTION noop();
SELECT audit_enable('late_trigger');
\echo :LAST_ERROR_SQLSTATE
-- Not the owner.
CREATE ROLE regress_other;
GRANT USAGE ON SCHEMA t01 TO regress_other;
GRANT ALL ON c0 TO regress_other;
SET ROLE regress_other;
SELECT audit_enable('c0');
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
-- A partition cannot have columns of its own, so it cannot be an audit table either.
CREATE TABLE part1 PARTITION OF parted FOR VALUES FROM (0) TO (100);
SELECT audit_enable('part1', 1);
\echo :LAST_ERROR_SQLSTATE
-- Nothing was left half-done by the refusals.
SELECT count(*) AS audit_tables FROM audit_tables;
SELECT count(*) AS stray_triggers FROM pg_trigger WHERE tgname LIKE '%audit_chain%'
   AND tgrelid NOT IN (SELECT table_name FROM audit_tables) AND tgrelid NOT IN (SELECT oid FROM pg_class WHERE relnamespace = 'audit_chain'::regnamespace);
