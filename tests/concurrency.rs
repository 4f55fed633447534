//! Concurrency, as clients of a running cluster (scripts/test.sh starts one and sets
//! AUDIT_CHAIN_TEST_PGHOST / AUDIT_CHAIN_TEST_PGPORT): 8 writers with random rollbacks,
//! savepoints, every insert path and every isolation level must leave gap-free chains that verify,
//! holding exactly the committed rows; checkpoints and pruning may run alongside; writers crossing
//! two tables in opposite orders must not hang. Writers never wait for each other (a table adds a
//! chain when all are busy), and neither a session idle in a transaction nor a forgotten prepared
//! transaction holds up other writers or pruning.
#![cfg(feature = "integration")]

use postgres::{Client, IsolationLevel, NoTls};
use rand::{Rng, SeedableRng};
use std::collections::HashSet;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

fn url(db: &str) -> String {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST")
        .expect("AUDIT_CHAIN_TEST_PGHOST is not set: run these tests through scripts/test.sh");
    let port =
        std::env::var("AUDIT_CHAIN_TEST_PGPORT").expect("AUDIT_CHAIN_TEST_PGPORT is not set");
    format!("host={host} port={port} user=postgres dbname={db}")
}

/// A fresh database with the extension, named after the test.
fn fresh_db(name: &str) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = Client::connect(&url(name), NoTls).unwrap();
    db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    db
}

fn sqlstate(e: &postgres::Error) -> String {
    e.code().map(|c| c.code().to_string()).unwrap_or_default()
}

/// Asserts what must hold after any mix of committed and rolled-back writers.
fn assert_chain_holds_exactly(
    db: &mut Client,
    table: &str,
    committed: &HashSet<i64>,
    rolled_back: &HashSet<i64>,
) {
    let ok: bool = db.query_one(&format!("SELECT audit_verify('{table}')"), &[]).unwrap().get(0);
    assert!(ok, "audit_verify('{table}') is false");
    // Every chain: sequence numbers exactly 1..n, each row linked to the previous one.
    let bad: i64 = db
        .query_one(
            &format!(
                "SELECT count(*) FROM (
                   SELECT audit_seq, row_number() OVER w AS rn, audit_prev, lag(audit_hash) OVER w AS prev_hash
                     FROM {table} WINDOW w AS (PARTITION BY audit_chain_id ORDER BY audit_seq)) s
                  WHERE audit_seq <> rn OR (prev_hash IS NOT NULL AND audit_prev <> prev_hash)"
            ),
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(bad, 0, "{table}: a chain has a gap, a duplicate or a broken link");
    let heads_match: bool = db
        .query_one(
            &format!(
                "SELECT bool_and(h.seq = coalesce(m.max_seq, 0)) FROM audit_chain.chain_heads h
                   LEFT JOIN (SELECT audit_chain_id, max(audit_seq) AS max_seq FROM {table} GROUP BY 1) m
                     ON m.audit_chain_id = h.chain WHERE h.relid = '{table}'::regclass"
            ),
            &[],
        )
        .unwrap()
        .get(0);
    assert!(heads_match, "{table}: chain heads do not match the last rows");
    let present: HashSet<i64> = db
        .query(&format!("SELECT id FROM {table}"), &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let missing: Vec<_> = committed.difference(&present).take(5).collect();
    assert!(missing.is_empty(), "{table}: committed rows missing: {missing:?}");
    let ghosts: Vec<_> = rolled_back.intersection(&present).take(5).collect();
    assert!(ghosts.is_empty(), "{table}: rolled-back rows present: {ghosts:?}");
    assert_eq!(present.len(), committed.len(), "{table}: row count differs from committed rows");
}

/// One writer: `txs` transactions of 1..5 rows through a random insert path, ~20% rolled back,
/// some with a savepoint rolled back in the middle, some REPEATABLE READ or SERIALIZABLE.
fn writer(
    db_name: String,
    table: String,
    w: i64,
    txs: i64,
    committed: Arc<Mutex<HashSet<i64>>>,
    rolled_back: Arc<Mutex<HashSet<i64>>>,
) {
    let mut db = Client::connect(&url(&db_name), NoTls).unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(w as u64 * 7919);
    for t in 0..txs {
        let base = w * 1_000_000 + t * 100;
        let rows: Vec<i64> = (0..rng.gen_range(1..=5)).map(|i| base + i).collect();
        let iso = match rng.gen_range(0..10) {
            0 => IsolationLevel::RepeatableRead,
            1 => IsolationLevel::Serializable,
            _ => IsolationLevel::ReadCommitted,
        };
        let rollback = rng.gen_bool(0.2);
        let savepoint = rng.gen_bool(0.25);
        let path = rng.gen_range(0..4);
        loop {
            let mut tx = db.build_transaction().isolation_level(iso).start().unwrap();
            let mut kept = Vec::new();
            let mut dropped = Vec::new();
            let result = (|| -> Result<(), postgres::Error> {
                let first = rows.split_first().map(|(f, _)| *f);
                let list: Vec<String> =
                    rows.iter().map(|id| format!("({id}, {w}, 'p{id}')")).collect();
                match path {
                    0 => {
                        for id in &rows {
                            tx.execute(&format!("INSERT INTO {table} (id, writer, payload) VALUES ($1, {w}, 'single')"), &[id])?;
                        }
                    }
                    1 => {
                        tx.batch_execute(&format!(
                            "INSERT INTO {table} (id, writer, payload) VALUES {}",
                            list.join(", ")
                        ))?;
                    }
                    2 => {
                        tx.batch_execute(&format!(
                            "INSERT INTO {table} (id, writer, payload) SELECT g, {w}, 'select' FROM unnest(ARRAY[{}]::bigint[]) g",
                            rows.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(",")
                        ))?;
                    }
                    _ => {
                        let mut sink =
                            tx.copy_in(&format!("COPY {table} (id, writer, payload) FROM STDIN"))?;
                        for id in &rows {
                            writeln!(sink, "{id}\t{w}\tcopy").unwrap();
                        }
                        sink.finish()?;
                    }
                }
                kept.extend(rows.iter().copied());
                if savepoint {
                    let sid = base + 50;
                    tx.batch_execute(&format!(
                        "SAVEPOINT s; INSERT INTO {table} (id, writer, payload) VALUES ({sid}, {w}, 'savepoint'); ROLLBACK TO SAVEPOINT s;"
                    ))?;
                    dropped.push(sid);
                    let _ = first;
                }
                Ok(())
            })();
            match result {
                Ok(()) if rollback => {
                    tx.rollback().unwrap();
                    dropped.append(&mut kept);
                }
                Ok(()) => match tx.commit() {
                    Ok(()) => {}
                    Err(e) if matches!(sqlstate(&e).as_str(), "40001" | "40P01") => continue,
                    Err(e) => panic!("commit failed: {e}"),
                },
                Err(e) if matches!(sqlstate(&e).as_str(), "40001" | "40P01") => {
                    drop(tx);
                    continue;
                }
                Err(e) => panic!("writer {w}: {e}"),
            }
            committed.lock().unwrap().extend(kept);
            rolled_back.lock().unwrap().extend(dropped);
            break;
        }
    }
}

fn run_writers(name: &str, chains: i32, with_maintenance: bool) {
    let mut db = fresh_db(name);
    db.batch_execute(&format!(
        "CREATE TABLE events (id bigint NOT NULL, writer int NOT NULL, payload text);
         SELECT audit_enable('events', {chains});"
    ))
    .unwrap();
    let committed = Arc::new(Mutex::new(HashSet::new()));
    let rolled_back = Arc::new(Mutex::new(HashSet::new()));
    let done = Arc::new(AtomicBool::new(false));
    let maintenance = with_maintenance.then(|| {
        let done = done.clone();
        let name = name.to_string();
        thread::spawn(move || {
            let mut db = Client::connect(&url(&name), NoTls).unwrap();
            let mut digests = Vec::new();
            let mut pruned = 0i64;
            while !done.load(Ordering::Relaxed) {
                let d: serde_json_value::Json = db.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
                digests.push(d);
                pruned += db
                    .query_one("SELECT audit_prune('events', clock_timestamp() - interval '50 milliseconds')", &[])
                    .unwrap()
                    .get::<_, i64>(0);
                thread::sleep(Duration::from_millis(100));
            }
            (digests, pruned)
        })
    });
    let started = Instant::now();
    let handles: Vec<_> = (0..8)
        .map(|w| {
            let (c, r, n) = (committed.clone(), rolled_back.clone(), name.to_string());
            thread::spawn(move || writer(n, "events".into(), w, 60, c, r))
        })
        .collect();
    for h in handles {
        h.join().expect("a writer failed");
    }
    done.store(true, Ordering::Relaxed);
    assert!(started.elapsed() < Duration::from_secs(120), "writers took too long");
    let committed = committed.lock().unwrap().clone();
    let rolled_back = rolled_back.lock().unwrap().clone();
    assert!(committed.len() > 300, "too few committed rows to mean anything: {}", committed.len());
    assert!(!rolled_back.is_empty());
    match maintenance {
        None => assert_chain_holds_exactly(&mut db, "events", &committed, &rolled_back),
        Some(h) => {
            let (digests, pruned) = h.join().expect("checkpoint/prune thread failed");
            assert!(!digests.is_empty());
            let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
            assert!(ok, "audit_verify() false after concurrent pruning and checkpoints");
            let all =
                format!("[{}]", digests.iter().map(|d| d.0.as_str()).collect::<Vec<_>>().join(","));
            let ok: bool = db
                .query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&all])
                .unwrap()
                .get(0);
            assert!(ok, "a digest taken during the load no longer verifies");
            let remaining: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
            assert_eq!(
                remaining + pruned,
                committed.len() as i64,
                "pruned + remaining != committed"
            );
        }
    }
}

/// Minimal text wrapper so the maintenance thread can carry digests as text.
mod serde_json_value {
    pub struct Json(pub String);
    impl<'a> postgres::types::FromSql<'a> for Json {
        fn from_sql(
            ty: &postgres::types::Type,
            raw: &'a [u8],
        ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
            Ok(Json(<String as postgres::types::FromSql>::from_sql(ty, raw)?))
        }
        fn accepts(ty: &postgres::types::Type) -> bool {
            <String as postgres::types::FromSql>::accepts(ty)
        }
    }
}

#[test]
fn eight_writers_many_chains() {
    run_writers("conc_many_chains", 8, false);
}

#[test]
fn eight_writers_one_chain() {
    run_writers("conc_one_chain", 1, false);
}

#[test]
fn eight_writers_with_checkpoints_and_pruning() {
    run_writers("conc_maintenance", 4, true);
}

/// T1 inserts into A then B, T2 into B then A, each table created with one chain: neither waits
/// for the other (the second writer of a table adds a chain), so there is no deadlock to detect;
/// nothing hangs, and both tables verify.
#[test]
fn crossing_writers_do_not_hang() {
    let mut db = fresh_db("conc_crossing");
    db.batch_execute(
        "CREATE TABLE a (id int); SELECT audit_enable('a', 1);
         CREATE TABLE b (id int); SELECT audit_enable('b', 1);",
    )
    .unwrap();
    let outcomes: Vec<_> = [("a", "b"), ("b", "a")]
        .into_iter()
        .map(|(first, second)| {
            thread::spawn(move || {
                let mut c = Client::connect(&url("conc_crossing"), NoTls).unwrap();
                c.batch_execute("SET lock_timeout = '20s'").unwrap();
                let mut deadlocks = 0;
                for i in 0..20 {
                    let r = c.batch_execute(&format!(
                        "BEGIN; INSERT INTO {first} VALUES ({i}); SELECT pg_sleep(0.01); INSERT INTO {second} VALUES ({i}); COMMIT;"
                    ));
                    if let Err(e) = r {
                        assert_eq!(sqlstate(&e), "40P01", "unexpected error: {e}");
                        deadlocks += 1;
                        c.batch_execute("ROLLBACK").unwrap();
                    }
                }
                deadlocks
            })
        })
        .collect();
    let deadlocks: i32 =
        outcomes.into_iter().map(|o| o.join().expect("a crossing writer failed or hung")).sum();
    assert_eq!(deadlocks, 0, "writers waited for each other");
    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
}

/// Sessions that hold a chain (each inserted in a transaction it has not ended) do not make the
/// next writer wait: it adds a chain. Every chain verifies, and a checkpoint anchors them all.
#[test]
fn writers_never_wait_for_each_other() {
    let mut db = fresh_db("conc_never_wait");
    db.batch_execute("CREATE TABLE t (id int); SELECT audit_enable('t', 2);").unwrap();
    let mut idle: Vec<Client> = (0..5)
        .map(|i| {
            let mut c = Client::connect(&url("conc_never_wait"), NoTls).unwrap();
            c.batch_execute(&format!("BEGIN; INSERT INTO t VALUES ({i})")).unwrap();
            c
        })
        .collect();
    // Old behaviour: all chains busy, so this waited until lock_timeout (55P03).
    db.batch_execute(
        "SET lock_timeout = '3s'; INSERT INTO t SELECT g FROM generate_series(100, 149) g",
    )
    .unwrap();
    // The chains the idle sessions added are not committed yet: only the two audit_enable created
    // and the one this writer added are visible.
    let chains: i64 = db
        .query_one("SELECT count(*) FROM audit_chains WHERE table_name = 't'::regclass", &[])
        .unwrap()
        .get(0);
    assert_eq!(chains, 3, "two chains of audit_enable's and one added by this writer");
    // One creator of a chain rolls back: the chain it added is gone, and the next one to need a
    // chain adds it again.
    let mut gone = Client::connect(&url("conc_never_wait"), NoTls).unwrap();
    gone.batch_execute("BEGIN; INSERT INTO t VALUES (-1)").unwrap();
    gone.batch_execute("ROLLBACK").unwrap();
    for (i, c) in idle.iter_mut().enumerate() {
        if i % 2 == 0 {
            c.batch_execute("COMMIT").unwrap();
        } else {
            c.batch_execute("ROLLBACK").unwrap();
        }
    }
    let ok: bool = db.query_one("SELECT audit_verify('t')", &[]).unwrap().get(0);
    assert!(ok, "audit_verify('t') false with added chains");
    let chains: i64 = db
        .query_one("SELECT count(*) FROM audit_chains WHERE table_name = 't'::regclass", &[])
        .unwrap()
        .get(0);
    assert!((4..=6).contains(&chains), "{chains} chains after three idle writers committed");
    let digest: String = db.query_one("SELECT audit_checkpoint('t')::text", &[]).unwrap().get(0);
    let anchored: i64 = db
        .query_one("SELECT jsonb_array_length($1::text::jsonb->'chains')::bigint", &[&digest])
        .unwrap()
        .get(0);
    let now: i64 = db
        .query_one("SELECT count(*) FROM audit_chain.chain_heads WHERE relid = 't'::regclass", &[])
        .unwrap()
        .get(0);
    assert_eq!(anchored, now, "the checkpoint does not anchor every chain");
    db.batch_execute("INSERT INTO t SELECT g FROM generate_series(200, 299) g").unwrap();
    let ok: bool =
        db.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(ok, "a digest over added chains does not verify");
    let rows: i64 = db.query_one("SELECT count(*) FROM t", &[]).unwrap().get(0);
    assert_eq!(rows, 3 + 50 + 100);
}

/// A transaction holding every chain of a table, idle or prepared and forgotten, holds up neither
/// other writers nor pruning. (The cluster allows prepared transactions: scripts/test.sh.)
#[test]
fn idle_and_prepared_holders_stall_nothing() {
    let mut db = fresh_db("conc_idle_holders");
    db.batch_execute(
        "CREATE TABLE t (id int); SELECT audit_enable('t', 2);
         INSERT INTO t SELECT g FROM generate_series(1, 100) g;
         INSERT INTO t SELECT g FROM generate_series(101, 200) g;",
    )
    .unwrap();
    let mut idle = Client::connect(&url("conc_idle_holders"), NoTls).unwrap();
    idle.batch_execute("BEGIN; INSERT INTO t VALUES (1000)").unwrap();
    let mut prepared = Client::connect(&url("conc_idle_holders"), NoTls).unwrap();
    prepared
        .batch_execute("BEGIN; INSERT INTO t VALUES (2000); PREPARE TRANSACTION 'conc_forgotten'")
        .unwrap();
    let result = (|| -> Result<i64, postgres::Error> {
        db.batch_execute("SET lock_timeout = '3s'")?;
        db.batch_execute("INSERT INTO t SELECT g FROM generate_series(201, 250) g")?;
        let removed: i64 = db.query_one("SELECT audit_prune('t', clock_timestamp())", &[])?.get(0);
        db.batch_execute("INSERT INTO t SELECT g FROM generate_series(251, 260) g")?;
        Ok(removed)
    })();
    // Clean up before asserting, so that a failure leaves no prepared transaction behind.
    prepared.batch_execute("COMMIT PREPARED 'conc_forgotten'").unwrap();
    idle.batch_execute("COMMIT").unwrap();
    let removed = result.expect("a writer or pruning waited for an idle or prepared holder");
    assert!(removed >= 190, "pruning removed only {removed} rows");
    let ok: bool = db.query_one("SELECT audit_verify('t')", &[]).unwrap().get(0);
    assert!(ok, "audit_verify('t') false after pruning around held chains");
}

/// A chain's head row is updated at every commit, and found at the TID its last writer left it at
/// or else through the primary key of audit_chain.chain_heads. While an old snapshot keeps its
/// earlier versions alive, the row cannot stay on its page (no HOT update): it moves, and both the
/// writer's TID and the key index must follow it, or the next transaction would not find the
/// chain's head. Also checks that the head is found with many other audit tables present.
#[test]
fn chain_head_found_after_it_moves_to_another_page() {
    let mut db = fresh_db("conc_head_moves");
    db.batch_execute(
        "CREATE TABLE t (n int); SELECT audit_enable('t', 1);
         DO $$ BEGIN FOR i IN 1..40 LOOP
             EXECUTE format('CREATE TABLE other_%s (n int)', i);
             PERFORM audit_enable(format('other_%s', i)::regclass);
         END LOOP; END $$;",
    )
    .unwrap();
    let page = |db: &mut Client| -> f64 {
        db.query_one(
            "SELECT (ctid::text::point)[0] FROM audit_chain.chain_heads WHERE relid = 't'::regclass",
            &[],
        )
        .unwrap()
        .get(0)
    };
    let first_page = page(&mut db);
    let mut holder = Client::connect(&url("conc_head_moves"), NoTls).unwrap();
    holder.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM t").unwrap();
    for i in 0..400 {
        db.execute("INSERT INTO t VALUES ($1)", &[&i]).unwrap();
    }
    holder.batch_execute("COMMIT").unwrap();
    assert_ne!(
        page(&mut db),
        first_page,
        "the head row never left its page: the test proves nothing"
    );
    // Another session takes the head from where the first one left it (through the key).
    let mut other = Client::connect(&url("conc_head_moves"), NoTls).unwrap();
    for i in 400..405 {
        other.execute("INSERT INTO t VALUES ($1)", &[&i]).unwrap();
    }
    for i in 405..410 {
        db.execute("INSERT INTO t VALUES ($1)", &[&i]).unwrap();
    }
    let (rows, max_seq): (i64, i64) = db
        .query_one("SELECT count(*), max(audit_seq) FROM t", &[])
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!((rows, max_seq), (410, 410));
    db.batch_execute("SET enable_seqscan = off").unwrap();
    let head: i64 = db
        .query_one("SELECT seq FROM audit_chain.chain_heads WHERE relid = 't'::regclass", &[])
        .unwrap()
        .get(0);
    assert_eq!(head, 410, "the key index does not lead to the current head");
    let ok: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
}

/// A writer looks for its chain's head first at the TID where it last wrote it. That row version
/// must not be used once it is no longer the head: another session wrote the chain since, or
/// VACUUM FULL rewrote chain_heads (the TID then holds another table's head, or nothing), or the
/// writer's own commit failed after writing it. Each time the next row must still link to the
/// chain's true head.
#[test]
fn stale_head_position_is_not_used() {
    let mut a = fresh_db("conc_stale_head");
    a.batch_execute(
        "CREATE TABLE t (n int); SELECT audit_enable('t', 1);
         CREATE TABLE u (n int); SELECT audit_enable('u', 4);",
    )
    .unwrap();
    let mut b = Client::connect(&url("conc_stale_head"), NoTls).unwrap();
    let check = |db: &mut Client, rows: i64| {
        let (n, max_seq, ok): (i64, i64, bool) = db
            .query_one("SELECT count(*), max(audit_seq), audit_verify('t') FROM t", &[])
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .unwrap();
        assert_eq!((n, max_seq, ok), (rows, rows, true));
    };
    a.execute("INSERT INTO t VALUES (1)", &[]).unwrap();
    // Another writer moves the head: a's position is an old version now.
    b.execute("INSERT INTO t VALUES (2)", &[]).unwrap();
    a.execute("INSERT INTO t VALUES (3)", &[]).unwrap();
    check(&mut a, 3);
    // Several versions later, on the same page.
    for i in 0..5 {
        b.execute("INSERT INTO t VALUES ($1)", &[&i]).unwrap();
    }
    a.execute("INSERT INTO t VALUES (4)", &[]).unwrap();
    check(&mut a, 9);
    // A rewrite: the heads are renumbered from the start of the table, a's position now holds
    // another row (or none).
    for i in 0..30 {
        b.execute("INSERT INTO u VALUES ($1)", &[&i]).unwrap();
        a.execute("INSERT INTO t VALUES ($1)", &[&i]).unwrap();
    }
    b.batch_execute("VACUUM FULL audit_chain.chain_heads").unwrap();
    a.execute("INSERT INTO t VALUES (5)", &[]).unwrap();
    check(&mut a, 40);
    b.batch_execute("VACUUM FULL audit_chain.chain_heads").unwrap();
    b.execute("INSERT INTO t VALUES (6)", &[]).unwrap();
    b.batch_execute("VACUUM FULL audit_chain.chain_heads").unwrap();
    a.execute("INSERT INTO t VALUES (7)", &[]).unwrap();
    check(&mut a, 42);
    // A commit that fails after the heads were written (SERIALIZABLE's check at commit comes
    // after them): the version a wrote is aborted, the head is the one before it.
    a.batch_execute("CREATE TABLE sk (class int, v int)").unwrap();
    a.batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT sum(v) FROM sk WHERE class = 1")
        .unwrap();
    b.batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT sum(v) FROM sk WHERE class = 2")
        .unwrap();
    a.batch_execute("INSERT INTO sk VALUES (2, 1); INSERT INTO t VALUES (8)").unwrap();
    b.batch_execute("INSERT INTO sk VALUES (1, 1); COMMIT").unwrap();
    let e = a.batch_execute("COMMIT").unwrap_err();
    assert_eq!(sqlstate(&e), "40001", "{e}");
    a.execute("INSERT INTO t VALUES (9)", &[]).unwrap();
    check(&mut a, 43);
    let ok: bool = a.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
}

/// A checkpoint taken while a transaction is adding a chain (its first row is already older than
/// the checkpoint) lists that chain as being added: once it commits, verification raises no alarm
/// about a chain the checkpoint did not anchor.
#[test]
fn checkpoint_during_an_added_chain_is_no_false_alarm() {
    let mut db = fresh_db("conc_checkpoint_adding");
    db.batch_execute("CREATE TABLE t (id int); SELECT audit_enable('t', 1);").unwrap();
    let mut holder = Client::connect(&url("conc_checkpoint_adding"), NoTls).unwrap();
    holder.batch_execute("BEGIN; INSERT INTO t VALUES (1)").unwrap();
    let mut adder = Client::connect(&url("conc_checkpoint_adding"), NoTls).unwrap();
    adder.batch_execute("BEGIN; INSERT INTO t VALUES (2)").unwrap();
    let digest: String = db.query_one("SELECT audit_checkpoint('t')::text", &[]).unwrap().get(0);
    let adding: String =
        db.query_one("SELECT ($1::text::jsonb->'adding')::text", &[&digest]).unwrap().get(0);
    assert_eq!(adding, "[1]", "the checkpoint does not list the chain being added");
    adder.batch_execute("COMMIT").unwrap();
    holder.batch_execute("COMMIT").unwrap();
    let problems: Vec<String> = db
        .query("SELECT kind || ': ' || detail FROM audit_verify_report('t')", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(problems.is_empty(), "false alarm: {problems:?}");
}
