#!/usr/bin/env bash
# One command for a newcomer: installs what is needed, builds and installs audit_chain into the
# local PostgreSQL 15 (PG_MAJOR=18: PostgreSQL 18, built from source once per machine), starts a
# throwaway cluster and runs a short demo against it:
# insert, verify, tamper as a superuser who bypasses the guards, verify again.
# The cluster is stopped at the end; KEEP=1 leaves it running (the script prints how to connect).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DEMO_DIR:-/tmp/audit_chain_demo}
PORT=${DEMO_PORT:-5488}

source scripts/pg.sh
bash scripts/setup.sh
cargo pgrx install --release --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG"
scripts/cluster.sh stop "$DIR" 2>/dev/null || true
rm -rf "$DIR"
scripts/cluster.sh start "$DIR" "$PORT"
[ "${KEEP:-0}" = 1 ] || trap 'scripts/cluster.sh stop "$DIR"' EXIT

psql -X -q -h "$DIR" -p "$PORT" -U postgres -c 'CREATE DATABASE demo'
psql -X -h "$DIR" -p "$PORT" -U postgres -d demo -v ON_ERROR_STOP=0 -e <<'SQL'
CREATE EXTENSION audit_chain;
CREATE TABLE events (actor text NOT NULL, action text NOT NULL, payload jsonb);
SELECT audit_enable('events');
INSERT INTO events (actor, action, payload) VALUES ('alice', 'login', '{"ip":"10.0.0.7"}');
INSERT INTO events (actor, action, payload)
  SELECT 'bob', 'transfer', jsonb_build_object('amount', g) FROM generate_series(1, 5) g;
SELECT actor, action, payload, audit_chain_id, audit_seq, audit_login, audit_xid, left(encode(audit_hash, 'hex'), 16) AS hash
  FROM events ORDER BY audit_chain_id, audit_seq;
SELECT audit_verify();
-- The guards: ordinary changes are refused, for every role.
UPDATE events SET payload = '{"amount": 5000}' WHERE actor = 'bob';
DELETE FROM events;
-- A superuser can switch the guards off and rewrite a row...
ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
ALTER TABLE events DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
UPDATE events SET payload = '{"amount": 5000}' WHERE actor = 'bob' AND payload->>'amount' = '3';
ALTER TABLE events ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
-- ...but verification names the row.
SELECT audit_verify();
SELECT * FROM audit_verify_report();
SQL
if [ "${KEEP:-0}" = 1 ]; then
  echo "cluster left running: psql -h $DIR -p $PORT -U postgres demo   (stop: scripts/cluster.sh stop $DIR)"
fi
