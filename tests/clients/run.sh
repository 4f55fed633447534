#!/usr/bin/env bash
# Application recipe tests: real clients (psql, psycopg 3, SQLAlchemy 2 + Alembic, Django 5.2,
# node-postgres) against a running PostgreSQL 15 server with audit_chain installed. Each test file
# shows a problem applications meet with audit tables, then that the recipe of docs/APPLICATIONS.md
# solves it.
#
#   tests/clients/run.sh HOST PORT        HOST: a host name or a socket directory
#
# The server must accept the role ${PGUSER:-postgres} without a password, as a superuser (it
# creates databases and the extension). Each test runs in a fresh database, dropped afterwards.
# Clients are installed once, and again only when their pinned versions change:
#   ${AUDIT_CHAIN_CLIENTS_CACHE:-/var/tmp/audit_chain_clients}/venv   pip install -r requirements.txt
#   ${AUDIT_CHAIN_CLIENTS_CACHE:-/var/tmp/audit_chain_clients}/node   npm ci (package-lock.json)
# Prints one line per test (its checks are shown when it fails, or always with VERBOSE=1);
# exits 1 if any test failed, 2 if the clients could not be installed or the server reached.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 HOST PORT" >&2
  exit 2
fi
HOST=$1 PORT=$2
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${AUDIT_CHAIN_CLIENTS_CACHE:-/var/tmp/audit_chain_clients}
USER_=${PGUSER:-postgres}
PSQL=${PSQL:-$( [ -x /usr/lib/postgresql/15/bin/psql ] && echo /usr/lib/postgresql/15/bin/psql || echo psql )}
PYTHON=${PYTHON:-python3}
mkdir -p "$CACHE"

# --- clients, installed under a lock so that concurrent runs share one cache ------------------
install_clients() {
  local venv=$CACHE/venv stamp want
  want=$( { cat "$HERE/requirements.txt"; "$PYTHON" -VV; } | sha256sum | cut -d' ' -f1)
  stamp=$venv/.audit_chain_requirements
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "installing Python clients into $venv" >&2
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
    echo "$want" > "$stamp"
  fi

  local node=$CACHE/node
  want=$( { cat "$HERE/package.json" "$HERE/package-lock.json"; node --version; } | sha256sum | cut -d' ' -f1)
  stamp=$node/.audit_chain_lock
  if [ ! -d "$node/node_modules/pg" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "installing node clients into $node" >&2
    rm -rf "$node"
    mkdir -p "$node"
    cp "$HERE/package.json" "$HERE/package-lock.json" "$node/"
    (cd "$node" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$want" > "$stamp"
  fi
}
(
  flock 9
  install_clients
) 9>"$CACHE/.lock" || { echo "FAIL installing the clients" >&2; exit 2; }

if ! "$PSQL" -X -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres -c 'SELECT 1' >/dev/null; then
  echo "FAIL cannot connect to $HOST:$PORT as $USER_" >&2
  exit 2
fi

# --- tests ------------------------------------------------------------------------------------
export AC_PGHOST=$HOST AC_PGPORT=$PORT AC_PGUSER=$USER_ PSQL
export PYTHONPATH=$HERE PYTHONDONTWRITEBYTECODE=1 NODE_PATH=$CACHE/node/node_modules
LOGS=$(mktemp -d)
DBS=()
cleanup() {
  for db in "${DBS[@]}"; do
    "$PSQL" -X -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres \
      -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$LOGS"
}
trap cleanup EXIT

run_test() { # run_test NAME: the test's command, in tests/clients
  case $1 in
    psql) bash "$HERE/test_psql.sh" ;;
    sqlalchemy) "$CACHE/venv/bin/python" "$HERE/test_sqlalchemy.py" ;;
    django) "$CACHE/venv/bin/python" "$HERE/test_django.py" ;;
    node-pg) node "$HERE/test_node.js" ;;
  esac
}
failed=()
for name in psql sqlalchemy django node-pg; do
  db="ac_clients_${name//[^a-z]/_}_$$"
  DBS+=("$db")
  start=$(date +%s%N)
  if "$PSQL" -X -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres -v ON_ERROR_STOP=1 \
       -c "CREATE DATABASE \"$db\"" >"$LOGS/$name" 2>&1 &&
     "$PSQL" -X -q -h "$HOST" -p "$PORT" -U "$USER_" -d "$db" -v ON_ERROR_STOP=1 \
       -c "CREATE EXTENSION audit_chain" >>"$LOGS/$name" 2>&1 &&
     (cd "$HERE" && AC_PGDATABASE=$db run_test "$name") >>"$LOGS/$name" 2>&1; then
    status=ok
  else
    status=FAIL
    failed+=("$name")
  fi
  "$PSQL" -X -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres \
    -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  summary=$(grep -E '^[0-9]+ of [0-9]+ checks passed' "$LOGS/$name" | tail -n 1 || true)
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-4s %-11s %-24s %3d.%01ds\n' "$status" "$name" "${summary:-no checks ran}" \
    $((ms / 1000)) $((ms % 1000 / 100))
  if [ "$status" = FAIL ] || [ "${VERBOSE:-0}" = 1 ]; then
    sed 's/^/    | /' "$LOGS/$name"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "client tests failed: ${failed[*]}"
  exit 1
fi
echo "all client tests passed"
