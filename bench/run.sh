#!/usr/bin/env bash
# audit_chain benchmark: a plain table, the hand-written PL/pgSQL + pgcrypto chain trigger
# (bench/plpgsql_baseline.sql) and audit_chain, measured side by side in one run on a fresh
# throwaway cluster; prints ratios and writes them to bench/results-latest.md.
#   bash bench/run.sh --install    # build and install the release build first (what the README's figures use)
#   bash bench/run.sh              # use the build already installed
# Env: BENCH_DIR, BENCH_PORT, BENCH_SECONDS (each pgbench run, default 6), BENCH_ROUNDS (pgbench
# rounds, default 3), BENCH_ROWS (COPY rows, default 1000000).
# Times are wall clock around single statements, best of 3 where cheap; never asserted anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${BENCH_DIR:-/tmp/audit_chain_bench}
PORT=${BENCH_PORT:-5483}
SECS=${BENCH_SECONDS:-6}
ROUNDS=${BENCH_ROUNDS:-3}
ROWS=${BENCH_ROWS:-1000000}
BIN=/usr/lib/postgresql/15/bin
build="installed build (run with --install for the release build)"
if [ "${1:-}" = "--install" ] || [ "${BENCH_INSTALL:-0}" = 1 ]; then
  bash scripts/setup.sh
  cargo pgrx install --release --pg-config "$BIN/pg_config"
  build="release build"
fi

scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT" "shared_buffers = 512MB" "max_wal_size = 4GB" "checkpoint_timeout = 30min"
trap 'scripts/cluster.sh stop "$DIR"' EXIT
export PGHOST=$DIR PGPORT=$PORT PGUSER=postgres PGDATABASE=bench PGOPTIONS='-c client_min_messages=warning'
psql -X -q -d postgres -c "CREATE DATABASE bench"
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
# Seconds taken by one SQL statement (run in its own session).
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  q -c "$1" >/dev/null
  t1=$(date +%s.%N)
  calc "$t1 - $t0"
}
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
min() { printf '%s\n' "$@" | sort -g | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
fmt() { printf '%.3f' "$1"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

q -c "CREATE EXTENSION audit_chain" -f bench/plpgsql_baseline.sql >/dev/null
SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz)"
# The layout floor: a plain table with audit_chain's five chain columns and its unique index,
# filled by column defaults (a sequence, now() and constant 32-byte values: no trigger, no
# hashing) from the very same statements. What audit_chain costs beyond this is the chain itself;
# what this costs beyond plain is the row layout.
H32="'\\x$(printf '%064d' 0)'::bytea"
FLOOR_SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz,
  audit_chain_id integer NOT NULL DEFAULT 0, audit_seq bigint NOT NULL DEFAULT nextval('floor_seq'),
  audit_at timestamptz NOT NULL DEFAULT now(), audit_prev bytea NOT NULL DEFAULT $H32,
  audit_hash bytea NOT NULL DEFAULT $H32)"
PLPGSQL_SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz, seq bigint, prev_hash bytea, row_hash bytea)"
make_table() { # make_table NAME VARIANT
  case $2 in
    plain) q -c "DROP TABLE IF EXISTS $1; CREATE TABLE $1 $SHAPE" ;;
    plpgsql) q -c "DROP TABLE IF EXISTS $1; CREATE TABLE $1 $PLPGSQL_SHAPE;
                   CREATE TRIGGER chain BEFORE INSERT ON $1 FOR EACH ROW EXECUTE FUNCTION chain_row();
                   UPDATE chain_head SET seq = 0, hash = '\\x'" ;;
    audit) q -c "CREATE TABLE $1 $SHAPE; SELECT audit_enable('$1')" >/dev/null ;;
    floor) q -c "DROP TABLE IF EXISTS $1; CREATE SEQUENCE IF NOT EXISTS floor_seq; CREATE TABLE $1 $FLOOR_SHAPE;
                 CREATE UNIQUE INDEX ON $1 (audit_chain_id, audit_seq)" ;;
  esac
}
gen() { echo "SELECT g, 'actor' || g % 100, 'action', jsonb_build_object('k', g), now() FROM generate_series(1, $1) g"; }

echo "warming up WAL segments..."
q -c "CREATE TABLE warm AS SELECT * FROM ($(gen 1500000)) s (a, b, c, d, e); DROP TABLE warm; CHECKPOINT"

echo "(a) INSERT ... SELECT of 100,000 rows"
a_plain=() a_audit=() a_floor=()
for i in 1 2 3; do
  make_table "pa$i" plain
  a_plain+=("$(timed "INSERT INTO pa$i $(gen 100000)")")
  make_table "fa$i" floor
  a_floor+=("$(timed "INSERT INTO fa$i (id, actor, action, payload, created) $(gen 100000)")")
  make_table "aa$i" audit
  a_audit+=("$(timed "INSERT INTO aa$i $(gen 100000)")")
done
A_PLAIN=$(min "${a_plain[@]}") A_AUDIT=$(min "${a_audit[@]}") A_FLOOR=$(min "${a_floor[@]}")
make_table pp plpgsql
A_PLPGSQL_10K=$(timed "INSERT INTO pp $(gen 10000)")

echo "(b) pgbench, one INSERT per transaction, $ROUNDS interleaved rounds of ${SECS}s per variant"
tps() { # tps VARIANT CLIENTS [SUFFIX]: a fresh table, pgbench inserting one row per transaction
  local t="bt_$1_$2${3:-}"
  make_table "$t" "$1"
  printf '%s\n' '\set id random(1, 1000000000)' \
    "INSERT INTO $t (id, actor, action, payload, created) VALUES (:id, 'actor', 'login', '{\"ip\": \"10.0.0.7\"}', now());" \
    > "$DIR/$t.sql"
  "$BIN/pgbench" -n -f "$DIR/$t.sql" -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" -T "$SECS" 2>/dev/null \
    | awk '/^tps = / {print $3; exit}'
}
# Disk flush times drift on shared machines: the variants take turns, round after round, and each
# reports its median, so a slow minute hits all of them alike.
rounds() { # rounds CLIENTS SUFFIX VARIANT... -> "median median ..." in VARIANT order
  local c=$1 suffix=$2; shift 2
  local -A runs=()
  for r in $(seq "$ROUNDS"); do
    for v in "$@"; do runs[$v]+=" $(tps "$v" "$c" "${suffix}_$r")"; done
  done
  for v in "$@"; do printf '%s ' "$(median ${runs[$v]})"; done
}
read -r B1_PLAIN B1_FLOOR B1_AUDIT <<< "$(rounds 1 "" plain floor audit)"
read -r B8_PLAIN B8_FLOOR B8_AUDIT <<< "$(rounds 8 "" plain floor audit)"
B1_PLPGSQL=$(tps plpgsql 1); B8_PLPGSQL=$(tps plpgsql 8)
echo "(b) again, 1 client, with 300 more audit tables in the database"
q -c "DO \$\$ BEGIN FOR i IN 1..300 LOOP
        EXECUTE format('CREATE TABLE other_%s (n int)', i);
        PERFORM audit_enable(format('other_%s', i)::regclass);
      END LOOP; END \$\$" >/dev/null
# Let autovacuum's work on 300 new tables and the catalogs not land in the measurement.
q -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null
read -r B1M_PLAIN B1M_AUDIT <<< "$(rounds 1 _many plain audit)"

echo "(c) COPY FROM of $ROWS rows"
CSV=$DIR/rows.csv
q -c "COPY ($(gen "$ROWS")) TO '$CSV' WITH (FORMAT csv)"
make_table cp plain
COLS="(id, actor, action, payload, created)"
C_PLAIN=$(timed "COPY cp $COLS FROM '$CSV' WITH (FORMAT csv)")
make_table ca audit
C_AUDIT=$(timed "COPY ca $COLS FROM '$CSV' WITH (FORMAT csv)")
make_table cf floor
C_FLOOR=$(timed "COPY cf $COLS FROM '$CSV' WITH (FORMAT csv)")
q -c "DROP TABLE cf" >/dev/null
q -c "VACUUM ANALYZE cp" -c "VACUUM ANALYZE ca" >/dev/null

echo "(d) verification of $ROWS rows vs a full scan rendering every row as text"
d_verify=() d_scan=()
for i in 1 2; do
  d_scan+=("$(timed "SELECT sum(length(t::text)) FROM ca t")")
  d_verify+=("$(timed "SELECT audit_verify('ca')")")
done
D_SCAN=$(min "${d_scan[@]}") D_VERIFY=$(min "${d_verify[@]}")
[ "$(q -c "SELECT audit_verify('ca')")" = t ] || { echo "audit_verify('ca') is not true" >&2; exit 1; }

echo "(e) peak private memory of the verifying backend"
make_table small audit
q -c "INSERT INTO small $(gen $((ROWS / 10)))"
peak() { # peak TABLE -> kB of RssAnon above the session's baseline at the start of the call
  local stop=$DIR/stop.$1 out=$DIR/rss.$1
  rm -f "$stop" "$out"
  psql -X -q -At >/dev/null <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv BPID :pid
SELECT 1;
\! bash bench/sample_rss.sh \$BPID $stop $out &
SELECT pg_sleep(0.2);
SELECT audit_verify('$1');
\! touch $stop
SELECT pg_sleep(0.2);
SQL
  sleep 0.3
  awk '{print $2 - $1}' "$out"
}
E_SMALL=$(peak small) E_LARGE=$(peak ca)

echo "(f) pruning every row but each chain's last vs a plain DELETE of as many rows"
F_AUDIT_ROWS=$(q -c "SELECT sum(seq - base_seq - 1) FROM audit_chain.chain_heads WHERE relid = 'ca'::regclass")
t0=$(date +%s.%N); F_REMOVED=$(q -c "SELECT audit_prune('ca', clock_timestamp())"); t1=$(date +%s.%N)
F_AUDIT=$(calc "$t1 - $t0")
F_PLAIN=$(timed "DELETE FROM cp WHERE id <= $F_REMOVED")
[ "$F_REMOVED" = "$F_AUDIT_ROWS" ] || echo "note: pruned $F_REMOVED rows, expected $F_AUDIT_ROWS" >&2
[ "$(q -c "SELECT audit_verify('ca')")" = t ] || { echo "audit_verify('ca') false after pruning" >&2; exit 1; }

PGV=$(q -c "SHOW server_version")
MEM=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
out=bench/results-latest.md
{
  echo "# audit_chain benchmark results"
  echo
  echo "$(date -u +%F), $(nproc) cores, $MEM, PostgreSQL $PGV, audit_chain $build, one run of \`bash bench/run.sh\`."
  echo
  echo "| workload | plain | plain + chain columns and index | PL/pgSQL chain | audit_chain | audit_chain vs plain | target |"
  echo "|---|---|---|---|---|---|---|"
  echo "| (a) INSERT ... SELECT 100k rows, s | $(fmt "$A_PLAIN") | $(fmt "$A_FLOOR") ($(ratio "$A_FLOOR" "$A_PLAIN")x) | $(fmt "$A_PLPGSQL_10K") (10k rows only) | $(fmt "$A_AUDIT") | $(ratio "$A_AUDIT" "$A_PLAIN")x time | <= 1.5x |"
  echo "| (b) pgbench INSERT, 1 client, tps (median of $ROUNDS) | ${B1_PLAIN%.*} | ${B1_FLOOR%.*} ($(ratio "$B1_FLOOR" "$B1_PLAIN")x) | ${B1_PLPGSQL%.*} | ${B1_AUDIT%.*} | $(ratio "$B1_AUDIT" "$B1_PLAIN")x throughput | >= 0.9x |"
  echo "| (b) pgbench INSERT, 8 clients, tps (median of $ROUNDS) | ${B8_PLAIN%.*} | ${B8_FLOOR%.*} ($(ratio "$B8_FLOOR" "$B8_PLAIN")x) | ${B8_PLPGSQL%.*} | ${B8_AUDIT%.*} | $(ratio "$B8_AUDIT" "$B8_PLAIN")x throughput | >= 0.7x |"
  echo "| (b) 1 client, 300 more audit tables, tps (median of $ROUNDS) | ${B1M_PLAIN%.*} | - | - | ${B1M_AUDIT%.*} | $(ratio "$B1M_AUDIT" "$B1M_PLAIN")x throughput | >= 0.9x |"
  echo "| (c) COPY FROM $ROWS rows, s | $(fmt "$C_PLAIN") | $(fmt "$C_FLOOR") ($(ratio "$C_FLOOR" "$C_PLAIN")x) | not run (quadratic) | $(fmt "$C_AUDIT") | $(ratio "$C_AUDIT" "$C_PLAIN")x time | <= 1.5x |"
  echo "| (d) audit_verify $ROWS rows vs sum(length(t::text)), s | $(fmt "$D_SCAN") (scan) | - | - | $(fmt "$D_VERIFY") ($(awk "BEGIN { printf \"%d\", $ROWS / $D_VERIFY }") rows/s) | $(ratio "$D_VERIFY" "$D_SCAN")x scan time | >= 1M rows/s, <= 1.0x |"
  echo "| (e) peak backend memory verifying $((ROWS / 10)) vs $ROWS rows, kB | - | - | - | $E_SMALL vs $E_LARGE | $(ratio "$((E_LARGE + 1))" "$((E_SMALL + 1))")x for 10x rows | constant (not 10x) |"
  echo "| (f) prune $F_REMOVED rows vs plain DELETE, s | $(fmt "$F_PLAIN") | - | - | $(fmt "$F_AUDIT") | $(ratio "$F_AUDIT" "$F_PLAIN")x time | <= 1.5x |"
} > "$out"
echo
cat "$out"
