#!/usr/bin/env bash
# Runs the whole audit_chain test suite on this machine, installing what it needs first:
#   1. formatting and lints (cargo fmt --check, cargo clippy -D warnings); the audit-chain tool's
#      unit tests and its signed notes checked against Go's reference implementation
#   2. in-backend #[pg_test] tests (cargo pgrx test, on a throwaway cluster pgrx starts)
#   3. pg_regress expected-output tests of the SQL surface, on a throwaway cluster
#   4. application recipes with real clients and ORMs (tests/clients/run.sh: pip and npm installs)
#   5. integration tests that connect as clients (concurrency, tampering, settings, dumps,
#      logical replication between two clusters)
#   6. the independent offline verifier (tools/verify_offline.py) against real rows
#   7. the Debian package, installed with dpkg -i on a server without the source build
#   8. with PG_MAJOR=18: pg_upgrade of a 15 cluster with audit tables to 18 (copy and link mode)
# Usage: scripts/test.sh                 (from anywhere; as root on Debian 12): against PostgreSQL 15
#        PG_MAJOR=18 scripts/test.sh     against PostgreSQL 18 (built from source once per machine),
#                                        plus pg_upgrade from 15 to 18
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/pg.sh
WORK=${AUDIT_CHAIN_TEST_DIR:-/tmp/audit_chain_test}
PORT=${AUDIT_CHAIN_TEST_PORT:-5497}

bash scripts/setup.sh

step() { printf '\n=== %s\n' "$*"; }
failures=()
run() { # run NAME CMD...: runs a step, remembers a failure, goes on with the others
  local name=$1; shift
  step "$name"
  if "$@"; then echo "--- $name: ok"; else echo "--- $name: FAILED"; failures+=("$name"); fi
}

run "cargo fmt --check" cargo fmt --all -- --check
run "cargo clippy" cargo clippy --workspace --no-default-features --features "$PG_FEATURE pg_test integration" --all-targets -- -D warnings
run "audit-chain tool and signed notes (unit tests)" cargo test -p audit-chain -p audit-chain-note
run "signed notes against Go's reference (golang.org/x/mod/sumdb/note)" bash tests/signed_note.sh

step "build and install the extension into PostgreSQL $PG_MAJOR"
# Also the install scripts of earlier releases (tests/released/), which the upgrade test installs
# before it runs ALTER EXTENSION UPDATE; a user upgrading needs only the sql/*--*--*.sql scripts.
install_extension() {
  cargo pgrx install --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG" "$@"
  install -m 644 tests/released/audit_chain--*.sql "$("$PG_CONFIG" --sharedir)/extension/"
}
install_extension

PGRX_DATA=$WORK/pgrx-data
mkdir -p "$PGRX_DATA" && chown postgres "$PGRX_DATA"
run "pg_test (in-backend tests)" cargo pgrx test "$PG_FEATURE" --no-default-features --runas postgres --pgdata "$PGRX_DATA"
# pgrx test reinstalls the extension; make sure the installed copy is this tree's.
install_extension >/dev/null

CLUSTER=$WORK/cluster
scripts/cluster.sh stop "$CLUSTER" 2>/dev/null || true
rm -rf "$CLUSTER"
# Prepared transactions: tests/concurrency.rs leaves one holding chains while others write and prune.
scripts/cluster.sh start "$CLUSTER" "$PORT" "max_prepared_transactions = 10"
trap 'scripts/cluster.sh stop "$CLUSTER"' EXIT

run "pg_regress (SQL surface)" bash scripts/regress.sh "$CLUSTER" "$PORT"
run "application recipes (psql, psycopg, SQLAlchemy + Alembic, Django, node-postgres)" \
  bash tests/clients/run.sh "$CLUSTER" "$PORT"
export AUDIT_CHAIN_TEST_PGHOST=$CLUSTER AUDIT_CHAIN_TEST_PGPORT=$PORT
# tests/witness.rs runs the audit-chain tool as a separate process.
cargo build -q -p audit-chain
export AUDIT_CHAIN_CLI=$ROOT/${CARGO_TARGET_DIR:-target}/debug/audit-chain
run "integration tests (clients of a running cluster)" \
  cargo test --no-default-features --features "$PG_FEATURE integration" --test concurrency --test tamper --test settings --test bad_input --test faults --test resources --test upgrade --test trust --test operations --test incremental --test sweep --test provenance --test track --test refusals --test witness --test worker -- --test-threads=1
if [ -f tests/offline_verify.sh ]; then
  run "offline verifier" bash tests/offline_verify.sh "$CLUSTER" "$PORT"
fi
run "Debian package (dpkg -i, CREATE EXTENSION, verify)" bash tests/package.sh
if [ "$PG_MAJOR" = 18 ]; then
  # Needs the extension built for both servers: the 15 build is installed by the script.
  run "pg_upgrade from PostgreSQL 15 to 18 (copy and link mode)" bash tests/pg_upgrade.sh
fi

step "summary"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failures[@]}"
  exit 1
fi
echo "all test stages passed"
