#!/usr/bin/env bash
# pg_upgrade from PostgreSQL 15 to 18 keeps every proof. For each mode (copy, link):
#   1. a PostgreSQL 15 cluster gets audit tables: every supported type (tests/released/fixture.sql:
#      several chains, rows written under other session settings, a column added later, a pruned
#      and checkpointed table), a retention period, a grant; a digest is taken of every table;
#   2. pg_upgrade moves it to a new PostgreSQL 18 cluster;
#   3. on 18: audit_verify() is true, every digest taken before verifies, the guards refuse,
#      inserts continue every chain, and verification stays true.
# Needs both servers (scripts/pg.sh; 18 from scripts/build-pg18.sh) and installs the extension
# built for each. Run by `PG_MAJOR=18 scripts/test.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=/usr/lib/postgresql/15/bin
NEW=${PG18_PREFIX:-/opt/pg18}/bin
WORK=${AUDIT_CHAIN_UPGRADE_DIR:-/tmp/audit_chain_pg_upgrade}
OLD_PORT=5476 NEW_PORT=5477

for major in 15 18; do
  PG_MAJOR=$major bash -c 'source scripts/pg.sh && cargo pgrx install --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG" >/dev/null'
done

fail() { echo "pg_upgrade test: $*" >&2; exit 1; }

# Debian's PostgreSQL 15.20 stamps every column with an attribute option, pg_attver, that its own
# pg_dump leaves out but PostgreSQL 18.6's pg_dump copies, and 18.6's server rejects
# ("unrecognized parameter"): pg_upgrade from 15.20 to 18.6 fails for any database with a table,
# audit_chain or not. pg_upgrade is therefore given the 18 binaries through a directory whose
# pg_restore drops that option from what it restores (tests/pg_upgrade_restore.sh); everything
# else is PostgreSQL's own.
NEWBIN=$WORK/bin18
prepare_new_bin() {
  rm -rf "$NEWBIN"
  mkdir -p "$NEWBIN"
  for f in "$NEW"/*; do ln -s "$f" "$NEWBIN/$(basename "$f")"; done
  rm "$NEWBIN/pg_restore"
  install -m 755 tests/pg_upgrade_restore.sh "$NEWBIN/pg_restore"
  echo "$NEW" > "$NEWBIN/.real_bindir"
  chmod -R a+rX "$WORK"
}
q() { # q PORT DIR DB SQL: one value
  psql -X -q -At -v ON_ERROR_STOP=1 -h "$2" -p "$1" -U postgres -d "$3" -c "$4"
}

run_mode() {
  local mode=$1 dir=$WORK/$1
  PG_BIN=$OLD scripts/cluster.sh stop "$dir/old" 2>/dev/null || true
  PG_BIN=$NEW scripts/cluster.sh stop "$dir/new" 2>/dev/null || true
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"; chmod 755 "$WORK"
  PG_BIN=$OLD scripts/cluster.sh start "$dir/old" "$OLD_PORT"
  psql -X -q -v ON_ERROR_STOP=1 -h "$dir/old" -p "$OLD_PORT" -U postgres -d postgres -c "CREATE DATABASE upgraded"
  local version
  version=$(sed -n "s/^version = \"\(.*\)\"/\1/p" Cargo.toml | head -1)
  psql -X -q -v ON_ERROR_STOP=1 -h "$dir/old" -p "$OLD_PORT" -U postgres -d upgraded \
    -v version="$version" -f tests/released/fixture.sql >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 -h "$dir/old" -p "$OLD_PORT" -U postgres -d upgraded >/dev/null <<'SQL'
SET search_path = "Fixture Schema", public;
CREATE ROLE upgrade_auditor;
SELECT audit_grant('"Events"', 'upgrade_auditor');
SELECT audit_set_retention('everything', '30 days');
SQL
  local digests before_seq
  digests=$(q "$OLD_PORT" "$dir/old" upgraded "SELECT audit_checkpoint()")
  [ "$(q "$OLD_PORT" "$dir/old" upgraded "SELECT audit_verify()")" = t ] || fail "$mode: 15 does not verify before the upgrade"
  before_seq=$(q "$OLD_PORT" "$dir/old" upgraded "SELECT sum(head_seq) FROM audit_tables")
  PG_BIN=$OLD scripts/cluster.sh stop "$dir/old"

  # 18 turns data checksums on by default; pg_upgrade needs them as the old cluster had them (off).
  sudo -u postgres "$NEW/initdb" -D "$dir/new/data" -A trust -U postgres --no-data-checksums >/dev/null
  ( cd "$dir" && sudo -u postgres "$NEW/pg_upgrade" --"$mode" \
      -b "$OLD" -B "$NEWBIN" -d "$dir/old/data" -D "$dir/new/data" \
      -p "$OLD_PORT" -P "$NEW_PORT" -U postgres >"$dir/pg_upgrade.log" 2>&1 ) \
    || { tail -30 "$dir/pg_upgrade.log"; fail "$mode: pg_upgrade failed"; }
  {
    echo "port = $NEW_PORT"
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$dir/new'"
  } >> "$dir/new/data/postgresql.conf"
  PG_BIN=$NEW scripts/cluster.sh start "$dir/new" "$NEW_PORT"

  local server
  server=$(q "$NEW_PORT" "$dir/new" upgraded "SHOW server_version_num")
  [ "${server:0:2}" = 18 ] || fail "$mode: the upgraded cluster runs $server"
  [ "$(q "$NEW_PORT" "$dir/new" upgraded "SELECT audit_verify()")" = t ] || fail "$mode: audit_verify() false after pg_upgrade"
  [ "$(q "$NEW_PORT" "$dir/new" upgraded "SELECT audit_verify_digest('$digests'::jsonb)")" = t ] \
    || fail "$mode: a digest taken before pg_upgrade does not verify after it"
  local code
  code=$(psql -X -q -At -h "$dir/new" -p "$NEW_PORT" -U postgres -d upgraded -v VERBOSITY=sqlstate \
          -c 'UPDATE "Fixture Schema"."Events" SET actor = NULL' 2>&1 || true)
  [[ "$code" == *42501* ]] || fail "$mode: UPDATE was not refused after pg_upgrade: $code"
  code=$(psql -X -q -At -h "$dir/new" -p "$NEW_PORT" -U postgres -d upgraded -v VERBOSITY=sqlstate \
          -c 'DROP TABLE "Fixture Schema".everything' 2>&1 || true)
  [[ "$code" == *42501* ]] || fail "$mode: DROP TABLE was not refused after pg_upgrade: $code"
  # Every chain continues: one transaction per chain of each table, until each chain has grown.
  psql -X -q -v ON_ERROR_STOP=1 -h "$dir/new" -p "$NEW_PORT" -U postgres -d upgraded >/dev/null <<'SQL'
SET search_path = "Fixture Schema", public;
INSERT INTO everything (t) SELECT 'after pg_upgrade ' || g FROM generate_series(1, 5) g;
INSERT INTO "Events" (id, actor) SELECT -1000 - g, 'after pg_upgrade' FROM generate_series(1, 5) g;
SQL
  local after_seq
  after_seq=$(q "$NEW_PORT" "$dir/new" upgraded "SELECT sum(head_seq) FROM audit_tables")
  [ "$after_seq" -eq $((before_seq + 10)) ] || fail "$mode: chains did not continue ($before_seq -> $after_seq)"
  [ "$(q "$NEW_PORT" "$dir/new" upgraded "SELECT audit_verify()")" = t ] || fail "$mode: audit_verify() false after inserts on 18"
  [ "$(q "$NEW_PORT" "$dir/new" upgraded "SELECT audit_verify_digest(audit_checkpoint())")" = t ] \
    || fail "$mode: a checkpoint taken on 18 does not verify"
  PG_BIN=$NEW scripts/cluster.sh stop "$dir/new"
  echo "pg_upgrade --$mode: 15 -> $server, every table and digest verifies, guards refuse, chains continue"
}

mkdir -p "$WORK"
prepare_new_bin
run_mode copy
run_mode link
rm -rf "$WORK"
