#!/usr/bin/env bash
# psql \copy into an audit table: without a column list (the problem), with one (the recipe).
# Run by tests/clients/run.sh, which sets AC_PGHOST, AC_PGPORT, AC_PGUSER, AC_PGDATABASE and PSQL.
set -uo pipefail
PSQL=${PSQL:-psql}
export PGHOST=$AC_PGHOST PGPORT=$AC_PGPORT PGUSER=${AC_PGUSER:-postgres} PGDATABASE=$AC_PGDATABASE
q() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0 total=0
ok() { total=$((total + 1)); echo "ok   $1"; }
fail() { total=$((total + 1)); failed=$((failed + 1)); echo "FAIL $1"; shift; printf '  %s\n' "$@"; }

# setup
if q -c "CREATE TABLE events (actor text NOT NULL, action text NOT NULL, payload jsonb)" \
     -c "SELECT audit_enable('events')" >/dev/null; then ok "setup: audit table events"
else fail "setup: audit table events"; fi
printf 'alice\tlogin\t{"ip": "10.0.0.7"}\nbob\tlogout\t\\N\n' > "$tmp/events.tsv"
printf 'actor,action\ncarol,export\ndave,import\n' > "$tmp/events.csv"

# problem: \copy without a column list expects every column, the chain columns included
title='problem: \copy events FROM file without a column list fails (missing data for column "audit_chain_id")'
if out=$(q -c "\\copy events FROM '$tmp/events.tsv'" 2>&1); then
  fail "$title" "it succeeded: $out"
elif [[ $out != *'missing data for column "audit_chain_id"'* ]]; then
  fail "$title" "unexpected error: $out"
else ok "$title"; fi

# recipe: name the columns the file has
title='recipe: \copy events (actor, action, payload) FROM file, and CSV with HEADER -> rows chained, verify true'
if out=$(q -c "\\copy events (actor, action, payload) FROM '$tmp/events.tsv'" \
           -c "\\copy events (actor, action) FROM '$tmp/events.csv' WITH (FORMAT csv, HEADER true)" \
           -c "SELECT count(*), count(audit_hash), bool_and(length(audit_hash) = 32) FROM events" \
           -c "SELECT audit_verify()" 2>&1) && [ "$out" = $'4|4|t\nt' ]; then
  ok "$title"
else fail "$title" "$out"; fi

# an export names the columns too: what a re-import needs, chain columns kept for the record
title='recipe: \copy (SELECT ...) TO file and back into another audit table -> new chain, verify true'
if out=$(q -c "\\copy (SELECT actor, action, payload FROM events ORDER BY audit_at) TO '$tmp/out.tsv'" \
           -c "CREATE TABLE events_copy (actor text NOT NULL, action text NOT NULL, payload jsonb)" \
           -c "SELECT audit_enable('events_copy')" \
           -c "\\copy events_copy (actor, action, payload) FROM '$tmp/out.tsv'" \
           -c "SELECT count(*) FROM events_copy" -c "SELECT audit_verify()" 2>&1) &&
   [ "$(tail -n 2 <<<"$out")" = $'4\nt' ]; then
  ok "$title"
else fail "$title" "$out"; fi

echo "$((total - failed)) of $total checks passed"
[ "$failed" -eq 0 ]
