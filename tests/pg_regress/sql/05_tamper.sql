-- A superuser who switches the guards off can change rows; verification names every change.
\set SHOW_CONTEXT never
CREATE SCHEMA t05;
SET search_path = t05, public;
CREATE FUNCTION make(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE %I (id int, v text)', name);
  PERFORM audit_enable(name::regclass, 1);
  EXECUTE format('INSERT INTO %I SELECT g, ''v'' || g FROM generate_series(1, 6) g', name);
END $$;
-- The bypass: event trigger off, guard triggers off.
CREATE FUNCTION guards(name text, on_ boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF on_ THEN
    EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row, ENABLE ALWAYS TRIGGER zz_audit_chain_insert', name);
    ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
  ELSE
    ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row, DISABLE TRIGGER zz_audit_chain_insert', name);
  END IF;
END $$;
SELECT make(n) FROM unnest(ARRAY['modified', 'middle', 'last', 'forged', 'swapped', 'chaincol', 'healthy', 'disabled']) n;
SELECT guards(n, false) FROM unnest(ARRAY['modified', 'middle', 'last', 'forged', 'swapped', 'chaincol', 'disabled']) n;

UPDATE modified SET v = 'changed' WHERE audit_seq = 3;
DELETE FROM middle WHERE audit_seq = 4;
DELETE FROM last WHERE audit_seq = 6;
INSERT INTO forged SELECT 99, 'forged', 0, 7, now(), audit_hash, sha256('x') FROM forged WHERE audit_seq = 6;
UPDATE swapped SET audit_seq = -1 WHERE audit_seq = 2;
UPDATE swapped SET audit_seq = 2 WHERE audit_seq = 3;
UPDATE swapped SET audit_seq = 3 WHERE audit_seq = -1;
UPDATE chaincol SET audit_at = audit_at - interval '1 second' WHERE audit_seq = 5;

SELECT guards(n, true) FROM unnest(ARRAY['modified', 'middle', 'last', 'forged', 'swapped', 'chaincol']) n;
-- 'disabled' keeps its guards off (and the event trigger is on again).
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;

SELECT table_name, chain, seq, kind FROM audit_verify_report() ORDER BY table_name::text, chain, seq, kind;
-- (the WARNINGs carry hashes, which differ from run to run)
SET client_min_messages = error;
SELECT n, audit_verify(n::regclass) FROM unnest(ARRAY['modified', 'middle', 'last', 'forged', 'swapped', 'chaincol', 'healthy', 'disabled']) n;
SELECT audit_verify();
RESET client_min_messages;
-- The detail names what happened.
SELECT detail FROM audit_verify_report('middle');
SELECT detail FROM audit_verify_report('last');
SELECT detail FROM audit_verify_report('disabled') ORDER BY 1;

-- A superuser swaps the guard trigger's and the DDL guard's functions for look-alikes of the same name that let
-- everything through: the guard check compares each function's language, library and symbol.
BEGIN;
CREATE OR REPLACE FUNCTION audit_chain.guard_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE OR REPLACE FUNCTION audit_chain.ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE OR REPLACE FUNCTION audit_chain.drop_guard() RETURNS event_trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$BEGIN END$$;
SELECT kind, detail FROM audit_verify_report('healthy') ORDER BY 2;
ROLLBACK;
SELECT audit_verify('healthy');

-- Changing a type that recorded rows use is not refused, but it is caught: the rows no longer
-- encode as they did when they were hashed. Renaming back restores them.
CREATE TYPE mood AS ENUM ('calm', 'angry');
CREATE TABLE moods (id int, m mood);
SELECT audit_enable('moods');
INSERT INTO moods VALUES (1, 'calm'), (2, 'angry');
ALTER TYPE mood RENAME VALUE 'calm' TO 'serene';
SELECT seq, kind FROM audit_verify_report('moods') ORDER BY seq;
ALTER TYPE mood RENAME VALUE 'serene' TO 'calm';
SELECT audit_verify('moods');

-- The DDL guard recreated to fire for one harmless command only, and, with it out of the way, a
-- child table whose rows would show in the audit table's queries unchained: both reported.
BEGIN;
ALTER EXTENSION audit_chain DROP EVENT TRIGGER audit_chain_ddl_guard;
DROP EVENT TRIGGER audit_chain_ddl_guard;
CREATE EVENT TRIGGER audit_chain_ddl_guard ON ddl_command_start WHEN TAG IN ('COMMENT')
    EXECUTE FUNCTION audit_chain.ddl_guard();
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
CREATE TABLE healthy_child () INHERITS (healthy);
SELECT kind, detail FROM audit_verify_report('healthy') ORDER BY 2;
ROLLBACK;
SELECT audit_verify('healthy');

-- An index on the extension's catalog that the insert path cannot maintain (an expression
-- index on chain_heads): committing an insert fails cleanly instead of crashing the backend;
-- once the index is gone, inserts work again and the chain has no gap.
CREATE INDEX chain_heads_expr ON audit_chain.chain_heads (md5(hash::text));
INSERT INTO healthy VALUES (99, 'blocked');
DROP INDEX audit_chain.chain_heads_expr;
INSERT INTO healthy VALUES (99, 'after');
SELECT audit_verify('healthy');

-- A row written around the chain index: with pg_index edited so that inserts skip the index and
-- the guards off, a forged row lands where every query sees it but the walk along the index
-- would not. Verification counts the table's rows and reports it, also after pg_index and the
-- guards are put back.
BEGIN;
SELECT guards('healthy', false);
UPDATE pg_index SET indisready = false WHERE indrelid = 'healthy'::regclass;
INSERT INTO healthy (id, v, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash)
    VALUES (666, 'forged', 0, 1000, now(), '\x00', '\x00');
SELECT kind, detail FROM audit_verify_report('healthy') WHERE kind <> 'guard_disabled' ORDER BY 2;
UPDATE pg_index SET indisready = true WHERE indrelid = 'healthy'::regclass;
SELECT guards('healthy', true);
SELECT count(*) FROM healthy WHERE v = 'forged';
SELECT kind, detail FROM audit_verify_report('healthy') ORDER BY 2;
ROLLBACK;
SELECT audit_verify('healthy');
