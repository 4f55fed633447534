-- Provenance (row format 2): every row records, and its hash covers, the login that wrote it, the
-- effective role when it differs, the top-level transaction and the client address (NULL here:
-- pg_regress connects over a Unix socket). Values come from the server, never from the client.
\set SHOW_CONTEXT never
CREATE SCHEMA t12;
SET search_path = t12, public;
CREATE ROLE regress_prov_login LOGIN;
CREATE ROLE regress_prov_writer;
CREATE ROLE regress_prov_definer;
GRANT regress_prov_writer TO regress_prov_login;
GRANT USAGE ON SCHEMA t12 TO regress_prov_login, regress_prov_writer, regress_prov_definer;

CREATE TABLE prov (id int, note text);
SELECT audit_enable('prov', 1);
SELECT format_version FROM audit_tables WHERE table_name = 'prov'::regclass;
GRANT INSERT, SELECT ON prov TO regress_prov_login, regress_prov_writer, regress_prov_definer;
-- A SECURITY DEFINER function runs with its owner's rights: the row records the owner as role.
CREATE FUNCTION t12.add_by_definer(n int) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = t12, pg_catalog AS $$ INSERT INTO t12.prov (id, note) VALUES (n, 'definer') $$;
ALTER FUNCTION t12.add_by_definer(int) OWNER TO regress_prov_definer;
GRANT EXECUTE ON FUNCTION t12.add_by_definer(int) TO PUBLIC;

-- The superuser's own session: login postgres, no other role.
INSERT INTO prov VALUES (1, 'superuser');
-- Client-supplied provenance is overwritten with the server's values.
INSERT INTO prov (id, note, audit_login, audit_role, audit_xid, audit_client)
    VALUES (2, 'forged provenance', 'mallory', 'mallory', '12345', '10.6.6.6');
-- SET ROLE and SET SESSION AUTHORIZATION change the effective role, not the login.
SET ROLE regress_prov_writer;
INSERT INTO prov VALUES (3, 'set role');
RESET ROLE;
SET SESSION AUTHORIZATION regress_prov_writer;
INSERT INTO prov VALUES (4, 'set session authorization');
RESET SESSION AUTHORIZATION;

-- A session that logged in as another role.
\c - regress_prov_login
SET search_path = t12, public;
INSERT INTO prov VALUES (5, 'login');
SET ROLE regress_prov_writer;
INSERT INTO prov VALUES (6, 'login, set role');
RESET ROLE;
SELECT t12.add_by_definer(7);
-- One transaction: its rows share its id, a subtransaction's rows included; the effective role
-- changes within it.
BEGIN;
INSERT INTO prov VALUES (8, 'tx');
SAVEPOINT s;
SET LOCAL ROLE regress_prov_writer;
INSERT INTO prov VALUES (9, 'tx, savepoint, set role');
RELEASE SAVEPOINT s;
SELECT t12.add_by_definer(10);
SELECT count(DISTINCT audit_xid) AS xids, bool_and(audit_xid = pg_current_xact_id()) AS this_transaction
  FROM prov WHERE id BETWEEN 8 AND 10;
COMMIT;
\c - postgres
SET search_path = t12, public;

SELECT id, note, audit_login, audit_role, audit_client IS NULL AS local_socket
  FROM prov ORDER BY id;
-- Transactions group rows: 1, 2, 3, 4, 5, 6, 7 each in their own, 8-10 in one.
SELECT count(DISTINCT audit_xid) AS transactions,
       count(*) FILTER (WHERE audit_xid = (SELECT audit_xid FROM prov WHERE id = 8)) AS rows_of_tx
  FROM prov;
SELECT bool_and(audit_xid <> '12345') AS forged_xid_replaced FROM prov;
SELECT audit_verify('prov');

-- The provenance columns are chain columns: no UPDATE, no DDL.
UPDATE prov SET audit_login = 'mallory' WHERE id = 1;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE prov DROP COLUMN audit_role;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE prov ALTER COLUMN audit_xid TYPE text;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE prov RENAME COLUMN audit_client TO client;
\echo :LAST_ERROR_SQLSTATE
-- A table that already has a column of that name cannot be enabled.
CREATE TABLE taken (audit_client text);
SELECT audit_enable('taken');
\echo :LAST_ERROR_SQLSTATE

-- The hash covers the provenance, and a failing row's report names who wrote it (as the row
-- says now: row 6 was rewritten to claim another writer).
BEGIN;
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE prov DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE prov SET audit_login = 'postgres', audit_role = NULL WHERE id = 6;
UPDATE prov SET note = 'changed' WHERE id = 7;
ALTER TABLE prov ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SELECT seq, kind, regexp_replace(regexp_replace(detail, '[0-9a-f]{64}', '<hash>'), 'transaction [0-9]+', 'transaction N') AS detail
  FROM audit_verify_report('prov') ORDER BY seq;
ROLLBACK;

-- A table of row format 1 (recorded by an earlier release, here restored from its dump and
-- adopted) keeps its format: no provenance columns, and a column of its own named like one is an
-- ordinary column, kept as the client wrote it.
CREATE TABLE old_format (msg text, audit_login text, audit_chain_id integer, audit_seq bigint,
    audit_at timestamptz, audit_prev bytea, audit_hash bytea);
SELECT audit_adopt('old_format') IS NOT NULL AS adopted;
SELECT format_version FROM audit_tables WHERE table_name = 'old_format'::regclass;
INSERT INTO old_format (msg, audit_login) VALUES ('kept', 'written by the application');
SELECT msg, audit_login, audit_seq FROM old_format;
SELECT attname FROM pg_attribute WHERE attrelid = 'old_format'::regclass AND attnum > 0 ORDER BY attnum;
SELECT audit_verify('old_format');

\c - postgres
DROP FUNCTION t12.add_by_definer(int);
REVOKE ALL ON t12.prov FROM regress_prov_login, regress_prov_writer, regress_prov_definer;
REVOKE ALL ON SCHEMA t12 FROM regress_prov_login, regress_prov_writer, regress_prov_definer;
DROP ROLE regress_prov_login, regress_prov_writer, regress_prov_definer;
