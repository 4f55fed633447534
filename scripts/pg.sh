# Sourced by the scripts: which PostgreSQL server to build for, test and run. One variable picks it:
#   PG_MAJOR=15 (default): Debian 12's postgresql-15, /usr/lib/postgresql/15
#   PG_MAJOR=18: built from source by scripts/build-pg18.sh into ${PG18_PREFIX:-/opt/pg18}
# Exports PG_MAJOR, PG_BIN (server binaries), PG_CONFIG and PG_FEATURE (the cargo feature).
PG_MAJOR=${PG_MAJOR:-15}
case "$PG_MAJOR" in
15) PG_BIN=/usr/lib/postgresql/15/bin ;;
18) PG_BIN=${PG18_PREFIX:-/opt/pg18}/bin ;;
*) echo "PG_MAJOR must be 15 or 18 (the versions audit_chain is built and tested for), not $PG_MAJOR" >&2; exit 2 ;;
esac
PG_CONFIG=$PG_BIN/pg_config
PG_FEATURE=pg$PG_MAJOR
export PG_MAJOR PG_BIN PG_CONFIG PG_FEATURE
