-- audit_chain 0.1.0 -> 0.2.0
--
-- 0.2.0 changes only the library: rows are hashed while they are encoded, straight from
-- PostgreSQL's buffers, so a server that runs out of memory fails the statement with SQLSTATE
-- 53200 instead of aborting the backend (which made the postmaster reset every session). The row
-- encoding (format 1) is unchanged: every row recorded by 0.1.0 verifies under 0.2.0, and new
-- rows continue the same chains. No SQL object changes; this script exists so that
-- ALTER EXTENSION audit_chain UPDATE finds a path (tests/upgrade.rs checks that an upgraded
-- database has exactly the objects of a fresh 0.2.0 install).

\echo Use "ALTER EXTENSION audit_chain UPDATE" to load this file. \quit
