-- Operations: a table restored from a dump of itself alone, replica mode, retiring a table, the
-- errors people meet, ordered views.
\set SHOW_CONTEXT never
CREATE SCHEMA t10;
SET search_path = t10, public;
-- What a statement raised: its SQLSTATE and message (and HINT), or 'ok'.
CREATE FUNCTION outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; hint text;
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
    RETURN st || ': ' || msg || CASE WHEN hint <> '' THEN E'\nHINT: ' || hint ELSE '' END;
END $$;

-- 1. A relation OID that does not exist: 22023 from every function, as the README says.
SELECT f, outcome(format(q, 4000000000::oid)) FROM (VALUES
    ('audit_verify', 'SELECT audit_verify(%s::regclass)'),
    ('audit_verify_report', 'SELECT * FROM audit_verify_report(%s::regclass)'),
    ('audit_checkpoint', 'SELECT audit_checkpoint(%s::regclass)'),
    ('audit_prune', 'SELECT audit_prune(%s::regclass, now())'),
    ('audit_set_retention', 'SELECT audit_set_retention(%s::regclass, ''1 day'')'),
    ('audit_grant', 'SELECT audit_grant(%s::regclass, current_user::regrole)'),
    ('audit_enable', 'SELECT audit_enable(%s::regclass)'),
    ('audit_adopt', 'SELECT audit_adopt(%s::regclass)'),
    ('audit_promote', 'SELECT audit_promote(%s::regclass)'),
    ('audit_retire', 'SELECT audit_retire(%s::regclass)')) v(f, q);

-- 2. A table restored from a dump of an audit table alone (what pg_dump -t writes: the table with
-- its chain columns and rows, the chain index and audit_chain's triggers, no catalog rows).
CREATE TABLE src (id int, what text);
SELECT audit_enable('src', 1);
INSERT INTO src SELECT g, 'row ' || g FROM generate_series(1, 20) g;
INSERT INTO src SELECT g, 'more ' || g FROM generate_series(21, 30) g;
CREATE TABLE restored (LIKE src INCLUDING ALL);
INSERT INTO restored SELECT * FROM src;
CREATE TRIGGER audit_chain_guard BEFORE DELETE OR UPDATE OR TRUNCATE ON restored FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();
ALTER TABLE restored ENABLE ALWAYS TRIGGER audit_chain_guard;
CREATE TRIGGER audit_chain_guard_row BEFORE DELETE OR UPDATE ON restored FOR EACH ROW EXECUTE FUNCTION audit_chain.guard_trigger();
ALTER TABLE restored ENABLE ALWAYS TRIGGER audit_chain_guard_row;
CREATE TRIGGER zz_audit_chain_insert BEFORE INSERT ON restored FOR EACH ROW EXECUTE FUNCTION audit_chain.insert_trigger();
ALTER TABLE restored ENABLE ALWAYS TRIGGER zz_audit_chain_insert;
-- Half-restored: every use says what to run.
SELECT outcome($$INSERT INTO restored (id, what) VALUES (99, 'new')$$);
SELECT outcome($$SELECT audit_enable('restored')$$);
SELECT outcome($$UPDATE restored SET what = 'x'$$);
SELECT audit_verify('restored');
SELECT kind, left(detail, 60) FROM audit_verify_report('restored');
-- A copy in the same database cannot take the identity of its still registered source.
SELECT audit_checkpoint('src') AS src_digest \gset
SELECT outcome(format('SELECT audit_adopt(%L, %L::jsonb)', 'restored', :'src_digest'));
-- Only the owner adopts.
GRANT USAGE ON SCHEMA t10 TO regress_other;
SET ROLE regress_other;
SELECT outcome($$SELECT audit_adopt('t10.restored')$$);
RESET ROLE;
-- A tampered row: refused, naming it.
CREATE TABLE forged (LIKE restored INCLUDING ALL);
INSERT INTO forged SELECT * FROM restored;
UPDATE forged SET what = 'forged' WHERE id = 7;
SELECT outcome($$SELECT audit_adopt('forged')$$) ~ '^XX001: cannot adopt t10.forged: its rows do not verify: chain \d seq \d+: row_modified' AS refused;
-- Adopted without a digest: the rows verify from where they begin, writers continue the chains.
SELECT jsonb_typeof(audit_adopt('restored')) AS adopted;
SELECT table_name, chains, row_count, replica, adopted_at IS NOT NULL AS adopted FROM audit_tables WHERE table_name = 'restored'::regclass;
INSERT INTO restored (id, what) VALUES (99, 'new');
SELECT audit_verify('restored');
SELECT outcome($$DELETE FROM restored$$);
SELECT kind, body->'source' AS source, body->'replica' AS replica FROM audit_chain.checkpoints
 WHERE relid = 'restored'::regclass ORDER BY id;
-- Not a restored audit table: no chain columns.
CREATE TABLE plain (a int);
SELECT outcome($$SELECT audit_adopt('plain')$$);

-- 3. Replica mode (exercised with real dumps and logical replication in tests/operations.rs):
-- it needs a digest of the source, whose identity and chains it takes.
CREATE TABLE rep2 (LIKE src INCLUDING ALL);
SELECT outcome($$SELECT audit_adopt('rep2', replica => true)$$);
SELECT outcome($$SELECT audit_promote('restored')$$);

-- 4. Retiring: owner only, not before the retention has passed; a permanent record.
SELECT audit_grant('src', 'regress_other');
GRANT SELECT ON src TO regress_other;
SET ROLE regress_other;
SELECT outcome($$SELECT audit_retire('t10.src')$$);
RESET ROLE;
SELECT audit_set_retention('src', '1 day');
SELECT outcome($$SELECT audit_retire('src')$$) ~ '^55000: audit table t10.src cannot be retired before \d{4}-\d\d-\d\dT' AS waits;
SELECT audit_checkpoint('restored') AS old_digest \gset
SELECT 'restored'::regclass::oid AS old_oid \gset
SELECT audit_retire('restored') AS retire_digest \gset
SELECT :'retire_digest'::jsonb->>'kind' AS kind, jsonb_array_length(:'retire_digest'::jsonb->'chains') AS chains;
-- Nothing to report, for the retired table or any of this test's tables.
SELECT * FROM audit_verify_report()
 WHERE table_name::oid = :old_oid OR table_name::oid IN (SELECT oid FROM pg_class WHERE relnamespace = 't10'::regnamespace);
SELECT audit_verify_digest(:'retire_digest');
-- Its earlier digests say so (in a WARNING naming the retire record) and are no longer true.
SET client_min_messages = error;
SELECT audit_verify_digest(:'old_digest');
RESET client_min_messages;
-- Its identity cannot be adopted here again, e.g. by a rewritten copy.
CREATE TABLE twin (LIKE src INCLUDING ALL);
SELECT outcome(format('SELECT audit_adopt(%L, %L::jsonb)', 'twin', :'old_digest')) ~ '^55000: cannot adopt t10.twin: this database''s checkpoint chain already has records' AS refused;
-- The table is an ordinary table now: its rows stay until its owner drops it.
SELECT tgname FROM pg_trigger WHERE tgrelid = 'restored'::regclass AND NOT tgisinternal;
UPDATE restored SET what = 'now ordinary' WHERE id = 1;
DROP TABLE restored;
SELECT * FROM audit_verify_report()
 WHERE table_name::oid = :old_oid OR table_name::oid IN (SELECT oid FROM pg_class WHERE relnamespace = 't10'::regnamespace);
SELECT count(*) FROM audit_chain.tables WHERE relid::oid NOT IN (SELECT oid FROM pg_class);

-- Once the retention has passed, retiring works, and its record passes verification.
CREATE TABLE brief (what text);
SELECT audit_enable('brief', 1);
INSERT INTO brief VALUES ('soon out of retention');
SELECT audit_set_retention('brief', '1 second');
SELECT audit_checkpoint('brief') IS NOT NULL AS checkpointed;
SELECT 'brief'::regclass::oid AS brief_oid \gset
SELECT pg_sleep(1.2);
SELECT audit_retire('brief')->>'kind' AS retired;
SELECT * FROM audit_verify_report() WHERE table_name::oid = :brief_oid;
-- A superuser who un-audits a table still protected by its retention, dressing it up as a retire
-- (a well-formed retire record appended, registration deleted, triggers dropped), is reported.
CREATE TABLE kept (what text);
SELECT audit_enable('kept', 1);
INSERT INTO kept VALUES ('protected');
SELECT audit_set_retention('kept', '1 day');
SELECT audit_checkpoint('kept') IS NOT NULL AS checkpointed;
SELECT 'kept'::regclass::oid AS kept_oid \gset
INSERT INTO audit_chain.checkpoints (id, relid, kind, body, hash)
SELECT b.id, 'kept'::regclass, 'retire', b.body, sha256(convert_to(b.body::text, 'UTF8'))
  FROM (SELECT last.id + 1 AS id, jsonb_build_object(
            'format', 'audit_chain.checkpoint.v2', 'kind', 'retire', 'database', current_database(),
            'table', 't10.kept', 'table_uuid', (SELECT table_uuid::text FROM audit_chain.tables WHERE relid = 'kept'::regclass),
            'checkpoint_id', last.id + 1, 'prev_checkpoint_hash', encode(last.hash, 'hex'),
            'recorded_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'retention', jsonb_build_object('months', 0, 'days', 1, 'microseconds', 0),
            'chains', (SELECT jsonb_agg(jsonb_build_object('chain', chain, 'seq', seq, 'hash', encode(hash, 'hex'),
                          'at', to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                          'base_seq', base_seq, 'base_hash', encode(base_hash, 'hex')))
                         FROM audit_chain.chain_heads WHERE relid = 'kept'::regclass)) AS body
          FROM (SELECT id, hash FROM audit_chain.checkpoints ORDER BY id DESC LIMIT 1) last) b;
DELETE FROM audit_chain.chain_heads WHERE relid = 'kept'::regclass;
DELETE FROM audit_chain.tables WHERE relid = 'kept'::regclass;
DROP TRIGGER zz_audit_chain_insert ON kept;
DROP TRIGGER audit_chain_guard ON kept;
DROP TRIGGER audit_chain_guard_row ON kept;
SELECT kind, regexp_replace(detail, 'record [0-9]+', 'record N') AS detail
  FROM audit_verify_report() WHERE table_name::oid = :kept_oid;

-- 5. The views are ordered by table, then chain.
CREATE TABLE o1 (a int);
CREATE TABLE o2 (a int);
SELECT audit_enable('o1', 3), audit_enable('o2', 3);
INSERT INTO o1 VALUES (1);
SELECT table_name, chain FROM audit_chains WHERE table_name IN ('o1'::regclass, 'o2'::regclass);
SELECT table_name FROM audit_tables WHERE table_name IN ('o1'::regclass, 'o2'::regclass, 'src'::regclass);
-- audit_tables shows each table's retention.
SELECT table_name, retention FROM audit_tables WHERE table_name = 'src'::regclass;
