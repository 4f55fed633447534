// node-postgres (pg) against an audit table. Run by tests/clients/run.sh, which sets AC_PGHOST
// (host or socket directory), AC_PGPORT, AC_PGUSER, AC_PGDATABASE (a fresh database with the
// extension) and NODE_PATH (where `npm ci` put pg).
'use strict';
const assert = require('node:assert/strict');
const { Client } = require('pg');

const config = {
  host: process.env.AC_PGHOST,
  port: Number(process.env.AC_PGPORT),
  user: process.env.AC_PGUSER || 'postgres',
  database: process.env.AC_PGDATABASE,
};

const checks = [];
const check = (title, fn) => checks.push({ title, fn });

// Runs fn, which must fail with a database error of SQLSTATE `code`; returns the error.
async function expectCode(code, fn) {
  let err = null;
  try {
    await fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected SQLSTATE ${code}, but the statement succeeded`);
  assert.equal(err.code, code, `expected SQLSTATE ${code}, got ${err.code}: ${err.message}`);
  return err;
}

let client;

check('setup: audit table events', async () => {
  await client.query(
    `CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       actor text NOT NULL, action text NOT NULL, payload jsonb)`);
  await client.query("SELECT audit_enable('events')");
});

check('parameterized INSERT ... RETURNING audit_seq, audit_hash', async () => {
  const { rows } = await client.query(
    'INSERT INTO events (actor, action, payload) VALUES ($1, $2, $3) RETURNING id, audit_chain_id, audit_seq, audit_hash',
    ['alice', 'login', { ip: '10.0.0.7' }]);
  assert.equal(rows.length, 1);
  const r = rows[0];
  assert.equal(typeof r.audit_seq, 'string'); // bigint arrives as a string in pg
  assert.ok(BigInt(r.audit_seq) >= 1n);
  assert.ok(Buffer.isBuffer(r.audit_hash) && r.audit_hash.length === 32);
  const stored = await client.query('SELECT audit_seq, audit_hash FROM events WHERE id = $1', [r.id]);
  assert.equal(stored.rows[0].audit_seq, r.audit_seq);
  assert.ok(stored.rows[0].audit_hash.equals(r.audit_hash));
});

check('chain values a client sends are replaced by the trigger', async () => {
  const fake = Buffer.alloc(32, 0xab);
  const { rows } = await client.query(
    `INSERT INTO events (actor, action, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash)
     VALUES ($1, $2, 999, 999999, '2000-01-01', $3, $3) RETURNING audit_chain_id, audit_seq, audit_at, audit_hash`,
    ['bob', 'forged', fake]);
  const r = rows[0];
  assert.notEqual(r.audit_chain_id, 999);
  assert.notEqual(r.audit_seq, '999999');
  assert.ok(r.audit_at.getFullYear() > 2000);
  assert.ok(!r.audit_hash.equals(fake));
});

check('transaction with several inserts (and one rolled back) -> all chained, verify true', async () => {
  await client.query('BEGIN');
  const seen = [];
  for (let i = 0; i < 5; i++) {
    const { rows } = await client.query(
      'INSERT INTO events (actor, action) VALUES ($1, $2) RETURNING audit_chain_id, audit_seq',
      ['carol', `step${i}`]);
    seen.push(`${rows[0].audit_chain_id}/${rows[0].audit_seq}`);
  }
  await client.query('COMMIT');
  // A transaction keeps one chain and gets consecutive sequence numbers in it.
  const [chain, first] = seen[0].split('/');
  assert.deepEqual(seen, [0, 1, 2, 3, 4].map((i) => `${chain}/${BigInt(first) + BigInt(i)}`));
  await client.query('BEGIN');
  await client.query("INSERT INTO events (actor, action) VALUES ('carol', 'undone')");
  await client.query('ROLLBACK');
  const n = await client.query("SELECT count(*)::int AS n FROM events WHERE actor = 'carol'");
  assert.equal(n.rows[0].n, 5);
  const v = await client.query('SELECT audit_verify() AS ok');
  assert.equal(v.rows[0].ok, true);
});

check("UPDATE, DELETE, TRUNCATE fail with err.code === '42501'", async () => {
  const err = await expectCode('42501', () =>
    client.query("UPDATE events SET actor = $1 WHERE actor = 'alice'", ['mallory']));
  assert.match(err.message, /UPDATE is not allowed on audit table/);
  await expectCode('42501', () => client.query("DELETE FROM events WHERE actor = 'alice'"));
  await expectCode('42501', () => client.query('TRUNCATE events'));
  // In a transaction the error aborts it, as any error does.
  await client.query('BEGIN');
  await expectCode('42501', () => client.query("UPDATE events SET actor = 'x'"));
  await expectCode('25P02', () => client.query('SELECT 1'));
  await client.query('ROLLBACK');
});

check('SELECT audit_verify() is true', async () => {
  const { rows } = await client.query('SELECT audit_verify() AS ok');
  assert.equal(rows[0].ok, true);
});

(async () => {
  client = new Client(config);
  await client.connect();
  let failed = 0;
  for (const { title, fn } of checks) {
    const start = Date.now();
    try {
      await fn();
      console.log(`ok   ${title} (${((Date.now() - start) / 1000).toFixed(2)}s)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${title}\n${e.stack}`);
      try { await client.query('ROLLBACK'); } catch (_) { /* not in a transaction */ }
    }
  }
  await client.end();
  console.log(`${checks.length - failed} of ${checks.length} checks passed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.log(`FAIL ${e.stack}`);
  process.exit(1);
});
