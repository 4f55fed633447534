#!/usr/bin/env bash
# Records tests/released/<version>-database.sql: the rows of tests/released/fixture.sql (every
# supported type, NULLs, other session settings, a column added later, a pruned and checkpointed
# table) exactly as release <version>'s library hashed them, as a pg_dump. tests/upgrade.rs restores
# every such dump under the current library and requires every row to verify. Run once per
# release, with that release's build:
#   git worktree add /tmp/rel <tag> && (cd /tmp/rel && cargo build --features pg15)
#   bash scripts/make-release-fixture.sh <version> /tmp/rel/target/debug/libaudit_chain.so
# Needs tests/released/audit_chain--<version>.sql installed (scripts/test.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$1 library=$2
DIR=/tmp/audit_chain_fixture PORT=5466
db="fixture_${version//./_}"
scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
mkdir -p "$DIR/lib"
# The release's library, found before the installed one.
cp "$library" "$DIR/lib/audit_chain.so"
chmod -R a+rX "$DIR"
scripts/cluster.sh start "$DIR" "$PORT" "dynamic_library_path = '$DIR/lib:\$libdir'"
trap 'scripts/cluster.sh stop "$DIR"' EXIT
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE $db"
"${psql[@]}" -d "$db" -v version="$version" -f tests/released/fixture.sql
# Make sure it is that library the backends load (the rows were hashed by it).
loaded=$("${psql[@]}" -d "$db" -At -c "SELECT audit_verify()" \
  -c "SELECT position('$DIR/lib/audit_chain.so' IN pg_read_file('/proc/self/maps')) > 0")
[ "$loaded" = "$(printf 't\nt')" ] || { echo "verification failed or wrong library: $loaded" >&2; exit 1; }
"${psql[@]}" -d "$db" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'audit_chain'" | grep -qx "$version"
pg_dump -h "$DIR" -p "$PORT" -U postgres --no-comments "$db" > "tests/released/$version-database.sql"
echo "wrote tests/released/$version-database.sql ($(wc -l < "tests/released/$version-database.sql") lines)"
