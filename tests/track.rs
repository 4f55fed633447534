//! Tracked tables (audit_track) under concurrent writers, as clients of a running cluster
//! (scripts/test.sh starts one and sets AUDIT_CHAIN_TEST_PGHOST / AUDIT_CHAIN_TEST_PGPORT):
//! writers that insert, update, delete and move the same keys at once, half of their
//! transactions (and some savepoints) rolled back, a TRUNCATE and an ALTER TABLE in the middle;
//! afterwards the history verifies, proves the table's contents, and rebuilds them.
#![cfg(feature = "integration")]

mod common;

use postgres::{Client, NoTls};
use rand::{Rng, SeedableRng};

fn connect(db: &str) -> Client {
    Client::connect(&common::url(db), NoTls).unwrap()
}

fn truth(db: &mut Client, sql: &str) -> bool {
    db.query_one(sql, &[]).unwrap().get(0)
}

fn problems(db: &mut Client) -> Vec<String> {
    db.query("SELECT kind || ': ' || detail FROM audit_verify_report('accounts_history')", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

/// `writers` threads, each running `txns` transactions of random changes on keys 1..=50 (so that
/// they meet on the same rows); every other transaction rolls back, and some roll back to a
/// savepoint. Deadlocks and unique violations between writers are expected and rolled back.
fn write_concurrently(db_name: &str, writers: usize, txns: usize) {
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let db_name = db_name.to_string();
            std::thread::spawn(move || {
                let mut db = connect(&db_name);
                let mut rng = rand::rngs::StdRng::seed_from_u64(w as u64);
                for t in 0..txns {
                    let mut sql = String::from("BEGIN;");
                    for _ in 0..rng.gen_range(1..6) {
                        let k = rng.gen_range(1..=50);
                        let k2 = rng.gen_range(1..=50);
                        let v = rng.gen_range(0..1000);
                        sql.push_str(&match rng.gen_range(0..5) {
                            0 => format!(
                                "INSERT INTO accounts VALUES ({k}, 'w{w}', {v}) ON CONFLICT (id) DO NOTHING;"
                            ),
                            1 => format!("UPDATE accounts SET balance = {v} WHERE id = {k};"),
                            2 => format!("DELETE FROM accounts WHERE id = {k};"),
                            3 => format!(
                                "SAVEPOINT s; UPDATE accounts SET holder = 'x' WHERE id = {k}; ROLLBACK TO SAVEPOINT s;"
                            ),
                            _ => format!(
                                "UPDATE accounts SET id = {k2} WHERE id = {k} AND NOT EXISTS (SELECT FROM accounts WHERE id = {k2});"
                            ),
                        });
                    }
                    sql.push_str(if t % 2 == 0 { "COMMIT;" } else { "ROLLBACK;" });
                    if db.batch_execute(&sql).is_err() {
                        // A deadlock or a unique violation between writers: the transaction is gone.
                        db.batch_execute("ROLLBACK").unwrap();
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn concurrent_writers_and_rollbacks_keep_the_history_exact() {
    let mut db = common::fresh_db_at(&common::url, "track_concurrency");
    db.batch_execute(
        "CREATE TABLE accounts (id int PRIMARY KEY, holder text, balance int);
         INSERT INTO accounts SELECT g, 'init', g FROM generate_series(1, 25) g;
         SELECT audit_track('accounts');",
    )
    .unwrap();
    write_concurrently("track_concurrency", 8, 60);
    assert!(problems(&mut db).is_empty(), "{:?}", problems(&mut db));
    let before: String = db.query_one("SELECT clock_timestamp()::text", &[]).unwrap().get(0);
    let snapshot: String = db
        .query_one("SELECT coalesce(array_agg(a ORDER BY id)::text, '') FROM accounts a", &[])
        .unwrap()
        .get(0);

    // A TRUNCATE and a schema change while writers keep going.
    let writers = std::thread::spawn(|| write_concurrently("track_concurrency", 4, 40));
    let mut ddl = connect("track_concurrency");
    ddl.batch_execute("TRUNCATE accounts; ALTER TABLE accounts ADD COLUMN note text DEFAULT 'n'")
        .unwrap();
    writers.join().unwrap();
    ddl.batch_execute("ALTER TABLE accounts ALTER COLUMN balance TYPE bigint").unwrap();
    write_concurrently("track_concurrency", 8, 30);

    assert!(truth(&mut db, "SELECT audit_verify('accounts_history')"), "{:?}", problems(&mut db));
    // The history rebuilds the table as it is now, and as it was before the TRUNCATE.
    assert!(truth(
        &mut db,
        "SELECT coalesce((SELECT array_agg(a ORDER BY id) FROM accounts a) \
                = (SELECT array_agg(a ORDER BY id) FROM audit_as_of(NULL::accounts, now()) a), true)"
    ));
    let then: String = db
        .query_one(
            "SELECT coalesce(array_agg(ROW(a.id, a.holder, a.balance) ORDER BY id)::text, '') \
               FROM audit_as_of(NULL::accounts, $1::text::timestamptz) a",
            &[&before],
        )
        .unwrap()
        .get(0);
    assert_eq!(then, snapshot);
    // Rolled back changes left no history: every recorded change is a committed one, so the
    // history holds no row for a key that was never committed.
    assert!(truth(
        &mut db,
        "SELECT NOT EXISTS (SELECT FROM accounts_history WHERE new_row->>'holder' = 'x')"
    ));

    // A change behind the tracking's back (trigger off in the catalog, seen by a new session).
    db.batch_execute(
        "UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track'",
    )
    .unwrap();
    let mut bypass = connect("track_concurrency");
    bypass
        .batch_execute("INSERT INTO accounts (id, holder, balance) VALUES (1000, 'm', 1)")
        .unwrap();
    db.batch_execute(
        "UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'accounts'::regclass AND tgname = 'audit_chain_track'",
    )
    .unwrap();
    let p = problems(&mut db);
    assert!(
        p.iter().any(|p| p.starts_with("tracked_mismatch") && p.contains(r#"{"id": 1000}"#)),
        "{p:?}"
    );
}
