#!/usr/bin/env bash
# CPU instructions per statement of a tracked table against an untracked one and the PL/pgSQL
# history trigger (the tables of bench/track.sh), counted by valgrind's callgrind in a single-user
# backend: deterministic, so a change of a few percent shows where pgbench's timings on a shared
# machine cannot. Each statement is its own transaction, as in bench/track.sh; the count is the
# difference between a run of 1300 statements and one of 300, divided by 1000 (start-up cancels
# out). SHA-256 runs without the CPU's SHA extensions under valgrind, so the tracked counts
# include about 15,000-25,000 instructions per statement that take a small fraction of that on the
# real CPU. No I/O waits, no client round trips: not a substitute for bench/track.sh.
#   bash bench/instructions.sh --install [update insert delete]   # release build first
# Env: PG_MAJOR (15; 18 for /opt/pg18), BENCH_DIR (/tmp/audit_chain_bench_instr), BENCH_PORT (5486).
# Needs valgrind (Debian package valgrind). Writes callgrind profiles to $BENCH_DIR/out
# (callgrind_annotate --inclusive=yes FILE shows where the instructions go).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh
DIR=${BENCH_DIR:-/tmp/audit_chain_bench_instr}
PORT=${BENCH_PORT:-5486}
if [ "${1:-}" = --install ]; then
  cargo pgrx install --release --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG"
  shift
fi
OPS=("$@")
[ ${#OPS[@]} -gt 0 ] || OPS=(update insert delete)
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT" "shared_buffers = 256MB" "max_wal_size = 4GB" "autovacuum = off"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE bench"
"${psql[@]}" -d bench -v keys=100000 -f bench/track_tables.sql >/dev/null
"${psql[@]}" -d bench -c CHECKPOINT
scripts/cluster.sh stop "$DIR"
OUT=$DIR/out
mkdir -p "$OUT"
chown postgres "$OUT"
count() { # count OP TABLE N -> instructions of a backend running N statements
  local file=$OUT/$1.$2.$3
  python3 - "$1" "$2" "$3" > "$OUT/statements.sql" <<'PY'
import random, sys
op, table, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
r = random.Random(7)
for i in range(n):
    k = r.randint(1, 100000)
    if op == "update":
        print(f"UPDATE bench_{table} SET balance = balance + 1 WHERE id = {k};")
    elif op == "insert":
        print(f"INSERT INTO bench_{table} VALUES ({200000 + i}, 'new', 0, 'n') ON CONFLICT (id) DO NOTHING;")
    else:
        print(f"DELETE FROM bench_{table} WHERE id = {k};")
PY
  sudo -u postgres valgrind --tool=callgrind --callgrind-out-file="$file" \
    "$PG_BIN/postgres" --single -D "$DIR/data" -c fsync=off bench < "$OUT/statements.sql" > "$OUT/backend.log" 2>&1
  awk '/^summary:/ {print $2}' "$file"
}
printf '| operation | untracked | tracked | PL/pgSQL history | tracked / PL/pgSQL |\n|---|---|---|---|---|\n'
for op in "${OPS[@]}"; do
  declare -A per=()
  for t in plain tracked plpgsql; do
    a=$(count "$op" "$t" 300)
    b=$(count "$op" "$t" 1300)
    per[$t]=$(( (b - a) / 1000 ))
  done
  printf '| %s | %s | %s | %s | %s |\n' "$op" "${per[plain]}" "${per[tracked]}" "${per[plpgsql]}" \
    "$(awk -v a="${per[tracked]}" -v b="${per[plpgsql]}" 'BEGIN { printf "%.2f", a / b }')"
done
