#!/usr/bin/env bash
# pg_restore as tests/pg_upgrade.sh hands it to pg_upgrade: restores what pg_upgrade dumped through
# a script with the column option pg_attver removed, using the real binaries of the directory
# named in .real_bindir beside this file. Why: Debian's PostgreSQL 15.20 stamps every column with
# that option, its own pg_dump leaves it out, but PostgreSQL 18.6's pg_dump (which pg_upgrade
# uses) copies it and 18.6's server rejects it, so pg_upgrade fails for any table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bindir=$(cat "$here/.real_bindir")
real=$bindir/pg_restore
for a in "$@"; do
  case "$a" in -V | --version | -\? | --help) exec "$real" "$@" ;; esac
done
args=() conn=() db=postgres
while [ $# -gt 0 ]; do
  case "$1" in
  --dbname) db=$2; shift 2 ;;
  --dbname=*) db=${1#--dbname=}; shift ;;
  --host | --port | --username) conn+=("$1" "$2"); shift 2 ;;
  --host=* | --port=* | --username=*) conn+=("$1"); shift ;;
  --exit-on-error | --transaction-size=*) shift ;;
  *) args+=("$1"); shift ;;
  esac
done
"$real" "${args[@]}" -f - \
  | sed -E 's/pg_attver=[0-9]+, ?//; s/, ?pg_attver=[0-9]+//; /ALTER COLUMN .* SET \(pg_attver=[0-9]+\);$/d' \
  | "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "${conn[@]}" -d "$db" >/dev/null
