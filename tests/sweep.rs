//! A full verification reads each table once in physical order and keeps the rows that arrive
//! before their predecessors in a bounded window (verify.rs, `sweep`); whatever that sweep cannot
//! prove intact is walked along the chain index. Rows out of physical order (space reused after a
//! prune and a VACUUM) must verify in one sweep, tampering with them must still be named, and a
//! table more out of order than the window must be verified by the walk. Clients of a running
//! cluster (see concurrency.rs for the environment); the path taken is read from the DEBUG1 line
//! verification logs.
#![cfg(feature = "integration")]

mod common;

use postgres::{Client, Config, NoTls};
use std::sync::{Arc, Mutex};

/// A client of a fresh database `name` with the extension, and the DEBUG1 messages it receives.
fn setup(name: &str) -> (Client, Arc<Mutex<Vec<String>>>) {
    drop(common::fresh_db_at(&common::url, name));
    let notices = Arc::new(Mutex::new(Vec::new()));
    let sink = notices.clone();
    let mut config: Config = common::url(name).parse().unwrap();
    config.notice_callback(move |n| sink.lock().unwrap().push(n.message().to_string()));
    let db = config.connect(NoTls).unwrap();
    (db, notices)
}

/// Verifies `t` with DEBUG1 messages on: the verdict and the path verification took.
fn verify(db: &mut Client, notices: &Arc<Mutex<Vec<String>>>) -> (bool, String) {
    notices.lock().unwrap().clear();
    db.batch_execute("SET client_min_messages = debug1").unwrap();
    let ok: bool = db.query_one("SELECT audit_verify('t')", &[]).unwrap().get(0);
    db.batch_execute("RESET client_min_messages").unwrap();
    let path = notices
        .lock()
        .unwrap()
        .iter()
        .find(|m| m.starts_with("audit_chain: public.t: "))
        .cloned()
        .unwrap_or_default();
    (ok, path)
}

/// Fills `t` with `old` rows, prunes all but the last `kept`, vacuums, and inserts `new` rows,
/// which land in the freed pages before the kept ones. Returns how many new rows lie physically
/// before the last kept row.
fn out_of_order(db: &mut Client, old: i64, kept: i64, new: i64) -> i64 {
    db.batch_execute(&format!(
        "CREATE TABLE t (id bigint, v text); SELECT audit_enable('t', 1);
         INSERT INTO t SELECT g, 'old ' || g FROM generate_series(1, {}) g;
         SELECT pg_sleep(0.01);
         INSERT INTO t SELECT g, 'kept ' || g FROM generate_series(1, {kept}) g;",
        old - kept
    ))
    .unwrap();
    let cut: i64 = db
        .query_one("SELECT audit_prune('t', (SELECT max(audit_at) FROM t WHERE v LIKE 'old %') + interval '1 microsecond')", &[])
        .unwrap()
        .get(0);
    assert_eq!(cut, old - kept);
    db.batch_execute("VACUUM t").unwrap();
    db.batch_execute(&format!(
        "INSERT INTO t SELECT g, 'new ' || g FROM generate_series(1, {new}) g"
    ))
    .unwrap();
    db.query_one(
        "SELECT count(*) FROM t WHERE v LIKE 'new %' AND ctid < (SELECT max(ctid) FROM t WHERE v LIKE 'kept %')",
        &[],
    )
    .unwrap()
    .get(0)
}

/// Runs `sql` with every guard of `t` switched off, as a superuser could.
fn bypass(db: &mut Client, sql: &str) {
    db.batch_execute(&format!(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER TABLE t DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
         {sql};
         ALTER TABLE t ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;"
    ))
    .unwrap();
}

#[test]
fn rows_out_of_physical_order_verify_in_one_sweep_and_tampering_is_still_named() {
    let (mut db, notices) = setup("sweep_window");
    let early = out_of_order(&mut db, 3000, 200, 1000);
    assert!(early > 500, "the test needs new rows before the kept ones, found {early}");
    let (ok, path) = verify(&mut db, &notices);
    assert!(ok);
    assert!(path.ends_with("verified in one sweep"), "{path}");

    // A superuser rewrites one of the rows that arrive early: named by the walk.
    let seq: i64 = db.query_one("SELECT audit_seq FROM t WHERE v = 'new 10'", &[]).unwrap().get(0);
    bypass(&mut db, "UPDATE t SET v = 'forged' WHERE v = 'new 10'");
    let (ok, path) = verify(&mut db, &notices);
    assert!(!ok);
    assert!(path.contains("walking the chain index to describe a problem"), "{path}");
    let found: Vec<(i64, String)> = db
        .query("SELECT seq, kind FROM audit_verify_report('t') WHERE kind <> 'guard_disabled'", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(found, vec![(seq, "row_modified".to_string())]);

    // Removing an early row leaves the rows after it waiting: a gap, named.
    bypass(
        &mut db,
        "UPDATE t SET v = 'new 10' WHERE v = 'forged'; DELETE FROM t WHERE v = 'new 500'",
    );
    let gone: i64 = db
        .query_one("SELECT max(audit_seq) FROM t WHERE v = 'new 499'", &[])
        .unwrap()
        .get::<_, i64>(0)
        + 1;
    let (ok, _) = verify(&mut db, &notices);
    assert!(!ok);
    let found: Vec<(i64, String)> = db
        .query("SELECT seq, kind FROM audit_verify_report('t') WHERE kind <> 'guard_disabled'", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(found, vec![(gone, "row_missing".to_string())]);
}

#[test]
fn a_table_more_out_of_order_than_the_window_is_walked() {
    let (mut db, notices) = setup("sweep_unordered");
    let early = out_of_order(&mut db, 150_000, 100, 70_000);
    assert!(early > 65_536, "the test needs more early rows than the window, found {early}");
    let (ok, path) = verify(&mut db, &notices);
    assert!(ok);
    assert!(path.contains("rows out of order for one sweep; walking the chain index"), "{path}");
}
