#!/usr/bin/env bash
# The independent verifier (tools/verify_offline.py, standard-library Python, never calling
# audit_chain) against real rows: it must agree with the extension on an intact table written
# under varied session settings, and name the row a superuser changed.
#   tests/offline_verify.sh SOCKET_DIR PORT
set -uo pipefail
cd "$(dirname "$0")/.."
export PGHOST=$1 PGPORT=$2 PGUSER=postgres PGDATABASE=offline_db
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS offline_db" -c "DROP ROLE IF EXISTS offline_writer" \
  -c "CREATE DATABASE offline_db"
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
passed=0 failed=0
check() { # check NAME EXPECTED_RC EXPECTED_OUTPUT_PATTERN
  local out rc
  out=$(python3 tools/verify_offline.py "${TABLE}" 2>&1); rc=$?
  if [ "$rc" = "$2" ] && grep -qE "$3" <<<"$out"; then
    passed=$((passed + 1)); echo "ok: $1"
  else
    failed=$((failed + 1)); echo "FAILED: $1 (exit $rc): $out"
  fi
}
q <<'SQL'
CREATE EXTENSION audit_chain;
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE typed (t text, vc varchar(5), ch char(3), i2 int2, i4 int, i8 bigint, n numeric, f4 real,
  f8 float8, b bool, d date, ts timestamp, tz timestamptz, iv interval, tm time, u uuid, by bytea,
  js json, jb jsonb, ip inet, m mood, ia int[], ta text[]);
SELECT audit_enable('typed', 2);
SQL
for tz in UTC Asia/Kolkata America/St_Johns; do
  q <<SQL
SET TimeZone = '$tz'; SET DateStyle = 'SQL, DMY'; SET extra_float_digits = -2; SET bytea_output = 'escape';
INSERT INTO typed VALUES ('x', 'ab', 'a', 1, -2, 3, 'NaN', 'NaN', '-0', true, '2024-02-29', '2024-01-01 10:00:00.5',
  'infinity', '1 year -2 days 03:00', '10:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\x00ff', '{"a": 1}',
  '{"b": 2, "a": [1.50]}', '10.0.0.1', 'happy', '{1,NULL,3}', '{"a",NULL,""}');
INSERT INTO typed (t, f8, tz, n, jb) VALUES ('', 0.1, '2024-06-01 12:00:00.123456+02', '-1.50', 'null');
INSERT INTO typed (t, ia) VALUES (NULL, '{{1,2},{3,4}}');
SQL
done
# Format 2 provenance: a TCP client (an address), a role set within the session, a Unix socket (NULL).
q -h 127.0.0.1 -c "INSERT INTO typed (t) VALUES ('over tcp')"
q -c "CREATE ROLE offline_writer" -c "GRANT INSERT ON typed TO offline_writer"
q -c "SET ROLE offline_writer" -c "INSERT INTO typed (t) VALUES ('set role')"
TABLE=typed
[ "$(q -c "SELECT audit_verify('typed')")" = t ] || echo "note: audit_verify('typed') is not true"
[ "$(q -c "SELECT count(*) FROM typed WHERE audit_client = '127.0.0.1' AND audit_role IS NULL")" = 1 ] \
  || echo "note: the TCP row does not carry 127.0.0.1"
check "intact format-2 table verifies offline" 0 "^OK typed 11 rows"
# Format 1 (a table recorded by an earlier release, restored and adopted): its own audit_login
# column is an ordinary column.
q <<'SQL' >/dev/null
CREATE TABLE old_format (msg text, audit_login text, audit_chain_id integer, audit_seq bigint,
  audit_at timestamptz, audit_prev bytea, audit_hash bytea);
SELECT audit_adopt('old_format');
INSERT INTO old_format (msg, audit_login) VALUES ('one', 'app'), ('two', NULL), ('', '');
SQL
TABLE=old_format
[ "$(q -c "SELECT format_version FROM audit_chain.tables WHERE relid = 'old_format'::regclass")" = 1 ] \
  || echo "note: old_format is not of format 1"
check "intact format-1 table verifies offline" 0 "^OK old_format 3 rows"
TABLE=typed
q <<'SQL'
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE typed DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE typed SET jb = '{"b": 3}' WHERE audit_seq = 2 AND audit_chain_id = (SELECT min(audit_chain_id) FROM typed WHERE audit_seq = 2);
ALTER TABLE typed ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SQL
check "a changed row is named offline" 1 "seq 2: row_modified"
q <<'SQL'
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE typed DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE typed SET audit_client = NULL WHERE t = 'over tcp';
ALTER TABLE typed ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
SQL
seq=$(q -c "SELECT audit_seq FROM typed WHERE t = 'over tcp'")
check "changed provenance is named offline" 1 "seq $seq: row_modified"
q -c "CREATE TABLE odd (p point); SELECT audit_enable('odd')" >/dev/null
TABLE=odd
check "an unsupported type is refused, not guessed" 2 "unsupported type"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
