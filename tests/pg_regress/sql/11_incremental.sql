-- Incremental verification: audit_verify(tbl, since) checks what was written after a checkpoint
-- (named by its checkpoint_id or by its digest), the checkpoint records from it on, and the guards.
\set SHOW_CONTEXT never
CREATE SCHEMA t11;
SET search_path = t11, public;
-- A superuser's way around the guards (as in 05_tamper).
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
-- Runs a statement and shows its error: SQLSTATE, message and HINT, with checkpoint record ids
-- masked (they depend on the tests before this one).
CREATE FUNCTION attempt(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; hint text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || regexp_replace(msg, '(record|checkpoint) [0-9]+', '\1 N', 'g')
         || coalesce(' HINT: ' || nullif(hint, ''), '');
END $$;
-- A verification report naming each row by its id, with checkpoint ids and hashes masked.
CREATE FUNCTION problems(tbl regclass, since bigint DEFAULT NULL)
RETURNS TABLE (kind text, id int, detail text) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format(
    'SELECT r.kind, i.id, regexp_replace(regexp_replace(r.detail, ''(checkpoint|transaction) [0-9]+'', ''\1 N'', ''g''),
                                         ''[0-9a-f]{64}'', ''<hash>'', ''g'')
       FROM %s r LEFT JOIN %s i ON i.audit_chain_id = r.chain AND i.audit_seq = r.seq ORDER BY 2, 1, 3',
    CASE WHEN since IS NULL THEN format('audit_verify_report(%L)', tbl)
         ELSE format('audit_verify_report(%L, %s)', tbl, since) END, tbl);
END $$;

CREATE TABLE inc (id int, v text);
SELECT audit_enable('inc', 2);
CREATE TABLE inc_other (id int);
SELECT audit_enable('inc_other', 1);
INSERT INTO inc SELECT g, 'v' || g FROM generate_series(1, 10) g;
INSERT INTO inc_other VALUES (1);
SELECT audit_checkpoint('inc') AS d1 \gset
SELECT :'d1'::jsonb->>'checkpoint_id' AS c1 \gset
SELECT audit_checkpoint('inc_other') AS other_d \gset
SELECT :'other_d'::jsonb->>'checkpoint_id' AS other_c \gset
INSERT INTO inc SELECT g, 'v' || g FROM generate_series(11, 20) g;
SELECT audit_checkpoint('inc')->>'checkpoint_id' AS c2 \gset
INSERT INTO inc SELECT g, 'v' || g FROM generate_series(21, 25) g;
-- (one session: every row went into the same chain, in id order)
SELECT count(DISTINCT audit_chain_id) AS chains_used, bool_and(audit_seq = id) AS seq_is_id FROM inc;

-- since: a checkpoint id (by position or by name), or the digest itself, as jsonb.
SELECT audit_verify('inc', :c1) AS by_id, audit_verify('inc', since => :c2) AS by_name,
       audit_verify('inc', :'d1'::jsonb) AS by_digest, audit_verify('inc') AS whole;
SELECT count(*) AS problems FROM audit_verify_report('inc', :c1);
SELECT count(*) AS problems FROM audit_verify_report('inc', since => :c2);
-- The one-argument forms are unchanged.
SELECT audit_verify('inc_other') AS one_table, count(*) AS problems FROM audit_verify_report('inc_other');

-- Rows changed behind the guards: one before the first checkpoint (5), the row it anchored (10),
-- one between the checkpoints (15), one after the second (22). Since the first checkpoint, 10, 15
-- and 22 are found; since the second, only 22 (20, which it anchored, is intact); the full
-- verification finds all four.
BEGIN;
SELECT guards('inc', false);
UPDATE inc SET v = 'changed' WHERE id IN (5, 10, 15, 22);
SELECT guards('inc', true);
SELECT * FROM problems('inc', :c1);
SELECT * FROM problems('inc', :c2);
SELECT * FROM problems('inc');
SET client_min_messages = error;
SELECT audit_verify('inc', :c1) AS since_c1, audit_verify('inc', :'d1'::jsonb) AS by_digest,
       audit_verify('inc', :c2) AS since_c2, audit_verify('inc') AS whole;
RESET client_min_messages;
ROLLBACK;

-- Only a row before the first checkpoint changed: not what an incremental verification reads, so
-- it stays true; the full verification finds it.
BEGIN;
SELECT guards('inc', false);
UPDATE inc SET v = 'changed' WHERE id = 3;
SELECT guards('inc', true);
SET client_min_messages = error;
SELECT audit_verify('inc', :c1) AS since_c1, audit_verify('inc') AS whole;
RESET client_min_messages;
ROLLBACK;

-- After the checkpoint, a row linked to another predecessor, and a row removed.
BEGIN;
SELECT guards('inc', false);
UPDATE inc SET audit_prev = sha256('x') WHERE id = 17;
DELETE FROM inc WHERE id = 23;
SELECT guards('inc', true);
SELECT * FROM problems('inc', :c1);
ROLLBACK;

-- The checkpoint record since names, altered in the catalog by a superuser without the guards:
-- reported (checkpoint_broken), and a digest no longer matches it. A later checkpoint's record
-- still links to the altered one's stored hash: verification since it stays true.
BEGIN;
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
UPDATE audit_chain.checkpoints SET body = jsonb_set(body, '{recorded_at}', '"2000-01-01T00:00:00.000000Z"')
 WHERE id = :c1;
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT * FROM problems('inc', :c1);
SET client_min_messages = error;
SELECT audit_verify('inc', :c1) AS by_id, audit_verify('inc', :'d1'::jsonb) AS by_digest,
       audit_verify('inc', :c2) AS since_c2;
RESET client_min_messages;
ROLLBACK;

-- The record removed altogether: its id no longer names a checkpoint (an error), its digest is
-- reported as missing from the catalog, and the ids after it are no longer consecutive.
BEGIN;
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
DELETE FROM audit_chain.checkpoints WHERE id = :c1;
ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT attempt(format('SELECT audit_verify(%L, %s)', 'inc', :c1));
SET client_min_messages = error;
SELECT audit_verify('inc', :'d1'::jsonb) AS by_digest;
RESET client_min_messages;
ROLLBACK;

-- Refused: NULLs, a since that is not a checkpoint of the table, a digest that is malformed,
-- altered, or of another table.
SELECT attempt(format('SELECT audit_verify(%L, %s)', 'inc', :other_c));
SELECT attempt(format('SELECT audit_verify(%L, %L::jsonb)', 'inc', :'other_d'));
SELECT attempt('SELECT audit_verify(''inc'', 0)');
SELECT attempt('SELECT audit_verify(''inc'', NULL::bigint)');
SELECT attempt(format('SELECT audit_verify(NULL, %s)', :c1));
SELECT attempt('SELECT audit_verify(''inc'', NULL::jsonb)');
SELECT attempt(format('SELECT count(*) FROM audit_verify_report(NULL, %s)', :c1));
SELECT attempt('SELECT count(*) FROM audit_verify_report(''inc'', NULL)');
SELECT attempt('SELECT audit_verify(''inc'', ''{}''::jsonb)');
SELECT attempt(format('SELECT audit_verify(%L, %L::jsonb)', 'inc', jsonb_set(:'d1'::jsonb, '{chains,0,seq}', '5')));
CREATE TABLE inc_plain (a int);
SELECT attempt(format('SELECT audit_verify(%L, %s)', 'inc_plain', :c1));
SELECT attempt(format('SELECT audit_verify(%L, %s)', 99999999, :c1));
-- An untyped literal could be either form: the call names its type.
SELECT attempt(format('SELECT audit_verify(%L, %L)', 'inc', :'d1'));

-- Pruning past the anchors: each chain is then walked from its base, as the full walk does. The
-- prune record is not a checkpoint.
SELECT audit_prune('inc', clock_timestamp()) AS pruned;
SELECT audit_verify('inc', :c1) AS since_c1, audit_verify('inc', :'d1'::jsonb) AS by_digest,
       audit_verify('inc', :c2) AS since_c2, audit_verify('inc') AS whole;
SELECT max(id) AS prune_id FROM audit_chain.checkpoints WHERE relid = 'inc'::regclass AND kind = 'prune' \gset
SELECT attempt(format('SELECT audit_verify(%L, %s)', 'inc', :prune_id));
INSERT INTO inc VALUES (26, 'after the prune');
BEGIN;
SELECT guards('inc', false);
UPDATE inc SET v = 'changed' WHERE id = 26;
SELECT guards('inc', true);
SELECT * FROM problems('inc', :c1);
ROLLBACK;
SELECT audit_verify('inc', :c1) AS since_c1;
