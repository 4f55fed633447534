#!/usr/bin/env bash
# Installs everything audit_chain needs to build and test on Debian 12, idempotently:
# PostgreSQL 15 server + headers, clang (bindgen), sudo (pgrx runs the server as postgres), Go and
# golang.org/x/mod (tests/signed_note.sh checks signed notes against Go's reference, offline),
# cargo-pgrx 0.18.0, and `cargo pgrx init` against the system PostgreSQL 15; with PG_MAJOR=18 also
# PostgreSQL 18, built from source once per machine (scripts/build-pg18.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh
PG15_CONFIG=/usr/lib/postgresql/15/bin/pg_config
PGRX_VERSION=0.18.0

need_pkgs=()
for p in postgresql-15 postgresql-server-dev-15 postgresql-contrib libclang-dev clang sudo \
    golang-go golang-golang-x-mod-dev; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "setup: installing ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need_pkgs[@]}"
fi

if ! cargo pgrx --version 2>/dev/null | grep -q "$PGRX_VERSION"; then
  echo "setup: installing cargo-pgrx $PGRX_VERSION (a few minutes)"
  cargo install cargo-pgrx --version "$PGRX_VERSION" --locked
fi

if [ "$PG_MAJOR" = 18 ]; then
  bash scripts/build-pg18.sh
fi
# pgrx knows every server this machine has (15 always; 18 once it is built).
init=(--pg15 "$PG15_CONFIG")
if "${PG18_PREFIX:-/opt/pg18}/bin/pg_config" --version 2>/dev/null | grep -q '^PostgreSQL 18'; then
  init+=(--pg18 "${PG18_PREFIX:-/opt/pg18}/bin/pg_config")
fi
config="${PGRX_HOME:-$HOME/.pgrx}/config.toml"
if ! grep -q "pg15" "$config" 2>/dev/null || { [ ${#init[@]} -gt 2 ] && ! grep -q "pg18" "$config"; }; then
  cargo pgrx init "${init[@]}"
fi
echo "setup: ok"
