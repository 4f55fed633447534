-- Change history of an ordinary table (audit_track): every change recorded and chained, its
-- versions and past contents readable, its current contents proved by verification.
\set SHOW_CONTEXT never
CREATE SCHEMA t13;
SET search_path = t13, public;
CREATE TABLE accounts (id int PRIMARY KEY, holder text NOT NULL, balance numeric NOT NULL);
INSERT INTO accounts VALUES (1, 'ann', 100);

-- Refusals: no primary key, not the owner, twice.
CREATE TABLE nokey (id int, v text);
SELECT audit_track('nokey');
CREATE ROLE regress_tracker;
GRANT USAGE ON SCHEMA t13 TO regress_tracker;
SET ROLE regress_tracker;
SELECT audit_track('accounts');
RESET ROLE;
SELECT audit_track('accounts');
SELECT audit_track('accounts');
SELECT relid, history, key_columns FROM audit_chain.tracked;
SELECT table_name, chains FROM audit_tables WHERE table_name = 'accounts_history'::regclass;

-- Every operation; rolled back changes leave nothing, savepoints keep what was released.
SELECT clock_timestamp() AS t_before \gset
INSERT INTO accounts VALUES (2, 'bob', 20), (3, 'cy', 30);
UPDATE accounts SET balance = balance + 5 WHERE id = 2;
BEGIN;
UPDATE accounts SET balance = 0;
ROLLBACK;
BEGIN;
INSERT INTO accounts VALUES (4, 'dee', 40);
SAVEPOINT s;
DELETE FROM accounts WHERE id = 4;
ROLLBACK TO SAVEPOINT s;
UPDATE accounts SET holder = 'dee2' WHERE id = 4;
SAVEPOINT s2;
INSERT INTO accounts VALUES (5, 'gone', 1);
ROLLBACK TO s2;
COMMIT;
UPDATE accounts SET id = 30 WHERE id = 3;   -- a key change: recorded under both keys
DELETE FROM accounts WHERE id = 1;
SELECT clock_timestamp() AS t_mid \gset
INSERT INTO accounts VALUES (6, 'eve', 60) ON CONFLICT (id) DO NOTHING;
INSERT INTO accounts VALUES (6, 'eve', 61) ON CONFLICT (id) DO UPDATE SET balance = excluded.balance;
SELECT change_id, op, key, old_row, new_row FROM accounts_history ORDER BY change_id;
SELECT audit_verify('accounts_history');

-- The versions of one row, and past contents.
SELECT change_id, op, "row", old_row FROM audit_versions('accounts', '{"id": 3}');
SELECT change_id, op, "row" FROM audit_versions('accounts', '{"id": 2}');
SELECT * FROM audit_as_of(NULL::accounts, :'t_before') ORDER BY id;
SELECT * FROM audit_as_of(NULL::accounts, :'t_mid') ORDER BY id;
SELECT * FROM audit_as_of(NULL::accounts, now()) ORDER BY id;
SELECT (SELECT array_agg(a ORDER BY id) FROM accounts a) = (SELECT array_agg(a ORDER BY id) FROM audit_as_of(NULL::accounts, now()) a) AS as_of_now_is_current;
SELECT audit_versions('nokey', '{"id": 1}');
SELECT audit_as_of(NULL::nokey, now());

-- TRUNCATE: one row without a key; afterwards the table is empty as its history says.
SELECT clock_timestamp() AS t_pre_truncate \gset
TRUNCATE accounts;
INSERT INTO accounts VALUES (7, 'fay', 70);
SELECT change_id, op, key, new_row FROM accounts_history WHERE change_id > 16 ORDER BY change_id;
SELECT count(*) FROM audit_as_of(NULL::accounts, :'t_pre_truncate');
SELECT * FROM audit_as_of(NULL::accounts, now());
SELECT change_id, op, "row" FROM audit_versions('accounts', '{"id": 2}');
SELECT audit_verify('accounts_history');

-- Schema changes keep working, are recorded, and what was recorded before still verifies.
ALTER TABLE accounts ADD COLUMN note text DEFAULT 'n';
ALTER TABLE accounts RENAME COLUMN holder TO owner_name;
ALTER TABLE accounts ALTER COLUMN balance TYPE bigint;
UPDATE accounts SET note = 'changed';
INSERT INTO accounts VALUES (8, 'gus', 80, NULL);
ALTER TABLE accounts DROP COLUMN note;
SELECT change_id, op, key, new_row FROM accounts_history WHERE op = 'ALTER' AND key IS NULL ORDER BY change_id;
SELECT * FROM audit_as_of(NULL::accounts, now()) ORDER BY id;
SELECT audit_verify('accounts_history');
ALTER TABLE accounts DROP CONSTRAINT accounts_pkey;

-- The tracking triggers and the tables are guarded like an audit table's.
ALTER TABLE accounts DISABLE TRIGGER audit_chain_track;
ALTER TABLE accounts DISABLE TRIGGER ALL;
ALTER TABLE accounts ENABLE REPLICA TRIGGER audit_chain_track_truncate;
ALTER TRIGGER audit_chain_track ON accounts RENAME TO other;
CREATE OR REPLACE TRIGGER audit_chain_track AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION audit_chain.track_trigger();
DROP TRIGGER audit_chain_track ON accounts;
DROP TABLE accounts;
DROP TABLE accounts_history;
UPDATE accounts_history SET new_row = NULL;
-- session_replication_role = replica does not stop them (enabled ALWAYS).
SET session_replication_role = replica;
UPDATE accounts SET balance = 81 WHERE id = 8;
RESET session_replication_role;
SELECT audit_verify('accounts_history');

-- A role without rights on the history still writes the table: its changes are recorded.
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts TO regress_tracker;
SET ROLE regress_tracker;
UPDATE accounts SET balance = 82 WHERE id = 8;
RESET ROLE;
SELECT op, key, new_row FROM accounts_history ORDER BY change_id DESC LIMIT 1;
SELECT audit_verify('accounts_history');

-- A superuser who bypasses the tracking (trigger disabled in the catalog, which the DDL guard
-- does not see; a new session then loads it disabled) and edits the table: verification names
-- each key.
UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
UPDATE accounts SET balance = 0 WHERE id = 8;
INSERT INTO accounts VALUES (9, 'mallory', 1);
DELETE FROM accounts WHERE id = 7;
UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
SELECT audit_verify('accounts_history');
SELECT table_name, kind, detail FROM audit_verify_report('accounts_history') ORDER BY kind, detail;

-- One who repairs the table back but also edits the history to match a change: the history's
-- chain reports it.
UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
DELETE FROM accounts WHERE id = 9;
INSERT INTO accounts VALUES (7, 'fay', 70);
UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
SELECT audit_verify('accounts_history');
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE accounts_history DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE accounts_history SET new_row = jsonb_set(new_row, '{balance}', '0')
 WHERE change_id = (SELECT max(change_id) FROM accounts_history WHERE key = '{"id": 8}');
ALTER TABLE accounts_history ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
UPDATE accounts SET balance = 0 WHERE id = 8;
UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track';
\c -
SET search_path = t13, public;
SET client_min_messages = error;   -- the warning shows a hash over the row's audit_at
SELECT audit_verify('accounts_history');
RESET client_min_messages;
SELECT table_name, kind FROM audit_verify_report('accounts_history') ORDER BY kind;

-- A tracking trigger disabled in the catalog is reported.
UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track_truncate';
SELECT table_name, kind, detail FROM audit_verify_report('accounts_history') WHERE kind = 'guard_disabled';
UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track_truncate';

-- A history given by the caller must be empty and have the history's columns.
CREATE TABLE items (sku text PRIMARY KEY, qty int);
CREATE TABLE items_log (x int);
SELECT audit_track('items', 'items_log');
CREATE TABLE items_log2 (change_id bigint GENERATED ALWAYS AS IDENTITY, op text NOT NULL, key jsonb,
  old_row jsonb, new_row jsonb, changed_at timestamptz NOT NULL DEFAULT now(), note text);
SELECT audit_track('items', 'items_log2');
INSERT INTO items VALUES ('a''b', 1);
SELECT op, key, new_row FROM items_log2 ORDER BY change_id;
SELECT audit_verify('items_log2');

-- Rows are turned into jsonb outside the trigger (epochs, verification) as the table's owner: a
-- cast to json that its owner defined never runs with the extension owner's rights.
GRANT CREATE ON SCHEMA t13 TO regress_tracker;
SET ROLE regress_tracker;
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE seen (who text);
CREATE FUNCTION mood_json(mood) RETURNS json LANGUAGE sql
  AS $$ INSERT INTO t13.seen VALUES (current_user) RETURNING pg_catalog.to_json($1::text) $$;
CREATE CAST (mood AS json) WITH FUNCTION mood_json(mood);
CREATE TABLE moods (id int PRIMARY KEY, m mood);
INSERT INTO moods VALUES (1, 'ok');
SELECT audit_track('moods');
RESET ROLE;
SELECT audit_verify('moods_history');
ALTER TABLE moods ADD COLUMN n int;
SELECT who, count(*) > 0 AS called FROM seen GROUP BY who;

-- A superuser who takes a table's tracking out of the catalog: writes fail, and the verification
-- of every table reports the table that carries the tracking trigger without a registration.
BEGIN;
DELETE FROM audit_chain.tracked WHERE relid = 'moods'::regclass;
SELECT table_name, kind FROM audit_verify_report() WHERE table_name = 'moods'::regclass;
ROLLBACK;
SELECT count(*) FROM audit_verify_report() WHERE table_name = 'moods'::regclass;

-- The tracking trigger function runs only as the triggers audit_track creates (another trigger
-- calling it would hand it no row, or run before the change).
CREATE TABLE misuse (id int PRIMARY KEY);
SELECT audit_track('misuse');
CREATE TRIGGER stmt AFTER INSERT ON misuse FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.track_trigger();
INSERT INTO misuse VALUES (1);
DROP TRIGGER stmt ON misuse;
CREATE TRIGGER early BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION audit_chain.track_trigger();
INSERT INTO misuse VALUES (1);
DROP TRIGGER early ON misuse;
INSERT INTO misuse VALUES (1);
SELECT op, key FROM misuse_history ORDER BY change_id;

-- A history cannot be retired while it proves a tracked table's contents.
SELECT audit_retire('misuse_history');

-- Not trackable: a table as its own history, a deferrable primary key, inheritance, unlogged.
CREATE TABLE selfish (id int PRIMARY KEY, change_id bigint, op text, key jsonb, old_row jsonb,
  new_row jsonb, changed_at timestamptz);
SELECT audit_track('selfish', 'selfish');
CREATE TABLE deferred (id int PRIMARY KEY DEFERRABLE, v text);
SELECT audit_track('deferred');
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child () INHERITS (parent);
SELECT audit_track('parent');
CREATE UNLOGGED TABLE scratch (id int PRIMARY KEY);
SELECT audit_track('scratch');
-- A child added to a tracked table later: its rows are not tracked, and verification says so.
CREATE TABLE misuse_child () INHERITS (misuse);
SELECT kind, detail FROM audit_verify_report('misuse_history') WHERE kind = 'tracked_mismatch';
DROP TABLE misuse_child;

-- The history names the role that changed the table (not the history's owner, whose rights
-- write it), and renders rows the same whatever the session's settings.
CREATE TABLE stamped (id int PRIMARY KEY, at timestamptz, x float8, d interval);
SELECT audit_track('stamped');
GRANT SELECT, INSERT, UPDATE ON stamped TO regress_tracker;
SET TimeZone = 'UTC';
SET ROLE regress_tracker;
INSERT INTO stamped VALUES (1, '2026-01-01 12:00:00+00', 0.1, '1 day');
RESET ROLE;
SET TimeZone = 'Asia/Kolkata';
SET extra_float_digits = -15;
SET IntervalStyle = 'sql_standard';
UPDATE stamped SET x = 0.123456789 WHERE id = 1;
SELECT op, new_row, audit_role FROM stamped_history WHERE key IS NOT NULL ORDER BY change_id;
SELECT audit_verify('stamped_history');
RESET TimeZone;
RESET extra_float_digits;
RESET IntervalStyle;
SELECT audit_verify('stamped_history');

-- A history takes only the rows its tracking writes: a row inserted directly would read as a
-- recorded change.
INSERT INTO misuse_history (op) VALUES ('TRUNCATE');
INSERT INTO misuse_history (op, key, new_row) VALUES ('INSERT', '{"id": 2}', '{"id": 2}');
SELECT op, key FROM misuse_history ORDER BY change_id;

-- A history's own triggers: its AFTER row triggers fire and leave nothing open, its
-- statement-level INSERT triggers fire around each recorded change, and a trigger with a
-- transition table is refused (no statement fills one).
CREATE TABLE trg_t (id int PRIMARY KEY, v text);
SELECT audit_track('trg_t');
CREATE TABLE trg_log (what text);
CREATE FUNCTION trg_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO trg_log VALUES (TG_LEVEL || ' ' || TG_WHEN || ' ' || TG_OP); RETURN NULL; END $$;
CREATE TRIGGER a_row AFTER INSERT ON trg_t_history FOR EACH ROW EXECUTE FUNCTION trg_note();
CREATE TRIGGER a_stmt AFTER INSERT ON trg_t_history FOR EACH STATEMENT EXECUTE FUNCTION trg_note();
CREATE TRIGGER b_stmt BEFORE INSERT ON trg_t_history FOR EACH STATEMENT EXECUTE FUNCTION trg_note();
INSERT INTO trg_t SELECT g, 'x' FROM generate_series(1, 3) g;
UPDATE trg_t SET v = 'y';
SELECT what, count(*) FROM trg_log GROUP BY what ORDER BY what;
CREATE FUNCTION trg_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM count(*) FROM nt; RETURN NULL; END $$;
CREATE TRIGGER a_tt AFTER INSERT ON trg_t_history REFERENCING NEW TABLE AS nt
    FOR EACH STATEMENT EXECUTE FUNCTION trg_count();
UPDATE trg_t SET v = 'z' WHERE id = 1;
\echo :LAST_ERROR_SQLSTATE
DROP TRIGGER a_tt ON trg_t_history;
-- A history column's default is evaluated as an INSERT would, also after its function changes.
CREATE FUNCTION trg_src() RETURNS text LANGUAGE sql AS $$ SELECT 'one' $$;
ALTER TABLE trg_t_history ADD COLUMN src text;
ALTER TABLE trg_t_history ALTER COLUMN src SET DEFAULT trg_src();
UPDATE trg_t SET v = 'w' WHERE id = 1;
CREATE OR REPLACE FUNCTION trg_src() RETURNS text LANGUAGE sql AS $$ SELECT 'two' $$;
UPDATE trg_t SET v = 'v' WHERE id = 1;
SELECT op, new_row ->> 'v' AS v, src FROM trg_t_history WHERE key IS NOT NULL ORDER BY change_id;
SELECT audit_verify('trg_t_history');
-- A history column of a domain type without a default gets NULL checked against the domain,
-- as an INSERT would: a domain that refuses NULL refuses the change rather than record a NULL.
-- (The domain lets NULL in while the column is added, so that the rows already recorded keep it.)
CREATE DOMAIN trg_required AS text
    CHECK (VALUE IS NOT NULL OR current_setting('trg.adding', true) = 'on');
SET trg.adding = on;
ALTER TABLE trg_t_history ADD COLUMN reviewer trg_required;
RESET trg.adding;
UPDATE trg_t SET v = 't' WHERE id = 1;
\echo :LAST_ERROR_SQLSTATE
SELECT v FROM trg_t WHERE id = 1;
ALTER TABLE trg_t_history ALTER COLUMN reviewer SET DEFAULT 'me';
UPDATE trg_t SET v = 't' WHERE id = 1;
SELECT op, new_row ->> 'v' AS v, reviewer FROM trg_t_history WHERE key IS NOT NULL ORDER BY change_id DESC LIMIT 2;
-- A constraint added to the domain later is checked from the next change on (the NULL's check
-- is not planned away, and defaults are planned again when a type changes).
CREATE DOMAIN trg_later AS text;
ALTER TABLE trg_t_history ADD COLUMN checker trg_later;
UPDATE trg_t SET v = 's' WHERE id = 1;
ALTER DOMAIN trg_later ADD CONSTRAINT trg_later_set CHECK (VALUE IS NOT NULL) NOT VALID;
UPDATE trg_t SET v = 'r' WHERE id = 1;
\echo :LAST_ERROR_SQLSTATE
SELECT v FROM trg_t WHERE id = 1;
-- Also the domain of a default planned before the domain had a constraint.
ALTER TABLE trg_t_history ALTER COLUMN checker SET DEFAULT 'ok';
CREATE DOMAIN trg_label AS text;
ALTER TABLE trg_t_history ADD COLUMN label trg_label;
ALTER TABLE trg_t_history ALTER COLUMN label SET DEFAULT 'draft';
UPDATE trg_t SET v = 'q' WHERE id = 1;
ALTER DOMAIN trg_label ADD CONSTRAINT trg_label_final CHECK (VALUE <> 'draft') NOT VALID;
UPDATE trg_t SET v = 'p' WHERE id = 1;
SELECT v FROM trg_t WHERE id = 1;
SELECT audit_verify('trg_t_history');
