#!/usr/bin/env bash
# Throwaway PostgreSQL cluster (15, or the server PG_BIN names) for the demo, the tests and the benchmarks.
#   scripts/cluster.sh start DIR PORT [extra postgresql.conf lines...]
#   scripts/cluster.sh stop DIR
# DIR is created and owned by postgres; the server listens on PORT, on 127.0.0.1 and in DIR.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}   # scripts/pg.sh sets PG_BIN from PG_MAJOR
cmd=$1 dir=$2
case "$cmd" in
start)
  port=$3; shift 3
  mkdir -p "$dir"; chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    sudo -u postgres "$BIN/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    {
      echo "port = $port"
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '$dir'"
      echo "max_connections = 50"
      echo "fsync = on"
      for line in "$@"; do echo "$line"; done
    } >> "$dir/data/postgresql.conf"
  fi
  sudo -u postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w start >/dev/null
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    sudo -u postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  ;;
*) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
