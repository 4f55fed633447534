#!/usr/bin/env bash
# The Debian package works on its own: build it (scripts/package.sh), take every audit_chain file
# the source build installed off the server, install the package with dpkg -i, and on a fresh
# cluster of that server run CREATE EXTENSION, an audit table, a verification, and the upgrade path
# from the previous release's script (which the package must carry). The package is removed
# afterwards and the source build reinstalled. Run by scripts/test.sh, for PG_MAJOR's server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh
DIR=${AUDIT_CHAIN_PACKAGE_DIR:-/tmp/audit_chain_package}
PORT=5475
fail() { echo "package test: $*" >&2; exit 1; }

# PGXN's META.json names the version Cargo.toml builds.
cargo_version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
meta_version=$(python3 -c 'import json; m = json.load(open("META.json")); print(m["version"], m["provides"]["audit_chain"]["version"])')
[ "$meta_version" = "$cargo_version $cargo_version" ] || fail "META.json says $meta_version, Cargo.toml $cargo_version"

deb=$(bash scripts/package.sh)
name=postgresql-$PG_MAJOR-audit-chain
libdir=$("$PG_CONFIG" --pkglibdir)
extdir=$("$PG_CONFIG" --sharedir)/extension
contents=$(dpkg -c "$deb")
grep -q "/audit_chain.so$" <<<"$contents" || fail "no library in $deb"
grep -q "/audit_chain.control$" <<<"$contents" || fail "no control file in $deb"
grep -q "/audit_chain--0.5.0--0.6.0.sql$" <<<"$contents" || fail "the upgrade scripts are not in $deb"

# Only what the package brings: nothing of the source build stays on the server.
dpkg -r "$name" >/dev/null 2>&1 || true
rm -f "$libdir/audit_chain.so" "$extdir"/audit_chain.control "$extdir"/audit_chain--*.sql
dpkg -i "$deb" >/dev/null
dpkg -s "$name" | grep -q '^Status: install ok installed' || fail "$name is not installed"

scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT"
trap 'scripts/cluster.sh stop "$DIR"' EXIT
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE pkg"
result=$("${psql[@]}" -d pkg <<'SQL'
CREATE EXTENSION audit_chain;
CREATE TABLE events (actor text, action text);
SELECT audit_enable('events');
INSERT INTO events VALUES ('alice', 'login'), ('bob', 'logout');
SELECT audit_verify() AND audit_verify_digest(audit_checkpoint('events'));
SQL
)
[ "$(echo "$result" | tail -1)" = t ] || fail "verification on the packaged extension: $result"
version=$("${psql[@]}" -d pkg -c "SELECT extversion FROM pg_extension WHERE extname = 'audit_chain'")
echo "package test: $(basename "$deb") installed with dpkg -i; CREATE EXTENSION audit_chain ($version), audit_verify() true"
scripts/cluster.sh stop "$DIR"
trap - EXIT

# Back to the source build for whatever runs next.
dpkg -r "$name" >/dev/null
cargo pgrx install --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG" >/dev/null
install -m 644 tests/released/audit_chain--*.sql "$extdir/"
