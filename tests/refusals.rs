//! The trail of refused attempts (src/refusals.rs) on clusters that preload the library: each
//! refusal (UPDATE, DELETE, TRUNCATE, refused DDL, a refused DROP) reaches audit_refusals with who
//! tried it and from where, although its transaction rolled back; the trail is itself an audit
//! table; a flood of refusals never blocks and what it drops is counted and recorded; the trail
//! survives a restart. (The SQL surface without shared_preload_libraries is in
//! tests/pg_regress/16_refusals.)
#![cfg(feature = "integration")]

mod common;

use common::Cluster;
use postgres::{Client, NoTls};
use std::thread;
use std::time::{Duration, Instant};

const PRELOAD: &str = "shared_preload_libraries = 'audit_chain'";

fn tcp(c: &Cluster, db: &str, user: &str, app: &str) -> Client {
    Client::connect(
        &format!("host=127.0.0.1 port={} user={user} dbname={db} application_name={app}", c.port),
        NoTls,
    )
    .unwrap()
}

fn socket(c: &Cluster, db: &str, user: &str, app: &str) -> Client {
    Client::connect(
        &format!(
            "host={} port={} user={user} dbname={db} application_name={app}",
            c.dir.display(),
            c.port
        ),
        NoTls,
    )
    .unwrap()
}

/// The SQLSTATE of a statement that must fail.
fn refused(db: &mut Client, sql: &str) -> String {
    let e = db.batch_execute(sql).expect_err(sql);
    e.code().map(|c| c.code().to_string()).unwrap_or_else(|| format!("{e}"))
}

fn fresh_db(c: &Cluster, name: &str) -> Client {
    let mut admin = c.connect("postgres");
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = c.connect(name);
    db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    db
}

type Trail = (String, String, Option<String>, String, String, String);

fn trail(db: &mut Client) -> Vec<Trail> {
    db.query(
        "SELECT login, role, host(client), application_name, operation, table_name \
           FROM audit_refusals WHERE kind = 'refused' ORDER BY refused_at, audit_chain_id, audit_seq",
        &[],
    )
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
    .collect()
}

#[test]
fn refused_attempts_reach_the_trail_with_who_and_where_and_survive_a_restart() {
    let c = Cluster::fresh("/tmp/refusals-it", 5731, &[PRELOAD]);
    let mut db = fresh_db(&c, "refusals_who");
    db.batch_execute(
        "CREATE ROLE ref_login LOGIN; CREATE ROLE ref_target; GRANT ref_target TO ref_login;
         CREATE TABLE events (id int, v text);
         SELECT audit_enable('events');
         INSERT INTO events VALUES (1, 'kept');
         GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON events TO ref_login, ref_target;",
    )
    .unwrap();

    // Over TCP as a login role: each refused statement in a transaction that also inserted a row.
    let mut app = tcp(&c, "refusals_who", "ref_login", "tcp-app");
    for sql in ["UPDATE events SET v = 'x'", "DELETE FROM events", "TRUNCATE events"] {
        app.batch_execute("BEGIN; INSERT INTO events VALUES (2, 'rolled back')").unwrap();
        assert_eq!(refused(&mut app, sql), "42501", "{sql}");
        app.batch_execute("ROLLBACK").unwrap();
    }
    // Over the Unix socket, under SET ROLE.
    let mut sock = socket(&c, "refusals_who", "ref_login", "socket-app");
    sock.batch_execute("SET ROLE ref_target").unwrap();
    assert_eq!(refused(&mut sock, "UPDATE events SET v = 'y' WHERE id = 1"), "42501");
    // DDL refused by the Rust guard, and a DROP refused by the PL/pgSQL sql_drop guard.
    let mut admin = tcp(&c, "refusals_who", "postgres", "ddl-app");
    assert_eq!(refused(&mut admin, "ALTER TABLE events DROP COLUMN v"), "42501");
    assert_eq!(refused(&mut admin, "DROP TABLE events"), "42501");

    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 6);
    let s = |x: &str| x.to_string();
    let tcp_app = |op: &str| {
        (
            s("ref_login"),
            s("ref_login"),
            Some(s("127.0.0.1")),
            s("tcp-app"),
            s(op),
            s("public.events"),
        )
    };
    let want = vec![
        tcp_app("UPDATE"),
        tcp_app("DELETE"),
        tcp_app("TRUNCATE"),
        (s("ref_login"), s("ref_target"), None, s("socket-app"), s("UPDATE"), s("public.events")),
        (
            s("postgres"),
            s("postgres"),
            Some(s("127.0.0.1")),
            s("ddl-app"),
            s("DROP COLUMN"),
            s("public.events"),
        ),
        (
            s("postgres"),
            s("postgres"),
            Some(s("127.0.0.1")),
            s("ddl-app"),
            s("DROP TABLE"),
            s("public.events"),
        ),
    ];
    assert_eq!(trail(&mut db), want);
    // The refused transactions rolled back: only the row inserted before them is there.
    let rows: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(rows, 1);
    let relids: i64 = db
        .query_one("SELECT count(*) FROM audit_refusals WHERE relid = 'events'::regclass::oid", &[])
        .unwrap()
        .get(0);
    assert_eq!(relids, 6);

    // The trail is an audit table: it verifies, and refuses UPDATE (which it then records).
    let ok: bool = db.query_one("SELECT audit_verify('audit_refusals')", &[]).unwrap().get(0);
    assert!(ok);
    assert_eq!(refused(&mut db, "UPDATE audit_refusals SET login = 'nobody'"), "42501");
    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 1);
    let last: (String, String) = db
        .query_one(
            "SELECT operation, table_name FROM audit_refusals ORDER BY refused_at DESC LIMIT 1",
            &[],
        )
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!(last, (s("UPDATE"), s("public.audit_refusals")));

    // Counters and the per-table summary.
    let (recording, recorded, pending, dropped): (bool, i64, i64, i64) = db
        .query_one("SELECT * FROM audit_chain.refusal_counters()", &[])
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .unwrap();
    assert_eq!((recording, recorded, pending, dropped), (true, 7, 0, 0));
    let summary: Vec<(String, i64)> = db
        .query("SELECT table_name, refused FROM audit_chain.refusal_summary() ORDER BY 1", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(summary, vec![(s("public.audit_refusals"), 1), (s("public.events"), 6)]);

    // Flushing is for a superuser or the extension's owner.
    let e = app.batch_execute("SELECT audit_refusals_flush()").expect_err("flush by ref_login");
    let e = e.as_db_error().expect("a server error");
    assert_eq!(e.code().code(), "42501");
    assert!(e.hint().is_some_and(|h| h.contains("owns the extension")), "{e:?}");

    // A refusal recorded but not drained is lost in a restart; the trail is not.
    assert_eq!(refused(&mut app, "DELETE FROM events"), "42501");
    drop((db, app, sock, admin));
    c.stop();
    c.start();
    let mut db = c.connect("refusals_who");
    assert_eq!(trail(&mut db).len(), 7);
    let ok: bool = db.query_one("SELECT audit_verify('audit_refusals')", &[]).unwrap().get(0);
    assert!(ok);
    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 0);
}

#[test]
fn a_flood_of_refusals_never_blocks_and_what_it_drops_is_counted_and_recorded() {
    const CLIENTS: usize = 8;
    const EACH: usize = 1500;
    let c = Cluster::fresh("/tmp/refusals-flood", 5732, &[PRELOAD]);
    let mut db = fresh_db(&c, "refusals_flood");
    db.batch_execute(
        "CREATE ROLE flood_login LOGIN;
         CREATE TABLE events (id int, v text);
         SELECT audit_enable('events');
         INSERT INTO events VALUES (0, 'first');
         GRANT SELECT, INSERT, UPDATE ON events TO flood_login;",
    )
    .unwrap();
    let port = c.port;
    let flood: Vec<_> = (0..CLIENTS)
        .map(|i| {
            thread::spawn(move || {
                let mut cl = Client::connect(
                    &format!("host=127.0.0.1 port={port} user=flood_login dbname=refusals_flood application_name=flood{i}"),
                    NoTls,
                )
                .unwrap();
                let mut slowest = Duration::ZERO;
                for _ in 0..EACH {
                    let t = Instant::now();
                    assert!(cl.batch_execute("UPDATE events SET v = 'x' WHERE id = 0").is_err());
                    slowest = slowest.max(t.elapsed());
                }
                slowest
            })
        })
        .collect();
    // A writer beside the flood: its inserts go through all along.
    let writer = thread::spawn(move || {
        let mut cl = Client::connect(
            &format!("host=127.0.0.1 port={port} user=flood_login dbname=refusals_flood"),
            NoTls,
        )
        .unwrap();
        let mut slowest = Duration::ZERO;
        for i in 1..=500 {
            let t = Instant::now();
            cl.execute("INSERT INTO events VALUES ($1, 'during the flood')", &[&i]).unwrap();
            slowest = slowest.max(t.elapsed());
        }
        slowest
    });
    for f in flood {
        let slowest = f.join().unwrap();
        assert!(slowest < Duration::from_secs(2), "a refusal took {slowest:?}");
    }
    let slowest = writer.join().unwrap();
    assert!(slowest < Duration::from_secs(2), "an insert took {slowest:?}");

    // Every refusal is either waiting in the ring (full) or counted as dropped.
    let total = (CLIENTS * EACH) as i64;
    let (recorded, pending, dropped): (i64, i64, i64) = db
        .query_one("SELECT recorded, pending, dropped FROM audit_chain.refusal_counters()", &[])
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .unwrap();
    assert_eq!((recorded, pending, dropped), (0, 1024, total - 1024));

    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 1024);
    let (refused_rows, dropped_rows, dropped_sum): (i64, i64, i64) = db
        .query_one(
            "SELECT count(*) FILTER (WHERE kind = 'refused'), count(*) FILTER (WHERE kind = 'dropped'), \
                    coalesce(sum(dropped), 0)::bigint FROM audit_refusals",
            &[],
        )
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .unwrap();
    assert_eq!((refused_rows, dropped_rows, dropped_sum), (1024, 1, total - 1024));
    let rows: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(rows, 501);
    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
    // Dropped counts are reported once.
    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 0);
    let dropped_rows: i64 = db
        .query_one("SELECT count(*) FROM audit_refusals WHERE kind = 'dropped'", &[])
        .unwrap()
        .get(0);
    assert_eq!(dropped_rows, 1);
}

#[test]
fn a_drain_that_rolls_back_loses_nothing() {
    let c = Cluster::fresh("/tmp/refusals-abort", 5733, &[PRELOAD]);
    let mut db = fresh_db(&c, "refusals_abort");
    db.batch_execute(
        "CREATE TABLE events (id int); SELECT audit_enable('events'); INSERT INTO events VALUES (1);",
    )
    .unwrap();
    assert_eq!(refused(&mut db, "DELETE FROM events"), "42501");
    // Drained in a transaction that rolls back, then in a subtransaction that rolls back.
    db.batch_execute("BEGIN; SELECT audit_refusals_flush(); ROLLBACK").unwrap();
    db.batch_execute(
        "BEGIN; SAVEPOINT s; SELECT audit_refusals_flush(); ROLLBACK TO SAVEPOINT s; COMMIT",
    )
    .unwrap();
    let pending: i64 =
        db.query_one("SELECT pending FROM audit_chain.refusal_counters()", &[]).unwrap().get(0);
    assert_eq!(pending, 1);
    let drained: i64 = db.query_one("SELECT audit_refusals_flush()", &[]).unwrap().get(0);
    assert_eq!(drained, 1);
    assert_eq!(trail(&mut db).len(), 1);
}

#[test]
fn a_table_named_like_the_trail_that_is_not_it_is_refused_not_written_to() {
    let c = Cluster::fresh("/tmp/refusals-decoy", 5734, &[PRELOAD]);
    let mut db = fresh_db(&c, "refusals_decoy");
    db.batch_execute(
        "CREATE TABLE events (id int); SELECT audit_enable('events');
         CREATE TABLE public.audit_refusals (refused_at timestamptz, kind text);",
    )
    .unwrap();
    assert_eq!(refused(&mut db, "DELETE FROM events"), "42501");
    assert_eq!(refused(&mut db, "SELECT audit_refusals_flush()"), "55000");
    let rows: i64 = db.query_one("SELECT count(*) FROM public.audit_refusals", &[]).unwrap().get(0);
    assert_eq!(rows, 0);
    let pending: i64 =
        db.query_one("SELECT pending FROM audit_chain.refusal_counters()", &[]).unwrap().get(0);
    assert_eq!(pending, 1);
}
