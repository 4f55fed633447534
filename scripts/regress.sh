#!/usr/bin/env bash
# Runs the pg_regress expected-output tests (tests/pg_regress) against a running cluster with
# the server's own pg_regress. A missing or different expected file fails the run; output is
# never accepted automatically.
#   scripts/regress.sh SOCKET_DIR PORT
set -euo pipefail
cd "$(dirname "$0")/.."
host=$1 port=$2
PG_REGRESS=/usr/lib/postgresql/15/lib/pgxs/src/test/regress/pg_regress
out=$(mktemp -d /tmp/audit_chain_regress.XXXXXX)
chmod 777 "$out"
psql=(psql -X -q -h "$host" -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "DROP DATABASE IF EXISTS regress_db"
# Roles are cluster-wide: the tests' roles are dropped so every run starts clean.
"${psql[@]}" -c "DROP ROLE IF EXISTS regress_app, regress_other, regress_auditor"
"${psql[@]}" -c "CREATE DATABASE regress_db"
mapfile -t tests < <(ls tests/pg_regress/sql/*.sql | xargs -n1 basename | sed 's/\.sql$//' | sort)
status=0
"$PG_REGRESS" --use-existing --host="$host" --port="$port" --user=postgres --dbname=regress_db \
  --inputdir=tests/pg_regress --outputdir="$out" "${tests[@]}" | tee "$out/summary.txt" || status=$?
failed=$(grep -cE '^(not ok|test .* \.\.\. FAILED| .* FAILED)' "$out/summary.txt" || true)
total=${#tests[@]}
if [ "$status" -ne 0 ] && [ -f "$out/regression.diffs" ]; then
  cat "$out/regression.diffs"
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=$total
echo "$((total - failed)) passed, $failed failed"
exit "$status"
