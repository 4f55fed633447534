//! Trust in the verdict where sessions race (the SQL surface is in tests/pg_regress/09_trust):
//! - a verification running in a transaction that has a transaction id, at READ COMMITTED, while
//!   other sessions insert and take checkpoints, must never report a problem that is not there;
//! - sessions racing to insert the same keys with INSERT ... ON CONFLICT DO NOTHING, with and
//!   without shared_preload_libraries, leave gap-free chains that verify, each key once.
#![cfg(feature = "integration")]

mod common;

use common::{url, Cluster};
use postgres::{Client, NoTls};
use rand::{Rng, SeedableRng};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

#[test]
fn verification_in_a_writing_transaction_sees_one_state() {
    let mut db = common::fresh_db_at(&url, "trust_snapshot");
    db.batch_execute(
        "CREATE TABLE big (n int, pad text);
         SELECT audit_enable('big');
         INSERT INTO big SELECT g, repeat('x', 50) FROM generate_series(1, 150000) g;
         SELECT audit_checkpoint('big');",
    )
    .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        thread::spawn(move || {
            let mut w = Client::connect(&url("trust_snapshot"), NoTls).unwrap();
            let mut rounds = 0;
            while !stop.load(Ordering::Relaxed) {
                w.batch_execute("INSERT INTO big VALUES (0, 'new')").unwrap();
                w.batch_execute("SELECT audit_checkpoint('big')").unwrap();
                rounds += 1;
                thread::sleep(Duration::from_millis(20));
            }
            rounds
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut runs = 0;
    while runs < 6 && Instant::now() < deadline {
        let mut tx = db.transaction().unwrap();
        // A transaction id, as any transaction that wrote something has.
        tx.batch_execute("SELECT txid_current()").unwrap();
        let problems: Vec<String> = tx
            .query("SELECT kind || ': ' || detail FROM audit_verify_report('big')", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        tx.commit().unwrap();
        assert!(problems.is_empty(), "false alarm under concurrent checkpoints: {problems:?}");
        runs += 1;
    }
    stop.store(true, Ordering::Relaxed);
    let rounds = writer.join().unwrap();
    assert!(rounds > runs, "the writer must have committed checkpoints during the verifications");
    let ok: bool = db.query_one("SELECT audit_verify('big')", &[]).unwrap().get(0);
    assert!(ok);
}

/// 6 sessions insert keys from a small range, with multi-row INSERT ... ON CONFLICT DO NOTHING,
/// single rows, rows through a function, and some transactions rolled back.
fn race_on_conflict(url: &(dyn Fn(&str) -> String + Sync), db_name: &str, chains: i32) {
    let mut db = common::fresh_db_at(url, db_name);
    db.batch_execute(&format!(
        "CREATE TABLE ingest (id int PRIMARY KEY, writer int, note text);
         SELECT audit_enable('ingest', {chains});
         CREATE FUNCTION ingest_one(i int, w int) RETURNS void LANGUAGE sql
             AS $$ INSERT INTO ingest VALUES (i, w, 'function') ON CONFLICT DO NOTHING $$;"
    ))
    .unwrap();
    thread::scope(|s| {
        for w in 0..6 {
            s.spawn(move || {
                let mut rng = rand::rngs::StdRng::seed_from_u64(w as u64 * 7919 + chains as u64);
                for _ in 0..40 {
                    // A new session each round: its first statement loads the library.
                    let mut c = Client::connect(&url(db_name), NoTls).unwrap();
                    for _ in 0..5 {
                        let base = rng.gen_range(0..400);
                        let sql = match rng.gen_range(0..4) {
                            0 => format!(
                                "INSERT INTO ingest VALUES ({base}, {w}, 'a'), ({}, {w}, 'b'), ({}, {w}, 'c') ON CONFLICT DO NOTHING",
                                base + 1,
                                base + 2
                            ),
                            1 => format!("INSERT INTO ingest VALUES ({base}, {w}, 'single') ON CONFLICT (id) DO NOTHING"),
                            2 => format!("SELECT ingest_one({base}, {w})"),
                            _ => format!(
                                "BEGIN; INSERT INTO ingest VALUES ({base}, {w}, 'tx') ON CONFLICT DO NOTHING; \
                                 INSERT INTO ingest VALUES ({}, {w}, 'tx2') ON CONFLICT DO NOTHING; {}",
                                base + 3,
                                if rng.gen_bool(0.3) { "ROLLBACK" } else { "COMMIT" }
                            ),
                        };
                        c.batch_execute(&sql).unwrap();
                    }
                }
            });
        }
    });
    let ok: bool = db.query_one("SELECT audit_verify('ingest')", &[]).unwrap().get(0);
    assert!(ok, "audit_verify('ingest') is false after racing ON CONFLICT DO NOTHING");
    let gaps: i64 = db
        .query_one(
            "SELECT count(*) FROM (SELECT audit_chain_id, max(audit_seq) - min(audit_seq) + 1 - count(*) AS gap \
               FROM ingest GROUP BY 1) g WHERE gap <> 0",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(gaps, 0, "a chain has a gap or a repeated sequence number");
    let rows: i64 = db.query_one("SELECT count(*) FROM ingest", &[]).unwrap().get(0);
    let heads: i64 = db
        .query_one(
            "SELECT sum(seq - base_seq)::bigint FROM audit_chain.chain_heads WHERE relid = 'ingest'::regclass",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(rows, heads, "the chain heads must count exactly the rows in the table");
    assert!(rows > 100, "the race must have inserted rows ({rows})");
}

#[test]
fn racing_on_conflict_do_nothing_leaves_no_gap() {
    race_on_conflict(&url, "trust_conflict_8", 8);
    race_on_conflict(&url, "trust_conflict_1", 1);
}

#[test]
fn racing_on_conflict_do_nothing_with_shared_preload_libraries() {
    let cluster = Cluster::fresh(
        "/tmp/audit_chain_trust_preload",
        5486,
        &["shared_preload_libraries = 'audit_chain'"],
    );
    let port = cluster.port;
    let url = move |db: &str| format!("host=127.0.0.1 port={port} user=postgres dbname={db}");
    race_on_conflict(&url, "trust_conflict_preload", 4);
}
