//! The upgrade path: a database built with the previous release (its install script is kept in
//! tests/released/, as PostgreSQL needs it to install that version) holds audit tables with rows, several
//! chains, a checkpoint, a pruned chain, a retention period and a grant; `ALTER EXTENSION
//! audit_chain UPDATE` brings it to this version. Afterwards every table verifies, the digest taken
//! before the upgrade still verifies, guards still refuse, inserts continue every chain, and the
//! extension's objects are exactly those of a fresh install of this version (so an upgrade script
//! that forgets something fails here).
#![cfg(feature = "integration")]

use postgres::{Client, NoTls};

/// Every released version before this one, oldest first. Each needs its install script in
/// tests/released/ (installed by scripts/test.sh) and an upgrade path in sql/.
const PREVIOUS: &[&str] = &["0.1.0", "0.2.0", "0.3.0", "0.4.0", "0.5.0"];
const CURRENT: &str = env!("CARGO_PKG_VERSION");

fn url(db: &str) -> String {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST").unwrap_or_else(|_| "/tmp".into());
    let port = std::env::var("AUDIT_CHAIN_TEST_PGPORT").unwrap_or_else(|_| "5432".into());
    format!("host={host} port={port} user=postgres dbname={db}")
}

fn fresh_db(name: &str) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    Client::connect(&url(name), NoTls).unwrap()
}

fn code(e: &postgres::Error) -> String {
    e.code().map(|c| c.code().to_string()).unwrap_or_else(|| format!("no SQLSTATE: {e}"))
}

/// One line per object of the extension, with everything that defines it: columns, constraints,
/// indexes and privileges of tables, view queries, function definitions and privileges, triggers.
const OBJECTS: &str = "
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) || ' ' || coalesce(CASE d.classid
    WHEN 'pg_class'::regclass THEN (
        SELECT c.relkind::text || ' acl=' || coalesce(c.relacl::text, '-') || ' opts=' || coalesce(c.reloptions::text, '-')
            || ' cols=' || coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), ''), ', ' ORDER BY a.attnum)
               FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
            || ' cons=' || coalesce((SELECT string_agg(pg_get_constraintdef(k.oid), ', ' ORDER BY pg_get_constraintdef(k.oid))
               FROM pg_constraint k WHERE k.conrelid = c.oid), '')
            || ' idx=' || coalesce((SELECT string_agg(regexp_replace(pg_get_indexdef(i.indexrelid), 'INDEX \\S+ ON', 'INDEX ON'), ', '
                   ORDER BY pg_get_indexdef(i.indexrelid)) FROM pg_index i WHERE i.indrelid = c.oid), '')
            || ' trg=' || coalesce((SELECT string_agg(pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text, ', ' ORDER BY t.tgname)
               FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal), '')
            || CASE WHEN c.relkind = 'v' THEN ' view=' || pg_get_viewdef(c.oid) ELSE '' END
          FROM pg_class c WHERE c.oid = d.objid)
    WHEN 'pg_proc'::regclass THEN (
        SELECT pg_get_functiondef(p.oid) || ' acl=' || coalesce(p.proacl::text, '-') FROM pg_proc p WHERE p.oid = d.objid)
    WHEN 'pg_event_trigger'::regclass THEN (
        SELECT e.evtevent || ' ' || e.evtenabled::text || ' ' || e.evtfoid::regproc || ' ' || coalesce(e.evttags::text, '-')
          FROM pg_event_trigger e WHERE e.oid = d.objid)
    WHEN 'pg_namespace'::regclass THEN (
        SELECT coalesce(n.nspacl::text, '-') FROM pg_namespace n WHERE n.oid = d.objid)
    END, '')
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'audit_chain')
 ORDER BY 1";

fn objects(db: &mut Client) -> Vec<String> {
    db.query(OBJECTS, &[]).unwrap().iter().map(|r| r.get(0)).collect()
}

/// What a user of `from` has made: tables with rows, several chains, a checkpoint, a prune, a
/// retention period and a grant. Returns the digest taken before the upgrade.
fn populate(db: &mut Client) -> String {
    // One statement per round trip: a multi-statement string would be a single transaction, and
    // pruning is refused in a transaction that inserted into the table.
    for sql in [
        "DO $$ BEGIN CREATE ROLE upgrade_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "CREATE TABLE events (id bigint NOT NULL, actor text, payload jsonb, at timestamptz DEFAULT now())",
        "SELECT audit_enable('events')",
        "CREATE TABLE \"Ledger Entries\" (n numeric, tags text[], d date)",
        "SELECT audit_enable('\"Ledger Entries\"', 2)",
        "INSERT INTO events (id, actor, payload) \
           SELECT g, 'actor' || g % 7, jsonb_build_object('g', g) FROM generate_series(1, 3000) g",
        "INSERT INTO \"Ledger Entries\" \
           SELECT g * 1.5, ARRAY['a', NULL, g::text], DATE '2026-01-01' + g FROM generate_series(1, 500) g",
        "SELECT audit_prune('\"Ledger Entries\"', clock_timestamp())",
        "INSERT INTO \"Ledger Entries\" VALUES ('NaN', '{}', 'infinity')",
        "SELECT audit_set_retention('events', INTERVAL '30 days')",
        "SELECT audit_grant('events', 'upgrade_writer')",
    ] {
        db.batch_execute(sql).unwrap();
    }
    db.query_one("SELECT audit_checkpoint()::text", &[]).unwrap().get(0)
}

fn upgrade_from(from: &str) {
    let name = format!("upgrade_from_{}", from.replace('.', "_"));
    let mut db = fresh_db(&name);
    db.batch_execute(&format!("CREATE EXTENSION audit_chain VERSION '{from}'")).unwrap();
    let digest = populate(&mut db);
    let rows_before: i64 = db
        .query_one(
            "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM \"Ledger Entries\")",
            &[],
        )
        .unwrap()
        .get(0);
    drop(db);

    // A new session, as after installing the new binaries: the new library with the old objects.
    let mut db = Client::connect(&url(&name), NoTls).unwrap();
    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok, "{from}: audit_verify() false with the new library before ALTER EXTENSION UPDATE");
    // Before the update there is no ddl_command_end guard to judge ADD COLUMN by its outcome: the
    // new library still refuses one that would fill recorded rows, judging its syntax.
    let e = db.batch_execute("ALTER TABLE events ADD COLUMN filled int DEFAULT 0").unwrap_err();
    assert_eq!(code(&e), "42501", "{from}: ADD COLUMN with a default before the update");

    db.batch_execute("ALTER EXTENSION audit_chain UPDATE").unwrap();
    let version: String = db
        .query_one("SELECT extversion FROM pg_extension WHERE extname = 'audit_chain'", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, CURRENT, "{from}: ALTER EXTENSION UPDATE did not reach {CURRENT}");

    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok, "{from}: audit_verify() false after the upgrade");
    let ok: bool =
        db.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(ok, "{from}: the digest taken before the upgrade does not verify after it");
    let rows_after: i64 = db
        .query_one(
            "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM \"Ledger Entries\")",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(rows_after, rows_before, "{from}: the upgrade changed the rows");

    // Guards still refuse; retention still holds.
    for (sql, want) in [
        ("UPDATE events SET actor = 'mallory' WHERE id = 1", "42501"),
        ("DELETE FROM \"Ledger Entries\"", "42501"),
        ("TRUNCATE events", "42501"),
        ("ALTER TABLE events DROP COLUMN actor", "42501"),
        ("ALTER TABLE events ADD COLUMN filled int DEFAULT 0", "42501"),
        ("SELECT audit_prune('events', clock_timestamp())", "55000"),
    ] {
        let e = db.batch_execute(sql).unwrap_err();
        assert_eq!(code(&e), want, "{from}: {sql}");
    }

    // Inserts continue every chain: sequence numbers go on from the heads of before.
    let seq_before: i64 =
        db.query_one("SELECT sum(seq)::bigint FROM audit_chain.chain_heads", &[]).unwrap().get(0);
    db.batch_execute(
        "INSERT INTO events (id, actor) SELECT -g, 'after upgrade' FROM generate_series(1, 200) g;
         INSERT INTO \"Ledger Entries\" SELECT g FROM generate_series(1, 50) g;",
    )
    .unwrap();
    let seq_after: i64 =
        db.query_one("SELECT sum(seq)::bigint FROM audit_chain.chain_heads", &[]).unwrap().get(0);
    assert_eq!(seq_after, seq_before + 250, "{from}: chains did not continue after the upgrade");
    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok, "{from}: audit_verify() false after inserts that follow the upgrade");
    db.query_one("SELECT audit_checkpoint()", &[]).unwrap();

    // The upgraded objects are exactly a fresh install's.
    let upgraded = objects(&mut db);
    let mut fresh = fresh_db(&format!("{name}_fresh"));
    fresh.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    let installed = objects(&mut fresh);
    let missing: Vec<_> = installed.iter().filter(|o| !upgraded.contains(o)).collect();
    let extra: Vec<_> = upgraded.iter().filter(|o| !installed.contains(o)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{from}: objects after upgrade differ from a fresh install of {CURRENT}\n\
         only in a fresh install:\n{missing:#?}\nonly after the upgrade:\n{extra:#?}"
    );
    assert!(installed.len() > 20, "the object listing found too little: {installed:#?}");
}

#[test]
fn upgrade_from_every_previous_release() {
    for from in PREVIOUS {
        upgrade_from(from);
    }
}

#[test]
fn update_to_the_current_version_is_a_no_op() {
    let mut db = fresh_db("upgrade_noop");
    db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    let before = objects(&mut db);
    // PostgreSQL reports (NOTICE) that the version is already installed and changes nothing.
    db.batch_execute("ALTER EXTENSION audit_chain UPDATE").unwrap();
    assert_eq!(objects(&mut db), before);
}

/// Rows hashed by each earlier release's own library (tests/released/<version>-database.sql,
/// recorded by scripts/make-release-fixture.sh from tests/released/fixture.sql: every supported
/// type, NULLs, rows written under other session settings, a column added later, a pruned and
/// checkpointed table) restored under this library: every row verifies, and the chains continue.
/// This is what keeps the row encoding from drifting between releases.
#[test]
fn rows_recorded_by_every_previous_release_verify() {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST").unwrap_or_else(|_| "/tmp".into());
    let port = std::env::var("AUDIT_CHAIN_TEST_PGPORT").unwrap_or_else(|_| "5432".into());
    for from in PREVIOUS {
        let dump = format!("{}/tests/released/{from}-database.sql", env!("CARGO_MANIFEST_DIR"));
        assert!(std::path::Path::new(&dump).exists(), "{dump} is missing");
        // The digests in the checkpoints name the database, so restore under the same name.
        let name = format!("fixture_{}", from.replace('.', "_"));
        drop(fresh_db(&name));
        let out = std::process::Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", &host, "-p", &port])
            .args(["-U", "postgres", "-d", &name, "-f", &dump])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{from}: restoring {dump} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut db = Client::connect(&url(&name), NoTls).unwrap();
        let problems: Vec<String> = db
            .query("SELECT format('%s %s %s %s', table_name, chain, seq, kind) FROM audit_verify_report()", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(problems.is_empty(), "{from}: rows it recorded do not verify now: {problems:?}");
        let rows: i64 = db
            .query_one(
                "SELECT (SELECT count(*) FROM \"Fixture Schema\".everything) + (SELECT count(*) FROM \"Fixture Schema\".\"Events\")",
                &[],
            )
            .unwrap()
            .get(0);
        assert!(rows > 10, "{from}: the fixture holds too few rows ({rows})");
        db.batch_execute(
            "INSERT INTO \"Fixture Schema\".everything (t, added) VALUES ('after restore', 'x');
             INSERT INTO \"Fixture Schema\".\"Events\" (id) SELECT g FROM generate_series(1, 50) g;",
        )
        .unwrap();
        let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
        assert!(ok, "{from}: new rows after the restore do not verify");
    }
}
