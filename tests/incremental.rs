//! Incremental verification, as clients of a running cluster (scripts/test.sh starts one and sets
//! AUDIT_CHAIN_TEST_PGHOST / AUDIT_CHAIN_TEST_PGPORT): `audit_verify(tbl, since)` after many
//! inserts, a prune past the checkpoint's anchors and chains added after it; it reads the rows
//! written since, not the table; and a verification's work per checkpoint record stays constant
//! however many records there are. Work is counted in the statistics views (index scans, rows
//! fetched), never timed. `measure_many_checkpoints` (ignored by default) times it.
#![cfg(feature = "integration")]

mod common;

use postgres::{Client, GenericClient, NoTls};
use std::time::Instant;

fn connect(db: &str) -> Client {
    Client::connect(&common::url(db), NoTls).unwrap()
}

fn truth(db: &mut Client, sql: &str) -> bool {
    db.query_one(sql, &[]).unwrap().get(0)
}

fn sqlstate(e: &postgres::Error) -> String {
    e.code().map(|c| c.code().to_string()).unwrap_or_default()
}

/// (chain, seq, kind) of every problem an incremental verification of `table` since record `since`
/// reports.
fn problems(db: &mut Client, table: &str, since: i64) -> Vec<(Option<i32>, Option<i64>, String)> {
    db.query(
        &format!(
            "SELECT chain, seq, kind FROM audit_verify_report('{table}', {since}) ORDER BY 1, 2, 3"
        ),
        &[],
    )
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect()
}

/// Takes a checkpoint of `table`: (its id, its digest).
fn checkpoint(db: &mut Client, table: &str) -> (i64, String) {
    let digest: String =
        db.query_one(&format!("SELECT audit_checkpoint('{table}')::text"), &[]).unwrap().get(0);
    let id: i64 = db
        .query_one("SELECT ($1::text::jsonb->>'checkpoint_id')::bigint", &[&digest])
        .unwrap()
        .get(0);
    (id, digest)
}

/// Inserts `rows` rows into `table` from `writers` transactions open at the same time, so that
/// each takes a chain of its own (and adds one when all are taken).
fn insert_concurrently(db_name: &str, table: &str, writers: usize, rows: usize) {
    let mut conns: Vec<Client> = (0..writers).map(|_| connect(db_name)).collect();
    for (w, c) in conns.iter_mut().enumerate() {
        c.batch_execute(&format!(
            "SET synchronous_commit = off; BEGIN;
             INSERT INTO {table} (id, v) SELECT g, 'writer {w}' FROM generate_series(1, {rows}) g"
        ))
        .unwrap();
    }
    for c in &mut conns {
        c.batch_execute("COMMIT").unwrap();
    }
}

/// Runs `sql` in a transaction of its own and returns what it did to each of `tables`, read from
/// the transaction's statistics: (index scans, rows fetched through indexes, sequential scans,
/// rows read by them).
fn work(db: &mut Client, sql: &str, tables: &[&str]) -> Vec<(i64, i64, i64, i64)> {
    let mut tx = db.transaction().unwrap();
    let counts = |tx: &mut postgres::Transaction| -> Vec<(i64, i64, i64, i64)> {
        tables
            .iter()
            .map(|t| {
                let r = tx
                    .query_one(
                        "SELECT coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0), seq_scan, seq_tup_read
                           FROM pg_stat_xact_user_tables WHERE relid = $1::text::regclass",
                        &[t],
                    )
                    .unwrap();
                (r.get(0), r.get(1), r.get(2), r.get(3))
            })
            .collect()
    };
    let before = counts(&mut tx);
    tx.batch_execute(sql).unwrap();
    let after = counts(&mut tx);
    tx.commit().unwrap();
    before.iter().zip(&after).map(|(b, a)| (a.0 - b.0, a.1 - b.1, a.2 - b.2, a.3 - b.3)).collect()
}

/// Runs `sql` with every guard of `table` switched off, as a superuser could, inside the open
/// transaction of `db` (the caller rolls it back).
fn bypass(db: &mut impl GenericClient, table: &str, sql: &str) {
    db.batch_execute(&format!(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER TABLE {table} DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
         {sql};
         ALTER TABLE {table} ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;"
    ))
    .unwrap();
}

#[test]
fn after_inserts_a_prune_and_new_chains() {
    let name = "inc_rows";
    let mut db = common::fresh_db_at(&common::url, name);
    db.batch_execute("SET client_min_messages = error; CREATE TABLE ev (id int, v text); SELECT audit_enable('ev', 2)")
        .unwrap();
    insert_concurrently(name, "ev", 2, 2000);
    let (c1, d1) = checkpoint(&mut db, "ev");
    insert_concurrently(name, "ev", 2, 2000);

    // A prune past every anchor of c1: each chain's base is now beyond what c1 anchored.
    let removed: i64 =
        db.query_one("SELECT audit_prune('ev', clock_timestamp())", &[]).unwrap().get(0);
    assert!(removed > 7000, "pruned {removed}");
    let beyond: bool = db
        .query_one(
            "SELECT bool_and(b.base_seq > (e->>'seq')::bigint)
               FROM audit_chain.checkpoints c, jsonb_array_elements(c.body->'chains') e,
                    audit_chain.chain_bases b
              WHERE c.id = $1 AND b.relid = 'ev'::regclass AND b.chain = (e->>'chain')::int",
            &[&c1],
        )
        .unwrap()
        .get(0);
    assert!(beyond, "the prune did not move every base past the checkpoint");

    // With both chains held, a third writer adds chain 2, which c1 does not anchor.
    insert_concurrently(name, "ev", 3, 10);
    let chains: Vec<i32> = db
        .query("SELECT chain FROM audit_chains WHERE table_name = 'ev'::regclass ORDER BY 1", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(chains, [0, 1, 2], "a writer finding every chain busy adds one");
    let tables_chains: i32 =
        db.query_one("SELECT chains FROM audit_chain.tables", &[]).unwrap().get(0);
    assert_eq!(tables_chains, 2, "audit_chain.tables.chains stays what audit_enable created");

    assert!(truth(&mut db, &format!("SELECT audit_verify('ev', {c1})")));
    assert!(truth(&mut db, &format!("SELECT audit_verify('ev', '{d1}'::jsonb)")));
    assert!(truth(&mut db, "SELECT audit_verify('ev')"));
    assert_eq!(problems(&mut db, "ev", c1), []);

    // What an incremental verification reads: the rows written since (and each chain's anchored
    // row), through the chain index; the full one reads every row, in a sequential scan.
    let (c2, _) = checkpoint(&mut db, "ev");
    insert_concurrently(name, "ev", 1, 5);
    let rows: i64 = db.query_one("SELECT count(*) FROM ev", &[]).unwrap().get(0);
    let since = work(&mut db, &format!("SELECT audit_verify('ev', {c2})"), &["ev"])[0];
    assert_eq!(since.2, 0, "an incremental verification scans no table sequentially: {since:?}");
    assert!(since.1 <= 5 + 3 * 2, "it fetched {} rows to check 5 new ones: {since:?}", since.1);
    let full = work(&mut db, "SELECT audit_verify('ev')", &["ev"])[0];
    assert!(full.2 >= 1 && full.3 == rows, "the full verification reads every row: {full:?}");

    // Tampering after c1 (in the chain added since, and in a chain c1 anchored) is found; before
    // c2 it is not found since c2, but by the full verification.
    let mut tx = db.transaction().unwrap();
    bypass(&mut tx, "ev", "UPDATE ev SET v = 'changed' WHERE audit_chain_id = 2 AND audit_seq = 1");
    let found: Vec<(Option<i32>, Option<i64>, String)> = tx
        .query(&format!("SELECT chain, seq, kind FROM audit_verify_report('ev', {c1})"), &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(found, [(Some(2), Some(1), "row_modified".to_string())]);
    let since_c2: i64 = tx
        .query_one(&format!("SELECT count(*) FROM audit_verify_report('ev', {c2})"), &[])
        .unwrap()
        .get(0);
    assert_eq!(since_c2, 0, "a row before the checkpoint is not read since it");
    let full: i64 =
        tx.query_one("SELECT count(*) FROM audit_verify_report('ev')", &[]).unwrap().get(0);
    assert_eq!(full, 1, "the full verification finds it");
    tx.rollback().unwrap();
    assert!(truth(&mut db, &format!("SELECT audit_verify('ev', {c1})")));

    // Verifying needs SELECT on the table (or its admin right), like audit_verify(tbl).
    db.batch_execute("DROP ROLE IF EXISTS inc_reader; CREATE ROLE inc_reader; SET ROLE inc_reader")
        .unwrap();
    let refused = db.query_one(&format!("SELECT audit_verify('ev', {c1})"), &[]).unwrap_err();
    assert_eq!(sqlstate(&refused), "42501");
    db.batch_execute("RESET ROLE; GRANT SELECT ON ev TO inc_reader; SET ROLE inc_reader").unwrap();
    assert!(truth(&mut db, &format!("SELECT audit_verify('ev', {c1})")));
    db.batch_execute("RESET ROLE; REVOKE ALL ON ev FROM inc_reader; DROP ROLE inc_reader").unwrap();
}

#[test]
fn the_work_per_checkpoint_record_is_constant() {
    let name = "inc_records";
    let mut db = common::fresh_db_at(&common::url, name);
    db.batch_execute(
        "SET client_min_messages = error; CREATE TABLE t (id int, v text); SELECT audit_enable('t', 8);
         CREATE PROCEDURE checkpoints(n int) LANGUAGE plpgsql AS $$
         BEGIN
           FOR i IN 1..n LOOP
             INSERT INTO t (id, v) VALUES (i, 'between checkpoints');
             COMMIT;
             PERFORM audit_checkpoint('t');
             COMMIT;
           END LOOP;
         END $$;",
    )
    .unwrap();
    insert_concurrently(name, "t", 8, 10);
    let tables = ["t", "audit_chain.chain_heads", "audit_chain.checkpoints"];
    let verify = "SELECT audit_verify('t')";
    // (CALL alone: a procedure that commits cannot run in a multi-statement string's transaction)
    db.batch_execute("SET synchronous_commit = off").unwrap();
    db.batch_execute("CALL checkpoints(200)").unwrap();
    let at_200 = work(&mut db, verify, &tables);
    db.batch_execute("CALL checkpoints(200)").unwrap();
    let at_400 = work(&mut db, verify, &tables);
    assert!(truth(&mut db, verify));
    // Chain heads are read once per verification, not once per anchor; the catalog is scanned a
    // fixed number of times; the table is looked up at most once per newly anchored row (each
    // record anchors one new row here: only one chain moves between checkpoints).
    assert_eq!(at_200[1].0, at_400[1].0, "chain_heads index scans: {at_200:?} {at_400:?}");
    assert_eq!(at_200[2].2, at_400[2].2, "checkpoint catalog scans: {at_200:?} {at_400:?}");
    let more = at_400[0].0 - at_200[0].0;
    assert!(more <= 200 + 8, "200 more records cost {more} more index scans of the table");

    // Since the latest checkpoint: the earlier records are not read.
    let (latest, _) = checkpoint(&mut db, "t");
    let since = work(&mut db, &format!("SELECT audit_verify('t', {latest})"), &tables);
    assert!(truth(&mut db, &format!("SELECT audit_verify('t', {latest})")));
    assert!(
        since[0].0 <= 8 * 3 + 4,
        "index scans of the table since the latest checkpoint: {since:?}"
    );
    assert_eq!(since[0].2, 0, "{since:?}");
    assert!(
        since[1].0 <= at_400[1].0,
        "chain_heads read as often as by a full verification: {since:?}"
    );
}

/// Times audit_verify of one table with 8 chains and many checkpoint records (35,000 by
/// default, AUDIT_CHAIN_MEASURE_RECORDS to change), each taken after a row in every chain, against
/// the same table without records (in a database of its own, so that its verification reads no
/// record either); prints microseconds per record. Ignored by default (about two minutes to build;
/// the databases inc_measure and inc_measure_rows are kept for the next run):
/// `cargo test --features "pg15 integration" --test incremental -- --ignored --nocapture`
#[test]
#[ignore]
fn measure_many_checkpoints() {
    let n: i64 = std::env::var("AUDIT_CHAIN_MEASURE_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(35_000);
    let mut with = measure_db("inc_measure", n, true);
    let mut without = measure_db("inc_measure_rows", n, false);
    let latest: i64 =
        with.query_one("SELECT max(id) FROM audit_chain.checkpoints", &[]).unwrap().get(0);
    // The median of three runs; None if the statement fails (a build without the function).
    let time = |db: &mut Client, sql: &str| -> Option<f64> {
        let mut runs = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            let ok: bool = db.query_one(sql, &[]).ok()?.get(0);
            assert!(ok, "{sql} is false");
            runs.push(t.elapsed().as_secs_f64());
        }
        runs.sort_by(|a, b| a.total_cmp(b));
        Some(runs[1])
    };
    let with_records = time(&mut with, "SELECT audit_verify('m')").unwrap();
    let rows_only = time(&mut without, "SELECT audit_verify('m')").unwrap();
    println!(
        "audit_verify of 8 chains x {n} rows: with {n} checkpoint records {with_records:.3} s, \
         without records {rows_only:.3} s: {:.1} us per record",
        (with_records - rows_only) * 1e6 / n as f64
    );
    match time(&mut with, &format!("SELECT audit_verify('m', {latest})")) {
        Some(t) => println!("audit_verify('m', since => the latest record): {:.1} ms", t * 1e3),
        None => println!("audit_verify('m', since) is not available in this build"),
    }
    // The same records after a prune past all but the newest: every anchor now lies before its
    // chain's base, where the rows the record times still protect are looked for.
    drop(with);
    let pruned_name = "inc_measure_pruned";
    let mut admin = connect("postgres");
    let exists: bool = admin
        .query_one("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", &[&pruned_name])
        .unwrap()
        .get(0);
    if !exists {
        // (The template's last session may still be ending.)
        let create = format!("CREATE DATABASE {pruned_name} TEMPLATE inc_measure");
        for _ in 0..50 {
            if admin.batch_execute(&create).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        let mut p = connect(pruned_name);
        p.batch_execute("SELECT audit_prune('m', clock_timestamp()); VACUUM ANALYZE").unwrap();
    }
    let mut pruned = connect(pruned_name);
    let t = time(&mut pruned, "SELECT audit_verify('m')").unwrap();
    println!(
        "after a prune past {n} records' anchors: {t:.3} s, {:.1} us per record",
        t * 1e6 / n as f64
    );
}

/// Database `name` with table m: 8 chains of `n` rows each, and (`records`) a checkpoint after
/// every row of every chain; built unless it is there already.
fn measure_db(name: &str, n: i64, records: bool) -> Client {
    let mut admin = connect("postgres");
    let exists: bool = admin
        .query_one("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", &[&name])
        .unwrap()
        .get(0);
    if exists {
        let mut db = connect(name);
        let have: (i64, i64) = db
            .query_one(
                "SELECT (SELECT count(*) FROM m),
                        (SELECT count(*) FROM audit_chain.checkpoints WHERE kind = 'checkpoint')",
                &[],
            )
            .map(|r| (r.get(0), r.get(1)))
            .unwrap_or((-1, -1));
        if have == (8 * n, if records { n } else { 0 }) {
            return db;
        }
    }
    let mut db = common::fresh_db_at(&common::url, name);
    db.batch_execute(
        "SET client_min_messages = error; CREATE TABLE m (id int, v text); SELECT audit_enable('m', 8)",
    )
    .unwrap();
    let started = Instant::now();
    let mut writers: Vec<Client> = (0..8).map(|_| connect(name)).collect();
    for w in &mut writers {
        w.batch_execute("SET synchronous_commit = off").unwrap();
    }
    // Eight transactions open at once take the eight chains.
    let rounds = if records { n } else { 1 };
    let rows = if records { 1 } else { n };
    for _ in 0..rounds {
        for w in &mut writers {
            w.batch_execute(&format!(
                "BEGIN; INSERT INTO m SELECT g, 'x' FROM generate_series(1, {rows}) g"
            ))
            .unwrap();
        }
        for w in &mut writers {
            w.batch_execute("COMMIT").unwrap();
        }
        if records {
            db.batch_execute("SELECT audit_checkpoint('m')").unwrap();
        }
    }
    db.batch_execute("VACUUM ANALYZE").unwrap();
    println!("built {name} in {:.0} s", started.elapsed().as_secs_f64());
    db
}
