-- The three tables bench/track.sh and bench/instructions.sh compare, each filled with :keys rows
-- (psql -v keys=N): untracked, tracked by audit_track, and with the usual PL/pgSQL history
-- trigger without hashing (plpgsql_history_baseline.sql). Run from the repository's root.
CREATE EXTENSION audit_chain;
CREATE TABLE bench_plain   (id int PRIMARY KEY, holder text NOT NULL, balance bigint NOT NULL, note text);
CREATE TABLE bench_tracked (LIKE bench_plain INCLUDING ALL);
CREATE TABLE bench_plpgsql (LIKE bench_plain INCLUDING ALL);
INSERT INTO bench_plain   SELECT g, 'holder ' || g, g, 'note' FROM generate_series(1, :keys) g;
INSERT INTO bench_tracked SELECT * FROM bench_plain;
INSERT INTO bench_plpgsql SELECT * FROM bench_plain;
SELECT audit_track('bench_tracked');
\i bench/plpgsql_history_baseline.sql
-- The PL/pgSQL history starts as the tracked one does (audit_track records every row of the
-- table): both histories are then the same size, with key indexes of the same depth.
INSERT INTO bench_plpgsql_history (op, key, new_row)
  SELECT 'TRACK', jsonb_build_object('id', id), to_jsonb(t) FROM bench_plpgsql t;
VACUUM ANALYZE;
