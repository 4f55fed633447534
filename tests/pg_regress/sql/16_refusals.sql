-- The trail of refused attempts, as seen without shared_preload_libraries (the cluster pg_regress
-- runs on does not preload audit_chain; tests/refusals.rs covers a cluster that does): refusals
-- are still refused, nothing is recorded and the functions say so; who may call what.
\set SHOW_CONTEXT never
\set VERBOSITY default
CREATE SCHEMA t16;
SET search_path = t16, public;
CREATE ROLE regress_refusal_app LOGIN;
GRANT USAGE ON SCHEMA t16 TO regress_refusal_app;
CREATE TABLE ev (id int, v text);
SELECT audit_enable('ev', 1);
INSERT INTO ev VALUES (1, 'kept');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ev TO regress_refusal_app;

SET ROLE regress_refusal_app;
-- Refused, whether recorded or not.
UPDATE ev SET v = 'changed';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM ev;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE ev;
\echo :LAST_ERROR_SQLSTATE
-- Flushing is for a superuser or the extension's owner (42501, with a hint).
SELECT audit_refusals_flush();
\echo :LAST_ERROR_SQLSTATE
-- The counters are for monitoring roles (pg_monitor), not for everyone; the summary (which
-- audit_status calls for every role) shows only what the caller may read in the trail.
SELECT * FROM audit_chain.refusal_counters();
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM audit_chain.refusal_summary();
-- No one can write a made-up attempt into the trail: only the drop guard may note one.
SELECT audit_chain.note_refusal('UPDATE', 't16.ev', 't16.ev'::regclass::oid);
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;

-- Not preloaded: nothing is recorded, and the functions say so.
SELECT * FROM audit_chain.refusal_counters();
SELECT audit_refusals_flush();
SELECT pg_catalog.to_regclass('public.audit_refusals') IS NULL AS no_trail_yet;
SELECT * FROM audit_chain.refusal_summary();
SELECT audit_chain.note_refusal('UPDATE', 't16.ev', 't16.ev'::regclass::oid);
\echo :LAST_ERROR_SQLSTATE
-- A member of pg_monitor may read the counters.
GRANT pg_monitor TO regress_refusal_app;
SET ROLE regress_refusal_app;
SELECT recording FROM audit_chain.refusal_counters();
SELECT count(*) FROM audit_chain.refusal_summary();
RESET ROLE;
SELECT id, v FROM ev;
SELECT audit_verify('ev');

REVOKE pg_monitor FROM regress_refusal_app;
REVOKE ALL ON t16.ev FROM regress_refusal_app;
REVOKE ALL ON SCHEMA t16 FROM regress_refusal_app;
DROP ROLE regress_refusal_app;
