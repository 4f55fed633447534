#!/usr/bin/env bash
# Cost of audit_track: pgbench UPDATE, INSERT and DELETE throughput (one statement per
# transaction) on three tables of the same shape: untracked, tracked by audit_track, and with the
# usual PL/pgSQL history trigger without hashing (bench/plpgsql_history_baseline.sql); at 1 and 8
# clients; prints tps and the ratios (targets: tracked >= 0.6x untracked, tracked >= 1.0x
# PL/pgSQL). Then the cost of verifying a tracked table of BENCH_TRACK_ROWS rows: the full
# audit_verify of its history and the current-contents comparison alone.
#   bash bench/track.sh --install   # build and install the release build first
#   bash bench/track.sh             # use the build already installed
# Env (defaults): PG_MAJOR (15; 18 for /opt/pg18), BENCH_DIR (/tmp/audit_chain_bench_track),
# BENCH_PORT (5484), BENCH_SECONDS (10 per pgbench run), BENCH_ROUNDS (3, interleaved, best
# kept), BENCH_CLIENTS ("1 8"), BENCH_TRACK_ROWS (1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh
DIR=${BENCH_DIR:-/tmp/audit_chain_bench_track}
PORT=${BENCH_PORT:-5484}
SECS=${BENCH_SECONDS:-10}
ROUNDS=${BENCH_ROUNDS:-3}
read -r -a CLIENTS <<< "${BENCH_CLIENTS:-1 8}"
ROWS=${BENCH_TRACK_ROWS:-1000000}
KEYS=100000
if [ "${1:-}" = --install ]; then
  cargo pgrx install --release --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG"
fi
PGBENCH=$PG_BIN/pgbench
scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT" "shared_buffers = 256MB" "max_wal_size = 4GB"
trap 'scripts/cluster.sh stop "$DIR"' EXIT
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE bench"
"${psql[@]}" -d bench -v keys="$KEYS" -f bench/track_tables.sql >/dev/null
W=$DIR/scripts; mkdir -p "$W"
for t in plain tracked plpgsql; do
  cat > "$W/update_$t.sql" <<S
\set id random(1, $KEYS)
UPDATE bench_$t SET balance = balance + 1 WHERE id = :id;
S
  # INSERT of keys above the loaded ones (each client its own range, so that inserts never
  # collide); DELETE of loaded keys, which are put back (untimed) before every delete run.
  cat > "$W/insert_$t.sql" <<S
\set id $KEYS + 1 + :client_id * 10000000 + random(1, 9999999)
INSERT INTO bench_$t VALUES (:id, 'new', 0, 'n') ON CONFLICT (id) DO NOTHING;
S
  cat > "$W/delete_$t.sql" <<S
\set id random(1, $KEYS)
DELETE FROM bench_$t WHERE id = :id;
S
done
declare -A best
run() { # run OP TABLE CLIENTS -> tps
  if [ "$1" = delete ]; then
    "${psql[@]}" -d bench -c "INSERT INTO bench_$2 SELECT g, 'holder ' || g, g, 'note' FROM generate_series(1, $KEYS) g ON CONFLICT (id) DO NOTHING" >/dev/null
  fi
  "$PGBENCH" -n -h "$DIR" -p "$PORT" -U postgres -c "$3" -j "$3" -T "$SECS" -f "$W/$1_$2.sql" bench 2>/dev/null |
    awk '/^tps/ {print int($3)}'
}
for round in $(seq "$ROUNDS"); do
  for op in update insert delete; do
    for c in "${CLIENTS[@]}"; do
      for t in plain tracked plpgsql; do
        tps=$(run "$op" "$t" "$c")
        k="$op/$c/$t"
        if [ -z "${best[$k]:-}" ] || [ "$tps" -gt "${best[$k]}" ]; then best[$k]=$tps; fi
      done
    done
  done
  echo "round $round done" >&2
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
printf '\n| operation | clients | untracked tps | tracked tps | PL/pgSQL history tps | tracked / untracked (>= 0.6) | tracked / PL/pgSQL (>= 1.0) |\n'
printf '|---|---|---|---|---|---|---|\n'
for op in update insert delete; do
  for c in "${CLIENTS[@]}"; do
    p=${best[$op/$c/plain]} t=${best[$op/$c/tracked]} l=${best[$op/$c/plpgsql]}
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$op" "$c" "$p" "$t" "$l" "$(ratio "$t" "$p")" "$(ratio "$t" "$l")"
  done
done

# Verification of a tracked table of ROWS rows (tracked, then ROWS / 10 rows updated).
"${psql[@]}" -d bench <<SQL
CREATE TABLE big (id int PRIMARY KEY, holder text NOT NULL, balance bigint NOT NULL, note text);
INSERT INTO big SELECT g, 'holder ' || g, g, 'note' FROM generate_series(1, $ROWS) g;
\timing on
\echo audit_track of $ROWS rows:
SELECT audit_track('big');
UPDATE big SET balance = balance + 1 WHERE id % 10 = 0;
VACUUM ANALYZE big, big_history;
\echo full audit_verify of its history (chains and current contents):
SELECT audit_verify('big_history');
\echo the current-contents comparison alone (the query verification runs):
SELECT count(*) FROM (
  WITH e AS (SELECT COALESCE(max(h.change_id), 0) AS since FROM big_history h WHERE h.key IS NULL),
       last AS (SELECT DISTINCT ON (h.key) h.key, h.new_row FROM big_history h, e
                 WHERE h.key IS NOT NULL AND h.change_id >= e.since ORDER BY h.key, h.change_id DESC),
       cur AS (SELECT jsonb_build_object('id', s.r -> 'id') AS key, s.r FROM (SELECT to_jsonb(t) AS r FROM ONLY big t) s)
  SELECT 1 FROM last FULL JOIN cur ON cur.key = last.key
   WHERE (cur.r IS NULL) <> (last.new_row IS NULL) OR NOT cur.r = last.new_row) x;
SQL
