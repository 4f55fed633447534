#!/usr/bin/env bash
# Runs the pg_regress expected-output tests (tests/pg_regress) against a running cluster with
# the server's own pg_regress. A missing or different expected file fails the run; output is
# never accepted automatically.
#   scripts/regress.sh SOCKET_DIR PORT
# The cluster must accept the superuser postgres (scripts/cluster.sh start DIR PORT does).
# The database regress_db and the tests' roles are recreated from scratch on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then echo "usage: $0 SOCKET_DIR PORT" >&2; exit 2; fi
host=$1 port=$2
PG_REGRESS=$("${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}" --pkglibdir)/pgxs/src/test/regress/pg_regress
# 14_signed_note signs notes outside the database with the audit-chain tool (test keys in tests/data).
if [ -z "${AUDIT_CHAIN_CLI:-}" ]; then
  cargo build -q -p audit-chain
  AUDIT_CHAIN_CLI=$PWD/${CARGO_TARGET_DIR:-target}/debug/audit-chain
fi
export AUDIT_CHAIN_CLI
out=$(mktemp -d /tmp/audit_chain_regress.XXXXXX)
chmod 777 "$out"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres -d postgres)
export PGOPTIONS='-c client_min_messages=warning'
# Audit tables cannot be dropped, but a whole database can: the suite gets a fresh one.
"${psql[@]}" -c "DROP DATABASE IF EXISTS regress_db WITH (FORCE)"
# Roles are cluster-wide: every role the tests create is dropped so that each run starts clean
# (they owned or had rights only in regress_db, which is gone now).
"${psql[@]}" -c "DROP ROLE IF EXISTS regress_app, regress_app2, regress_other, regress_owner, regress_auditor, regress_peek, regress_prov_login, regress_prov_writer, regress_prov_definer, regress_tracker, regress_refusal_app, regress_witness, regress_cosign_peek, regress_monitor"
"${psql[@]}" -c "CREATE DATABASE regress_db"
unset PGOPTIONS
mapfile -t tests < <(ls tests/pg_regress/sql/*.sql | xargs -n1 basename | sed 's/\.sql$//' | sort)
total=${#tests[@]}
if [ "$total" -eq 0 ]; then echo "no tests in tests/pg_regress/sql" >&2; exit 2; fi
status=0
timeout 300 "$PG_REGRESS" --use-existing --host="$host" --port="$port" --user=postgres --dbname=regress_db \
  --inputdir=tests/pg_regress --outputdir="$out" "${tests[@]}" | tee "$out/summary.txt" || status=$?
passed=$(grep -cE '^(ok|test .* \.\.\. ok)' "$out/summary.txt" || true)
failed=$((total - passed))
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  [ -f "$out/regression.diffs" ] && cat "$out/regression.diffs"
  echo "(results kept in $out)"
  [ "$status" -eq 0 ] && status=1
else
  rm -rf "$out"
fi
echo "$passed passed, $failed failed"
exit "$status"
