-- The guards: modifications and schema changes that are refused, and those that are allowed.
\set SHOW_CONTEXT never
CREATE SCHEMA t04;
SET search_path = t04, public;
CREATE TABLE g (id int UNIQUE, v text);
SELECT audit_enable('g', 1);
INSERT INTO g VALUES (1, 'a'), (2, 'b');

UPDATE g SET v = 'x' WHERE id = 1;
\echo :LAST_ERROR_SQLSTATE
UPDATE g SET v = 'x' WHERE false;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM g WHERE id = 2;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE g;
\echo :LAST_ERROR_SQLSTATE
MERGE INTO g USING (VALUES (1)) s(id) ON g.id = s.id WHEN MATCHED THEN UPDATE SET v = 'm';
\echo :LAST_ERROR_SQLSTATE
MERGE INTO g USING (VALUES (1)) s(id) ON g.id = s.id WHEN MATCHED THEN DELETE;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO g VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET v = 'upsert';
\echo :LAST_ERROR_SQLSTATE
-- ON CONFLICT DO NOTHING is idempotent ingestion: a conflicting row is skipped, a new one chained.
INSERT INTO g VALUES (1, 'dup') ON CONFLICT DO NOTHING;
INSERT INTO g VALUES (100, 'new') ON CONFLICT DO NOTHING;
DELETE FROM g WHERE false;
\echo :LAST_ERROR_SQLSTATE
-- Triggers are ENABLE ALWAYS: replication mode does not switch them off.
SET session_replication_role = replica;
UPDATE g SET v = 'x';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM g;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE g;
\echo :LAST_ERROR_SQLSTATE
MERGE INTO g USING (VALUES (1)) s(id) ON g.id = s.id WHEN MATCHED THEN DELETE;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO g VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET v = 'upsert';
\echo :LAST_ERROR_SQLSTATE
-- Inserting still works in replica mode, and is still chained.
INSERT INTO g VALUES (3, 'replica');
RESET session_replication_role;
SELECT id, audit_seq FROM g ORDER BY audit_seq;

-- DDL that would break verification.
ALTER TABLE g DROP COLUMN v;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g ALTER COLUMN v TYPE varchar(100);
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g RENAME COLUMN v TO w;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g RENAME COLUMN audit_seq TO s;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g ADD COLUMN d text DEFAULT 'x';
\echo :LAST_ERROR_SQLSTATE
-- (PostgreSQL itself refuses a NOT NULL column without a default on a table with rows.)
ALTER TABLE g ADD COLUMN n int NOT NULL;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g ADD COLUMN s serial;
\echo :LAST_ERROR_SQLSTATE
-- Stored generated columns are not hashed: adding one changes no recorded row.
ALTER TABLE g ADD COLUMN gen int GENERATED ALWAYS AS (id * 2) STORED;
ALTER TABLE g ALTER COLUMN audit_hash DROP NOT NULL;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g DISABLE TRIGGER audit_chain_guard;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g DISABLE TRIGGER audit_chain_guard_row;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g DISABLE TRIGGER zz_audit_chain_insert;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g DISABLE TRIGGER ALL;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g DISABLE TRIGGER USER;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g ENABLE TRIGGER zz_audit_chain_insert;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g ENABLE REPLICA TRIGGER audit_chain_guard_row;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE g SET UNLOGGED;
\echo :LAST_ERROR_SQLSTATE
ALTER TRIGGER zz_audit_chain_insert ON g RENAME TO x;
\echo :LAST_ERROR_SQLSTATE
DROP TRIGGER audit_chain_guard ON g;
\echo :LAST_ERROR_SQLSTATE
DROP INDEX t04.g_audit_chain_id_audit_seq_idx;
\echo :LAST_ERROR_SQLSTATE
CREATE RULE r AS ON INSERT TO g DO INSTEAD NOTHING;
\echo :LAST_ERROR_SQLSTATE
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.v := NEW.v || '!'; RETURN NEW; END$$;
CREATE TRIGGER zzz_late BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION touch();
\echo :LAST_ERROR_SQLSTATE
DROP TABLE g;
\echo :LAST_ERROR_SQLSTATE
DROP SCHEMA t04 CASCADE;
\echo :LAST_ERROR_SQLSTATE
DROP EXTENSION audit_chain;
\echo :LAST_ERROR_SQLSTATE
DROP EXTENSION audit_chain CASCADE;
\echo :LAST_ERROR_SQLSTATE

-- Inheritance: a child's rows would show in every query of the audit table, unchained, and DDL
-- on a parent reaches its children. Refused both ways, and at audit_enable.
CREATE TABLE g_child () INHERITS (g);
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE g_lookalike (LIKE g);
ALTER TABLE g_lookalike INHERIT g;
\echo :LAST_ERROR_SQLSTATE
-- CREATE SCHEMA's elements fire no event trigger of their own; they are checked all the same.
CREATE SCHEMA t04_sneaky CREATE TABLE g_child () INHERITS (t04.g);
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE g_parent (id int);
ALTER TABLE g INHERIT g_parent;
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE h_parent (id int);
CREATE TABLE h_child () INHERITS (h_parent);
SELECT audit_enable('h_parent');
\echo :LAST_ERROR_SQLSTATE
SELECT audit_enable('h_child');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS enabled FROM audit_chain.tables WHERE relid::text LIKE 'h\_%';
DROP TABLE h_child, h_parent, g_lookalike, g_parent;

-- Allowed: a nullable column without default, other triggers, renaming the table.
ALTER TABLE g ADD COLUMN note text;
INSERT INTO g (id, v) VALUES (4, 'without note');
INSERT INTO g (id, v, note) VALUES (5, 'with note', 'n');
CREATE TRIGGER aa_touch BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION touch();
-- ... but not renamed to fire after the chain trigger, where it could change hashed rows.
ALTER TRIGGER aa_touch ON g RENAME TO zzz_touch;
\echo :LAST_ERROR_SQLSTATE
INSERT INTO g (id, v) VALUES (6, 'touched');
CREATE FUNCTION after_noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE TRIGGER after_insert AFTER INSERT ON g FOR EACH ROW EXECUTE FUNCTION after_noop();
-- An AFTER trigger cannot change the row: it may have any name.
ALTER TRIGGER after_insert ON g RENAME TO zzz_after_insert;
INSERT INTO g (id, v) VALUES (7, 'after trigger');
ALTER TABLE g RENAME TO g_renamed;
INSERT INTO g_renamed (id, v) VALUES (8, 'renamed');
SELECT id, v, note, audit_seq FROM g_renamed ORDER BY audit_seq;
SELECT audit_verify('g_renamed');
-- The guards never touched the table.
SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'g_renamed'::regclass AND tgname LIKE '%audit_chain%' ORDER BY 1;
-- None of the refused attempts above left a mark: every audit table of the database so far
-- (01_enable .. 04_guards) and the checkpoint catalog verify, with no problem reported.
SELECT audit_verify();
SELECT count(*) AS problems FROM audit_verify_report();
