#!/usr/bin/env bash
# audit_chain benchmark: a plain table, the layout floor, the hand-written PL/pgSQL + pgcrypto
# chain trigger (bench/plpgsql_baseline.sql) and audit_chain, measured side by side in one run on a
# fresh throwaway cluster; prints one table of ratios with their targets and writes it to
# bench/results-latest.md. Ratios within one run are what it is for: nothing here is asserted.
#   bash bench/run.sh --install    # build and install the release build first (what the README's figures use)
#   bash bench/run.sh              # use the build already installed
#   BENCH_ONLY="verify checkpoints" bash bench/run.sh    # some sections only
# Sections (BENCH_ONLY, default all, run in this order):
#   concurrency  pgbench, one INSERT per transaction, into one table and into two tables per
#                transaction, at BENCH_CLIENTS clients; PL/pgSQL at 1 and 8; 300 more audit tables
#   bulk         INSERT ... SELECT and COPY FROM of BENCH_ROWS rows; PL/pgSQL on 10k rows
#   prune        audit_prune of BENCH_ROWS rows vs a plain DELETE; pgbench inserts during a prune
#   checkpoints  audit_verify of a table with BENCH_CHECKPOINTS checkpoint records vs with 1
#   verify       on a restart with shared_buffers = BENCH_VERIFY_SHARED_BUFFERS: full audit_verify
#                of a table BENCH_VERIFY_FACTOR times larger, its peak memory, and incremental
#                verification (audit_verify(tbl, since => checkpoint)) after BENCH_NEW_ROWS rows
# Env (defaults): BENCH_DIR (/tmp/audit_chain_bench), BENCH_PORT (5483), BENCH_SECONDS (6, each
# pgbench run), BENCH_ROUNDS (3 interleaved pgbench rounds), BENCH_CLIENTS ("1 8 32 64 128"),
# BENCH_ROWS (1000000), BENCH_CHECKPOINTS (35000), BENCH_VERIFY_SHARED_BUFFERS (128MB),
# BENCH_VERIFY_FACTOR (4), BENCH_NEW_ROWS (100000), BENCH_PRUNE_CLIENTS (4), BENCH_OUT (where
# the table goes: bench/results-latest.md for a run of every section, else $BENCH_DIR/results.md).
# PG_MAJOR=18 runs it on PostgreSQL 18 (scripts/pg.sh; untested). About 15 minutes on 2 cores by
# default, most of it the 83 pgbench runs of the concurrency section (each section prints how
# long it took). The incremental row says n/a when the build has no audit_verify(regclass, bigint).
# Times are wall clock around single statements (psql's \timing), best of several where cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh
T_START=$(date +%s)
DIR=${BENCH_DIR:-/tmp/audit_chain_bench}
PORT=${BENCH_PORT:-5483}
SECS=${BENCH_SECONDS:-6}
ROUNDS=${BENCH_ROUNDS:-3}
read -r -a CLIENTS <<< "${BENCH_CLIENTS:-1 8 32 64 128}"
ROWS=${BENCH_ROWS:-1000000}
NCKPT=${BENCH_CHECKPOINTS:-35000}
VSB=${BENCH_VERIFY_SHARED_BUFFERS:-128MB}
VFACTOR=${BENCH_VERIFY_FACTOR:-4}
NEW_ROWS=${BENCH_NEW_ROWS:-100000}
PRUNE_CLIENTS=${BENCH_PRUNE_CLIENTS:-4}
ALL_SECTIONS="concurrency bulk prune checkpoints verify"
ONLY=" ${BENCH_ONLY:-$ALL_SECTIONS} "
for s in $ONLY; do
  [[ " $ALL_SECTIONS " == *" $s "* ]] || { echo "BENCH_ONLY: unknown section $s (sections: $ALL_SECTIONS)" >&2; exit 2; }
done
want() { [[ $ONLY == *" $1 "* ]]; }
every_section=1
for s in $ALL_SECTIONS; do want "$s" || every_section=0; done
if [ "$every_section" = 1 ]; then OUT=${BENCH_OUT:-bench/results-latest.md}; else OUT=${BENCH_OUT:-$DIR/results.md}; fi
[ "$NCKPT" -ge 2 ] || { echo "BENCH_CHECKPOINTS must be at least 2" >&2; exit 2; }

build="installed build (run with --install for the release build)"
if [ "${1:-}" = "--install" ] || [ "${BENCH_INSTALL:-0}" = 1 ]; then
  bash scripts/setup.sh
  cargo pgrx install --release --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG"
  build="release build"
fi

# 128 pgbench clients need as many connections, plus the script's own sessions.
MAXC=$(printf '%s\n' "${CLIENTS[@]}" "$PRUNE_CLIENTS" 30 | sort -n | tail -1)
scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT" "shared_buffers = 512MB" "max_wal_size = 4GB" "checkpoint_timeout = 30min" \
  "max_connections = $((MAXC + 20))"
trap 'scripts/cluster.sh stop "$DIR"' EXIT
export PGHOST=$DIR PGPORT=$PORT PGUSER=postgres PGDATABASE=bench PGOPTIONS='-c client_min_messages=warning'
psql -X -q -d postgres -c "CREATE DATABASE bench"
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
min() { printf '%s\n' "$@" | sort -g | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
fmt() { printf '%.3f' "$1"; }
ratio() { awk "BEGIN { if ($2 == 0) print \"-\"; else printf \"%.2f\", $1 / $2 }"; }
int() { printf '%.0f' "$1"; }
# timed SQL [psql args]: seconds one statement takes (psql's \timing, in a session of its own);
# its last result line, if any, is left in $DIR/result.
timed() {
  local sql=$1 out; shift
  out=$(printf '\\timing on\n%s;\n' "$sql" | q "$@")
  grep -v '^Time: ' <<< "$out" | tail -1 > "$DIR/result" || true
  awk '/^Time: / { t = $2 } END { printf "%.6f", t / 1000 }' <<< "$out"
}
# best N SQL [psql args]: the shortest of N timings.
best() {
  local n=$1 sql=$2 ts=(); shift 2
  for _ in $(seq "$n"); do ts+=("$(timed "$sql" "$@")"); done
  min "${ts[@]}"
}
section_start() { SECTION_T0=$(date +%s); echo "== $1"; }
section_end() { echo "   ($1 took $(( $(date +%s) - SECTION_T0 )) s)"; TIMINGS+=("$1 $(( $(date +%s) - SECTION_T0 ))s"); }
TIMINGS=()

q -c "CREATE EXTENSION audit_chain" -f bench/plpgsql_baseline.sql >/dev/null
SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz)"
COLS="(id, actor, action, payload, created)"
# The layout floor: a plain table with audit_chain's chain columns (format 2: the five of the chain
# and the four of provenance) and its unique index,
# filled by column defaults (a sequence, now() and constant 32-byte values: no trigger, no
# hashing) from the very same statements. What audit_chain costs beyond this is the chain itself;
# what this costs beyond plain is the row layout.
H32="'\\x$(printf '%064d' 0)'::bytea"
FLOOR_SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz,
  audit_chain_id integer NOT NULL DEFAULT 0, audit_seq bigint NOT NULL DEFAULT nextval('floor_seq'),
  audit_at timestamptz NOT NULL DEFAULT now(), audit_prev bytea NOT NULL DEFAULT $H32,
  audit_hash bytea NOT NULL DEFAULT $H32, audit_login text DEFAULT session_user, audit_role text,
  audit_xid xid8 DEFAULT pg_current_xact_id(), audit_client inet DEFAULT inet_client_addr())"
PLPGSQL_SHAPE="(id bigint, actor text, action text, payload jsonb, created timestamptz, seq bigint, prev_hash bytea, row_hash bytea)"
make_table() { # make_table NAME VARIANT [psql args]: audit tables cannot be dropped, so names are fresh
  local t=$1 v=$2; shift 2
  case $v in
    plain) q "$@" -c "DROP TABLE IF EXISTS $t; CREATE TABLE $t $SHAPE" ;;
    plpgsql) q "$@" -c "DROP TABLE IF EXISTS $t; CREATE TABLE $t $PLPGSQL_SHAPE;
                   CREATE TRIGGER chain BEFORE INSERT ON $t FOR EACH ROW EXECUTE FUNCTION chain_row();
                   UPDATE chain_head SET seq = 0, hash = '\\x'" ;;
    audit) q "$@" -c "CREATE TABLE $t $SHAPE; SELECT audit_enable('$t')" >/dev/null ;;
    floor) q "$@" -c "DROP TABLE IF EXISTS $t; CREATE SEQUENCE IF NOT EXISTS floor_seq; CREATE TABLE $t $FLOOR_SHAPE;
                 CREATE UNIQUE INDEX ON $t (audit_chain_id, audit_seq)" ;;
  esac
}
# gen N [FIRST]: rows with ids FIRST (default 1) .. FIRST + N - 1
gen() { echo "SELECT g, 'actor' || g % 100, 'action', jsonb_build_object('k', g), now() FROM generate_series(${2:-1}, ${2:-1} + $1 - 1) g"; }
insert_row() { echo "INSERT INTO $1 $COLS VALUES (:id, 'actor', 'login', '{\"ip\": \"10.0.0.7\"}', now());"; }
bench_run() { # bench_run NAME CLIENTS SECONDS [more pgbench args]: runs $DIR/NAME.sql, output in $DIR/NAME.out
  local name=$1 c=$2 s=$3; shift 3
  "$PG_BIN/pgbench" -n -f "$DIR/$name.sql" -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T "$s" "$@" > "$DIR/$name.out" 2>&1 \
    || echo "warning: pgbench $name failed, see $DIR/$name.out" >&2
  grep -q 'aborted' "$DIR/$name.out" && echo "warning: pgbench $name: clients aborted, see $DIR/$name.out" >&2
  awk '/^tps = / { print $3; found = 1; exit } END { if (!found) print 0 }' "$DIR/$name.out"
}
declare -A R=()   # results by name
ROWS_OUT=()       # lines of the result table, in section order

echo "warming up WAL segments..."
q -c "CREATE TABLE warm AS SELECT * FROM ($(gen 1500000)) s (a, b, c, d, e); DROP TABLE warm; CHECKPOINT"

if want concurrency; then
  section_start "concurrency: pgbench, one INSERT per transaction, $ROUNDS interleaved rounds of ${SECS}s per variant, clients: ${CLIENTS[*]}"
  # tps VARIANT CLIENTS NAME: fresh tables, pgbench inserting one row per transaction; the
  # variants plain2 and audit2 insert one row into each of two tables per transaction.
  tps() {
    local v=$1 c=$2 t="bt_$3"
    case $v in
      plain2|audit2)
        make_table "${t}_1" "${v%2}"; make_table "${t}_2" "${v%2}"
        printf '%s\n' '\set id random(1, 1000000000)' 'BEGIN;' "$(insert_row "${t}_1")" "$(insert_row "${t}_2")" 'END;' > "$DIR/$t.sql" ;;
      *)
        make_table "$t" "$v"
        printf '%s\n' '\set id random(1, 1000000000)' "$(insert_row "$t")" > "$DIR/$t.sql" ;;
    esac
    bench_run "$t" "$c" "$SECS"
  }
  # Disk flush times drift on shared machines: the variants take turns, round after round (each
  # round starting with the next variant), and each reports its median, so a slow minute hits all
  # of them alike.
  rounds() { # rounds CLIENTS SUFFIX VARIANT...: R[variant,CLIENTS SUFFIX] = median tps
    local c=$1 suffix=$2 v r i; shift 2
    local -A runs=()
    local vs=("$@")
    for r in $(seq "$ROUNDS"); do
      for i in $(seq 0 $(( ${#vs[@]} - 1 ))); do
        v=${vs[$(( (i + r - 1) % ${#vs[@]} ))]}
        runs[$v]+=" $(tps "$v" "$c" "${v}_${c}${suffix}_$r")"
      done
    done
    # shellcheck disable=SC2086 # a list of numbers
    for v in "$@"; do R[$v,$c$suffix]=$(median ${runs[$v]}); done
  }
  for c in "${CLIENTS[@]}"; do
    echo "   $c clients"
    rounds "$c" "" plain floor audit plain2 audit2
  done
  R[plpgsql,1]=$(tps plpgsql 1 plpgsql_1); R[plpgsql,8]=$(tps plpgsql 8 plpgsql_8)
  for c in "${CLIENTS[@]}"; do
    s=$([ "$c" = 1 ] && echo client || echo clients)
    pl=${R[plpgsql,$c]:--}
    ROWS_OUT+=("| (b) pgbench INSERT, $c $s, tps (median of $ROUNDS) | $(int "${R[plain,$c]}") | $(int "${R[floor,$c]}") ($(ratio "${R[floor,$c]}" "${R[plain,$c]}")x) | ${pl%.*} | $(int "${R[audit,$c]}") | $(ratio "${R[audit,$c]}" "${R[plain,$c]}")x throughput | >= 0.8x |")
  done
  B2_ROWS=()
  for c in "${CLIENTS[@]}"; do
    s=$([ "$c" = 1 ] && echo client || echo clients)
    B2_ROWS+=("| (b2) pgbench, two tables per transaction, $c $s, tps (median of $ROUNDS) | $(int "${R[plain2,$c]}") | - | - | $(int "${R[audit2,$c]}") | $(ratio "${R[audit2,$c]}" "${R[plain2,$c]}")x throughput | >= 0.8x |")
  done
  echo "   1 client, with 300 more audit tables in the database"
  q -c "DO \$\$ BEGIN FOR i IN 1..300 LOOP
          EXECUTE format('CREATE TABLE other_%s (n int)', i);
          PERFORM audit_enable(format('other_%s', i)::regclass);
        END LOOP; END \$\$" >/dev/null
  # Let autovacuum's work on 300 new tables and the catalogs not land in the measurement.
  q -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null
  rounds 1 _many plain audit
  ROWS_OUT+=("| (b) 1 client, 300 more audit tables, tps (median of $ROUNDS) | $(int "${R[plain,1_many]}") | - | - | $(int "${R[audit,1_many]}") | $(ratio "${R[audit,1_many]}" "${R[plain,1_many]}")x throughput | >= 0.8x |")
  ROWS_OUT+=("${B2_ROWS[@]}")
  section_end concurrency
fi

if want bulk; then
  section_start "bulk: INSERT ... SELECT and COPY FROM of $ROWS rows, 3 interleaved runs each"
  # Each timed statement starts from a checkpoint, so no run pays for writing out the one before.
  a_plain=() a_floor=() a_audit=() c_plain=() c_floor=() c_audit=()
  for i in 1 2 3; do
    make_table "pa$i" plain; q -c CHECKPOINT
    a_plain+=("$(timed "INSERT INTO pa$i $(gen "$ROWS")")")
    make_table "fa$i" floor; q -c CHECKPOINT
    a_floor+=("$(timed "INSERT INTO fa$i $COLS $(gen "$ROWS")")")
    make_table "aa$i" audit; q -c CHECKPOINT
    a_audit+=("$(timed "INSERT INTO aa$i $(gen "$ROWS")")")
    q -c "DROP TABLE pa$i, fa$i"
  done
  make_table pp plpgsql
  R[a_plpgsql_10k]=$(timed "INSERT INTO pp $(gen 10000)")
  CSV=$DIR/rows.csv
  q -c "COPY ($(gen "$ROWS")) TO '$CSV' WITH (FORMAT csv)"
  for i in 1 2 3; do
    make_table "cp$i" plain; q -c CHECKPOINT
    c_plain+=("$(timed "COPY cp$i $COLS FROM '$CSV' WITH (FORMAT csv)")")
    make_table "cf$i" floor; q -c CHECKPOINT
    c_floor+=("$(timed "COPY cf$i $COLS FROM '$CSV' WITH (FORMAT csv)")")
    make_table "ca$i" audit; q -c CHECKPOINT
    c_audit+=("$(timed "COPY ca$i $COLS FROM '$CSV' WITH (FORMAT csv)")")
    q -c "DROP TABLE cp$i, cf$i"
  done
  rm -f "$CSV"
  A_PLAIN=$(min "${a_plain[@]}") A_FLOOR=$(min "${a_floor[@]}") A_AUDIT=$(min "${a_audit[@]}")
  C_PLAIN=$(min "${c_plain[@]}") C_FLOOR=$(min "${c_floor[@]}") C_AUDIT=$(min "${c_audit[@]}")
  ROWS_OUT+=("| (a) INSERT ... SELECT $ROWS rows, s (best of 3) | $(fmt "$A_PLAIN") | $(fmt "$A_FLOOR") ($(ratio "$A_FLOOR" "$A_PLAIN")x) | $(fmt "${R[a_plpgsql_10k]}") (10k rows only) | $(fmt "$A_AUDIT") | $(ratio "$A_AUDIT" "$A_PLAIN")x time | <= 1.5x |")
  ROWS_OUT+=("| (c) COPY FROM $ROWS rows, s (best of 3) | $(fmt "$C_PLAIN") | $(fmt "$C_FLOOR") ($(ratio "$C_FLOOR" "$C_PLAIN")x) | not run (quadratic) | $(fmt "$C_AUDIT") | $(ratio "$C_AUDIT" "$C_PLAIN")x time | <= 1.5x |")
  section_end bulk
fi

if want prune; then
  section_start "prune: audit_prune of $ROWS rows vs a plain DELETE; inserts ($PRUNE_CLIENTS clients) during a prune"
  make_table pr_plain plain; make_table pr_audit audit; make_table pr_live audit
  q -c "INSERT INTO pr_plain $(gen "$ROWS")" -c "INSERT INTO pr_audit $(gen "$ROWS")" -c "INSERT INTO pr_live $(gen "$ROWS")"
  q -c "VACUUM ANALYZE pr_plain" -c "VACUUM ANALYZE pr_audit" -c "VACUUM ANALYZE pr_live" -c CHECKPOINT
  # Every row but each chain's last.
  F_EXPECTED=$(q -c "SELECT count(*) - count(DISTINCT audit_chain_id) FROM pr_audit")
  F_AUDIT=$(timed "SELECT audit_prune('pr_audit', clock_timestamp())"); F_REMOVED=$(cat "$DIR/result")
  q -c CHECKPOINT
  F_PLAIN=$(timed "DELETE FROM pr_plain WHERE id <= $F_REMOVED")
  [ "$F_REMOVED" = "$F_EXPECTED" ] || echo "note: pruned $F_REMOVED rows, expected $F_EXPECTED" >&2
  [ "$(q -c "SELECT audit_verify('pr_audit')")" = t ] || { echo "audit_verify('pr_audit') false after pruning" >&2; exit 1; }
  ROWS_OUT+=("| (f) prune $F_REMOVED rows vs plain DELETE, s | $(fmt "$F_PLAIN") | - | - | $(fmt "$F_AUDIT") | $(ratio "$F_AUDIT" "$F_PLAIN")x time | <= 1.5x |")

  # Inserts while a prune runs: pgbench into pr_live without a prune, then again while
  # audit_prune removes the $ROWS rows loaded before it; per-transaction logs (-l) give the
  # throughput within the prune's time window and the longest transaction.
  printf '%s\n' '\set id random(1, 1000000000)' "$(insert_row pr_live)" > "$DIR/live.sql"
  cp "$DIR/live.sql" "$DIR/live_during.sql"
  CUTOFF=$(q -c "SELECT clock_timestamp()")
  q -c CHECKPOINT
  F_BASE_TPS=$(bench_run live "$PRUNE_CLIENTS" "$SECS" -l --log-prefix="$DIR/live_log")
  # Long enough to outlast the prune: three times its unloaded time, plus a second either side.
  LIVE_SECS=$(awk "BEGIN { s = int(3 * $F_AUDIT + 3); print (s > $SECS ? s : $SECS) }")
  bench_run live_during "$PRUNE_CLIENTS" "$LIVE_SECS" -l --log-prefix="$DIR/during_log" > "$DIR/live_during.tps" &
  LIVE_PID=$!
  sleep 1
  P0=$(date +%s.%N)
  F_LIVE_REMOVED=$(q -c "SELECT audit_prune('pr_live', '$CUTOFF')")
  P1=$(date +%s.%N)
  wait "$LIVE_PID"
  # Log lines: client transaction latency_us script epoch_s epoch_us (the transaction's end).
  F_BASE_MAXLAT=$(cat "$DIR"/live_log.* | awk '{ if ($3 > m) m = $3 } END { printf "%.1f", m / 1000 }')
  read -r F_DURING_TPS F_DURING_MAXLAT F_WINDOW <<< "$(cat "$DIR"/during_log.* | awk -v p0="$P0" -v p1="$P1" '
    { end = $5 + $6 / 1e6; start = end - $3 / 1e6
      if (end > last) last = end
      if (end >= p0 && end <= p1) n++
      if (end >= p0 && start <= p1 && $3 > m) m = $3 }
    END { w = (last < p1 ? last : p1) - p0; if (w <= 0) w = 1e-9
          printf "%.1f %.1f %.3f", n / w, m / 1000, w }')"
  F_LIVE=$(calc "$P1 - $P0")
  awk "BEGIN { exit !($F_WINDOW < $F_LIVE - 0.01) }" && echo "note: the prune outlasted pgbench; the window is its first ${F_WINDOW}s" >&2
  [ "$(q -c "SELECT audit_verify('pr_live')")" = t ] || { echo "audit_verify('pr_live') false after pruning under load" >&2; exit 1; }
  ROWS_OUT+=("| (f2) pgbench INSERT ($PRUNE_CLIENTS clients) during audit_prune of $F_LIVE_REMOVED rows ($(fmt "$F_LIVE") s) vs without: tps; longest transaction, ms | - | - | - | $(int "$F_DURING_TPS") vs $(int "$F_BASE_TPS"); $F_DURING_MAXLAT vs $F_BASE_MAXLAT ms | $(ratio "$F_DURING_TPS" "$F_BASE_TPS")x throughput | inserts continue |")
  section_end prune
fi

if want checkpoints; then
  section_start "checkpoints: audit_verify with $NCKPT checkpoint records vs 1"
  # The checkpoint catalog is one chain per database and audit_verify checks all of it, so each
  # table lives in a database of its own. Both get the same $NCKPT rows, one per transaction;
  # ck_many also gets a checkpoint after each (a DO block committing as it goes: no round trips).
  for db in bench_ck1 bench_ckn; do
    q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    q -d "$db" -c "CREATE EXTENSION audit_chain"
    make_table ck audit -d "$db"
  done
  fill() { # fill DB WITH_CHECKPOINTS
    local ck=""
    [ "$2" = 1 ] && ck="PERFORM audit_checkpoint('ck'); COMMIT;"
    PGOPTIONS="$PGOPTIONS -c synchronous_commit=off" timed "DO \$\$ BEGIN FOR i IN 1..$NCKPT LOOP
        INSERT INTO ck $COLS VALUES (i, 'actor', 'login', '{\"ip\": \"10.0.0.7\"}', now()); COMMIT; $ck
      END LOOP; END \$\$" -d "$1"
  }
  H_FILL1=$(fill bench_ck1 0)
  q -d bench_ck1 -c "SELECT audit_checkpoint('ck')" >/dev/null
  H_FILLN=$(fill bench_ckn 1)
  for db in bench_ck1 bench_ckn; do q -d "$db" -c "VACUUM ANALYZE" -c CHECKPOINT; done
  H_N1=$(q -d bench_ck1 -c "SELECT count(*) FROM audit_chain.checkpoints")
  H_NN=$(q -d bench_ckn -c "SELECT count(*) FROM audit_chain.checkpoints")
  h1=() hn=()
  for _ in 1 2 3; do
    h1+=("$(timed "SELECT audit_verify('ck')" -d bench_ck1)"); [ "$(cat "$DIR/result")" = t ] || { echo "audit_verify false in bench_ck1" >&2; exit 1; }
    hn+=("$(timed "SELECT audit_verify('ck')" -d bench_ckn)"); [ "$(cat "$DIR/result")" = t ] || { echo "audit_verify false in bench_ckn" >&2; exit 1; }
  done
  H_1=$(min "${h1[@]}") H_N=$(min "${hn[@]}")
  H_PER=$(awk "BEGIN { printf \"%.1f\", ($H_N - $H_1) * 1e6 / ($H_NN - $H_N1) }")
  H_RATE=$(awk "BEGIN { printf \"%d\", $NCKPT / ($H_FILLN - $H_FILL1) }")
  echo "   $NCKPT rows with a checkpoint after each: $(fmt "$H_FILLN") s, without: $(fmt "$H_FILL1") s (about $H_RATE checkpoints/s)"
  ROWS_OUT+=("| (h) audit_verify of $NCKPT rows with $H_NN vs $H_N1 checkpoint records, s (best of 3) | - | - | - | $(fmt "$H_N") vs $(fmt "$H_1") ($H_PER µs per checkpoint) | $(ratio "$H_N" "$H_1")x time | - |")
  section_end checkpoints
fi

if want verify; then
  section_start "verify: a table $VFACTOR times shared_buffers = $VSB"
  q -c "ALTER SYSTEM SET shared_buffers = '$VSB'"
  scripts/cluster.sh stop "$DIR"; scripts/cluster.sh start "$DIR" "$PORT"
  SB_BYTES=$(q -c "SELECT setting::bigint * pg_size_bytes(coalesce(unit, '1B')) FROM pg_settings WHERE name = 'shared_buffers'")
  make_table vbig audit
  # Filled in batches of up to 1M rows until the heap is VFACTOR times shared_buffers.
  have=0
  while [ "$(q -c "SELECT pg_relation_size('vbig') >= $VFACTOR * $SB_BYTES")" = f ]; do
    if [ "$have" = 0 ]; then n=$(( ROWS < 1000000 ? ROWS : 1000000 ))
    else n=$(q -c "SELECT least(1000000, greatest(1000, ceil(($VFACTOR * $SB_BYTES - pg_relation_size('vbig')) * 1.02 / (pg_relation_size('vbig')::float8 / $have))))::bigint")
    fi
    q -c "INSERT INTO vbig $(gen "$n" $((have + 1)))"
    have=$((have + n))
  done
  D_ROWS=$have
  make_table vsmall audit
  q -c "INSERT INTO vsmall $(gen $((D_ROWS / 10)))"
  q -c "VACUUM ANALYZE vbig" -c "VACUUM ANALYZE vsmall" -c CHECKPOINT
  D_HEAP=$(q -c "SELECT pg_relation_size('vbig')") D_TOTAL=$(q -c "SELECT pg_total_relation_size('vbig')")
  D_SCAN=$(best 2 "SELECT sum(length(t::text)) FROM vbig t")
  D_VERIFY=$(best 2 "SELECT audit_verify('vbig')")
  [ "$(cat "$DIR/result")" = t ] || { echo "audit_verify('vbig') is not true" >&2; exit 1; }
  D_RATE=$(awk "BEGIN { printf \"%d\", $D_ROWS / $D_VERIFY }")
  MB() { awk "BEGIN { printf \"%d\", $1 / 1048576 }"; }
  ROWS_OUT+=("| (d) full audit_verify of $D_ROWS rows vs sum(length(t::text)); heap $(MB "$D_HEAP") MB ($(ratio "$D_HEAP" "$SB_BYTES")x shared_buffers $VSB), with index $(MB "$D_TOTAL") MB, s (best of 2) | $(fmt "$D_SCAN") (scan) | - | - | $(fmt "$D_VERIFY") ($D_RATE rows/s) | $(ratio "$D_VERIFY" "$D_SCAN")x scan time | >= 2M rows/s |")

  peak() { # peak SQL -> kB of RssAnon above the session's baseline at the start of the call
    local stop=$DIR/stop out=$DIR/rss
    rm -f "$stop" "$out"
    psql -X -q -At >/dev/null <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv BPID :pid
SELECT 1;
\! bash bench/sample_rss.sh \$BPID $stop $out &
SELECT pg_sleep(0.2);
$1;
\! touch $stop
SELECT pg_sleep(0.2);
SQL
    sleep 0.3
    awk '{print $2 - $1}' "$out"
  }
  E_SMALL=$(peak "SELECT audit_verify('vsmall')") E_LARGE=$(peak "SELECT audit_verify('vbig')")
  ROWS_OUT+=("| (e) peak backend memory verifying $((D_ROWS / 10)) vs $D_ROWS rows, kB | - | - | - | $E_SMALL vs $E_LARGE | $(ratio "$((E_LARGE + 1))" "$((E_SMALL + 1))")x for 10x rows | constant (not 10x) |")

  G_ID=$(q -c "SELECT (audit_checkpoint('vbig')->>'checkpoint_id')::bigint")
  q -c "INSERT INTO vbig $(gen "$NEW_ROWS" $((D_ROWS + 1)))"
  if [ -n "$(q -c "SELECT to_regprocedure('audit_verify(regclass,bigint)')")" ]; then
    # audit_verify(tbl, since => id), called by position in case the argument's name changes.
    G_INC=$(best 2 "SELECT audit_verify('vbig', $G_ID::bigint)")
    [ "$(cat "$DIR/result")" = t ] || { echo "audit_verify('vbig', since => $G_ID) is not true" >&2; exit 1; }
    G_FULL=$(best 1 "SELECT audit_verify('vbig')")
    ROWS_OUT+=("| (g) audit_verify since a checkpoint, $NEW_ROWS new rows, vs full ($((D_ROWS + NEW_ROWS)) rows), s | - | - | - | $(fmt "$G_INC") vs $(fmt "$G_FULL") | $(ratio "$G_INC" "$G_FULL")x full time | - |")
  else
    ROWS_OUT+=("| (g) audit_verify since a checkpoint, $NEW_ROWS new rows, vs full | - | - | - | n/a (no audit_verify(regclass, bigint) in this build) | n/a | - |")
  fi
  section_end verify
fi

PGV=$(q -c "SHOW server_version")
MEM=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
TOTAL=$(( $(date +%s) - T_START ))
cmd="bash bench/run.sh"
read -r -a only_list <<< "$ONLY"
[ "$every_section" = 1 ] || cmd="BENCH_ONLY=\"${only_list[*]}\" $cmd"
# Settings that change what is measured are named in the command shown.
for v in BENCH_SECONDS BENCH_ROUNDS BENCH_CLIENTS BENCH_ROWS BENCH_CHECKPOINTS BENCH_VERIFY_SHARED_BUFFERS \
         BENCH_VERIFY_FACTOR BENCH_NEW_ROWS BENCH_PRUNE_CLIENTS; do
  if [ -n "${!v:-}" ]; then
    case ${!v} in *" "*) cmd="$v=\"${!v}\" $cmd" ;; *) cmd="$v=${!v} $cmd" ;; esac
  fi
done
{
  echo "# audit_chain benchmark results"
  echo
  echo "$(date -u +%F), $(nproc) cores, $MEM, PostgreSQL $PGV, audit_chain $build, one run of \`$cmd\`"
  echo "($(( TOTAL / 60 )) min $(( TOTAL % 60 )) s: ${TIMINGS[*]}; pgbench runs of ${SECS}s; shared_buffers 512MB except for (d), (e) and (g))."
  echo
  echo "| workload | plain | plain + chain columns and index | PL/pgSQL chain | audit_chain | audit_chain vs plain | target |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS_OUT[@]}"
} > "$OUT"
echo
cat "$OUT"
echo
echo "(written to $OUT)"
