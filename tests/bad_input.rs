//! Unusual but legal input and interrupted work, as clients of a running cluster (see
//! concurrency.rs for the environment): each case either works and verifies, or fails with a fixed
//! SQLSTATE and leaves the table fully protected and verifying.
#![cfg(feature = "integration")]

use postgres::{Client, NoTls};
use std::thread;

fn url(db: &str) -> String {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST")
        .expect("AUDIT_CHAIN_TEST_PGHOST is not set: use scripts/test.sh");
    let port =
        std::env::var("AUDIT_CHAIN_TEST_PGPORT").expect("AUDIT_CHAIN_TEST_PGPORT is not set");
    format!("host={host} port={port} user=postgres dbname={db}")
}

fn fresh_db(name: &str) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = Client::connect(&url(name), NoTls).unwrap();
    db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    db
}

fn verify(db: &mut Client, table: &str) -> bool {
    db.query_one(&format!("SELECT audit_verify('{table}')"), &[]).unwrap().get(0)
}

fn code(e: &postgres::Error) -> &str {
    e.code().map(|c| c.code()).unwrap_or("")
}

#[test]
fn ten_megabyte_jsonb_value() {
    let mut db = fresh_db("bad_big_jsonb");
    db.batch_execute(
        "CREATE TABLE docs (doc jsonb); SELECT audit_enable('docs', 1);
         INSERT INTO docs SELECT jsonb_build_object('items', jsonb_agg(jsonb_build_object('i', g, 'pad', repeat('x', 80))))
           FROM generate_series(1, 100000) g;",
    )
    .unwrap();
    let size: i64 =
        db.query_one("SELECT octet_length(doc::text)::bigint FROM docs", &[]).unwrap().get(0);
    assert!(size > 10_000_000, "the value is only {size} bytes");
    assert!(verify(&mut db, "docs"));
}

/// jsonb nested 12,000 levels deep (PostgreSQL accepts it with default settings), inserted by a
/// role that may only insert: it is recorded and verifies, and no backend crashes (a recursive
/// rendering without a depth limit overflowed the stack here and reset every session).
#[test]
fn deeply_nested_jsonb_value() {
    let mut db = fresh_db("bad_deep_jsonb");
    let pid = |db: &mut Client| -> i32 {
        db.query_one("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'", &[])
            .unwrap()
            .get(0)
    };
    let checkpointer = pid(&mut db);
    db.batch_execute(
        "CREATE TABLE docs (doc jsonb); SELECT audit_enable('docs', 1);
         DROP ROLE IF EXISTS deep_writer; CREATE ROLE deep_writer LOGIN;
         GRANT INSERT ON docs TO deep_writer;",
    )
    .unwrap();
    let mut writer =
        Client::connect(&format!("{} user=deep_writer", url("bad_deep_jsonb")), NoTls).unwrap();
    for (open, close) in [("[", "]"), (r#"{"a": "#, "}")] {
        writer
            .batch_execute(&format!(
                "INSERT INTO docs VALUES ('{}1{}')",
                open.repeat(12_000),
                close.repeat(12_000)
            ))
            .unwrap();
    }
    assert!(verify(&mut db, "docs"));
    let rows: i64 = db.query_one("SELECT count(*) FROM docs", &[]).unwrap().get(0);
    assert_eq!(rows, 2);
    assert_eq!(pid(&mut db), checkpointer, "the server was reinitialized");
    db.batch_execute("DROP OWNED BY deep_writer; DROP ROLE deep_writer").unwrap();
}

#[test]
fn thousand_column_table() {
    let mut db = fresh_db("bad_wide");
    let cols: Vec<String> = (1..=1000).map(|i| format!("c{i} int")).collect();
    db.batch_execute(&format!("CREATE TABLE wide ({})", cols.join(", "))).unwrap();
    db.batch_execute("SELECT audit_enable('wide', 1)").unwrap();
    db.batch_execute(
        "INSERT INTO wide (c1, c500, c1000) VALUES (1, 500, 1000), (NULL, NULL, NULL)",
    )
    .unwrap();
    assert!(verify(&mut db, "wide"));
}

#[test]
fn one_transaction_with_100k_single_row_inserts() {
    let mut db = fresh_db("bad_long_tx");
    db.batch_execute(
        "CREATE TABLE events (i int); SELECT audit_enable('events', 1);
         DO $$ BEGIN FOR i IN 1..100000 LOOP INSERT INTO events VALUES (i); END LOOP; END $$;",
    )
    .unwrap();
    let (n, max): (i64, i64) = {
        let r = db.query_one("SELECT count(*), max(audit_seq) FROM events", &[]).unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!((n, max), (100_000, 100_000));
    assert!(verify(&mut db, "events"));
}

#[test]
fn concurrent_audit_enable_of_one_table() {
    let mut db = fresh_db("bad_enable_race");
    db.batch_execute("CREATE TABLE t (a int); INSERT INTO t SELECT generate_series(1, 1000)")
        .unwrap();
    let results: Vec<Result<(), String>> = (0..4)
        .map(|_| {
            thread::spawn(|| {
                let mut c = Client::connect(&url("bad_enable_race"), NoTls).unwrap();
                c.batch_execute("SELECT audit_enable('t', 2)").map_err(|e| code(&e).to_string())
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.iter().filter_map(|r| r.as_ref().err()).all(|c| c == "42710"), "{results:?}");
    let triggers: i64 = db
        .query_one("SELECT count(*) FROM pg_trigger WHERE tgrelid = 't'::regclass AND tgname LIKE '%audit_chain%'", &[])
        .unwrap()
        .get(0);
    assert_eq!(triggers, 3);
    assert!(verify(&mut db, "t"));
}

#[test]
fn cancelled_insert_verify_and_prune_leave_the_chain_valid() {
    let mut db = fresh_db("bad_timeout");
    db.batch_execute(
        "CREATE TABLE events (i int, pad text); SELECT audit_enable('events', 2);
         INSERT INTO events SELECT g, repeat('x', 100) FROM generate_series(1, 200000) g;",
    )
    .unwrap();
    db.batch_execute("SET statement_timeout = '50ms'").unwrap();
    let e = db
        .batch_execute("INSERT INTO events SELECT g, 'late' FROM generate_series(1, 5000000) g")
        .unwrap_err();
    assert_eq!(code(&e), "57014");
    let e = db.query_one("SELECT audit_verify('events')", &[]).unwrap_err();
    assert_eq!(code(&e), "57014");
    let e = db.query_one("SELECT audit_prune('events', clock_timestamp())", &[]).unwrap_err();
    assert_eq!(code(&e), "57014");
    db.batch_execute("RESET statement_timeout").unwrap();
    let n: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(n, 200_000, "a cancelled statement changed the committed rows");
    assert!(verify(&mut db, "events"));
    // And the chain goes on after the interruptions.
    db.batch_execute("INSERT INTO events VALUES (-1, 'after')").unwrap();
    assert!(verify(&mut db, "events"));
}

#[test]
fn every_function_refuses_null_and_non_audit_arguments() {
    let mut db = fresh_db("bad_args");
    db.batch_execute("CREATE TABLE plain (a int)").unwrap();
    for (sql, expected) in [
        ("SELECT audit_enable(NULL)", "22023"),
        ("SELECT audit_enable('plain', NULL)", "22023"),
        ("SELECT audit_verify('plain')", "42704"),
        ("SELECT * FROM audit_verify_report('plain')", "42704"),
        ("SELECT audit_checkpoint('plain')", "42704"),
        ("SELECT audit_prune(NULL, now())", "22023"),
        ("SELECT audit_prune('plain', now())", "42704"),
        ("SELECT audit_set_retention('plain', '1 day')", "42704"),
        ("SELECT audit_set_retention(NULL, '1 day')", "22023"),
        ("SELECT audit_grant('plain', 'postgres')", "42704"),
        ("SELECT audit_grant(NULL, 'postgres')", "22023"),
        ("SELECT audit_verify_digest(NULL)", "22023"),
        ("SELECT audit_verify_digest('{\"format\": 1}')", "22023"),
        ("SELECT audit_chain.insert_trigger()", "22023"),
    ] {
        let e = db.batch_execute(sql).expect_err(sql);
        assert_eq!(code(&e), expected, "{sql}: {e}");
    }
}

/// Runs `sql` in a session of its own and, once it shows up in pg_stat_activity, cancels it
/// (pg_cancel_backend) or terminates its backend (pg_terminate_backend) from this session.
/// Returns the error the interrupted session got.
fn interrupt(db: &mut Client, dbname: &str, marker: &str, sql: &str, terminate: bool) -> String {
    let url = url(dbname);
    let statement = format!("/* {marker} */ {sql}");
    let worker = thread::spawn(move || {
        let mut c = Client::connect(&url, NoTls).unwrap();
        match c.batch_execute(&statement) {
            Ok(()) => "finished before it was interrupted".to_string(),
            Err(e) => e.code().map(|c| c.code().to_string()).unwrap_or_else(|| e.to_string()),
        }
    });
    let find = format!(
        "SELECT pid FROM pg_stat_activity WHERE query LIKE '/* {marker} */%' AND state = 'active'"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let pid: i32 = loop {
        if let Some(row) = db.query_opt(&find, &[]).unwrap() {
            break row.get(0);
        }
        assert!(std::time::Instant::now() < deadline, "{marker}: never started");
        thread::sleep(std::time::Duration::from_millis(20));
    };
    // Let it get well into its work (or its lock wait) first.
    thread::sleep(std::time::Duration::from_millis(300));
    let f = if terminate { "pg_terminate_backend" } else { "pg_cancel_backend" };
    let done: bool = db.query_one(&format!("SELECT {f}($1)"), &[&pid]).unwrap().get(0);
    assert!(done, "{marker}: {f} found no backend");
    worker.join().unwrap()
}

/// Interrupted from another session, the way a DBA stops a runaway statement: a long insert, a
/// long verification, each cancelled with pg_cancel_backend (57014); a long insert whose backend
/// is terminated with pg_terminate_backend. None of them leaves a row or a gap behind; the chain
/// goes on. (An insert while another transaction holds the only chain does not wait: it adds one.)
#[test]
fn statements_cancelled_or_terminated_from_another_session_leave_the_chain_valid() {
    let name = "bad_cancel";
    let mut db = fresh_db(name);
    db.batch_execute(
        "CREATE TABLE events (i int, pad text); SELECT audit_enable('events', 1);
         INSERT INTO events SELECT g, 'before' FROM generate_series(1, 1000) g;",
    )
    .unwrap();
    // An open transaction holds the table's only chain: an insert from another session does not
    // wait for it (it adds a chain), so there is no chain wait left to cancel.
    let mut holder = Client::connect(&url(name), NoTls).unwrap();
    holder.batch_execute("BEGIN; INSERT INTO events VALUES (0, 'holder')").unwrap();
    let mut other = Client::connect(&url(name), NoTls).unwrap();
    other.batch_execute("SET lock_timeout = '5s'; INSERT INTO events VALUES (-1, 'x')").unwrap();
    holder.batch_execute("COMMIT").unwrap();

    const LONG_INSERT: &str =
        "INSERT INTO events SELECT g, 'late' FROM generate_series(1, 100000000) g";
    for (marker, sql) in [
        ("long insert", LONG_INSERT),
        (
            "long verify",
            "SELECT count(*) FROM generate_series(1, 10000000) g WHERE audit_verify('events')",
        ),
    ] {
        assert_eq!(interrupt(&mut db, name, marker, sql, false), "57014", "{marker}");
    }
    let terminated = interrupt(&mut db, name, "terminated insert", LONG_INSERT, true);
    assert!(
        terminated == "57P01" || terminated.contains("closed") || terminated.contains("connection"),
        "terminated insert: {terminated}"
    );

    let n: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(n, 1002, "an interrupted statement changed the committed rows");
    let max_seq: i64 = db.query_one("SELECT max(audit_seq) FROM events", &[]).unwrap().get(0);
    assert_eq!(max_seq, 1001, "an interrupted statement left a gap or a duplicate");
    assert!(verify(&mut db, "events"));
    db.batch_execute("INSERT INTO events VALUES (-1, 'after')").unwrap();
    assert!(verify(&mut db, "events"));
}
