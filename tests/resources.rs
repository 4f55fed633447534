//! Resource exhaustion with clusters of their own: a full disk under an audit table, and a server
//! that runs out of memory while recording and verifying large rows. Each must fail the statement
//! with a clean ERROR and a fixed SQLSTATE, never crash the server, never lose a committed row,
//! and leave a chain that verifies and continues once the resource is back.
//!
//! The disk is a real one: a tmpfs mounted for the test (root), holding a tablespace, so that
//! PostgreSQL gets ENOSPC from the kernel. Memory is limited with `prlimit --as` on the postmaster,
//! which every backend it starts inherits, so allocations fail the way they do on a host that has
//! run out of memory without an OOM killer.
#![cfg(feature = "integration")]

mod common;

use common::Cluster;
use postgres::{Client, NoTls};
use std::collections::HashSet;
use std::process::Command;

fn code(e: &postgres::Error) -> String {
    e.code().map(|c| c.code().to_string()).unwrap_or_else(|| format!("no SQLSTATE: {e}"))
}

fn verify(db: &mut Client) -> bool {
    db.query_one("SELECT audit_verify()", &[]).unwrap().get(0)
}

fn sh(cmd: &str, args: &[&str]) {
    let st = Command::new(cmd).args(args).status().unwrap();
    assert!(st.success(), "{cmd} {args:?} failed");
}

/// A tmpfs of `mb` megabytes at `dir`, unmounted when dropped.
struct SmallDisk {
    dir: String,
}

impl SmallDisk {
    fn mount(dir: &str, mb: u32) -> SmallDisk {
        let _ = Command::new("umount").arg(dir).stderr(std::process::Stdio::null()).status();
        std::fs::create_dir_all(dir).unwrap();
        sh("mount", &["-t", "tmpfs", "-o", &format!("size={mb}m"), "tmpfs", dir]);
        sh("chown", &["postgres", dir]);
        SmallDisk { dir: dir.into() }
    }

    fn resize(&self, mb: u32) {
        sh("mount", &["-o", &format!("remount,size={mb}m"), &self.dir]);
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

/// Identifies the server's current incarnation: the checkpointer's PID. A crashed backend makes
/// the postmaster terminate every process and start them afresh (pg_postmaster_start_time()
/// would not change), so a new PID here means a crash happened.
const INCARNATION: &str =
    "SELECT pid::text FROM pg_stat_activity WHERE backend_type = 'checkpointer'";

/// Whether the server is still the incarnation `started` (no crash and reinitialization).
fn same_server(c: &Cluster, started: &str) -> bool {
    let mut db = c.connect("postgres");
    let now: String = db.query_one(INCARNATION, &[]).unwrap().get(0);
    now == started
}

/// Inserts into an audit table whose tablespace is on a full disk: the insert that cannot get
/// space fails with 53100 (disk_full) and leaves nothing behind; verification, checkpoints and
/// pruning go on working; once there is space again, inserts continue the chain, no acknowledged row is
/// missing, and everything verifies — also after a restart.
#[test]
fn disk_full_fails_cleanly_and_loses_nothing() {
    // The disk first: dropped last, after the cluster using it has stopped (also on a panic).
    let disk = SmallDisk::mount("/tmp/audit_chain_faults_disk_space", 8);
    let c = Cluster::fresh("/tmp/audit_chain_faults_disk", 5472, &[]);
    let ts = format!("{}/ts", disk.dir);
    std::fs::create_dir_all(&ts).unwrap();
    sh("chown", &["postgres", &ts]);
    let mut admin = c.connect("postgres");
    admin.batch_execute(&format!("CREATE TABLESPACE small LOCATION '{ts}'")).unwrap();
    admin.batch_execute("CREATE DATABASE faults").unwrap();
    let started: String = admin.query_one(INCARNATION, &[]).unwrap().get(0);
    let mut db = c.connect("faults");
    db.batch_execute(
        "CREATE EXTENSION audit_chain;
         CREATE TABLE events (id bigint NOT NULL, payload text) TABLESPACE small;
         SELECT audit_enable('events', 2);",
    )
    .unwrap();

    let mut acked: HashSet<i64> = HashSet::new();
    let mut failures = Vec::new();
    let mut next = 0i64;
    // 500 rows of ~850 bytes per transaction: the 8 MB disk fills within a few dozen.
    for _ in 0..200 {
        let sql = format!(
            "INSERT INTO events SELECT {next} + g, repeat(md5(g::text), 26) FROM generate_series(0, 499) g"
        );
        match db.batch_execute(&sql) {
            Ok(()) => acked.extend(next..next + 500),
            Err(e) => failures.push(code(&e)),
        }
        next += 500;
        if failures.len() >= 3 {
            break;
        }
    }
    assert!(!acked.is_empty(), "nothing fit on the disk");
    assert_eq!(failures.len(), 3, "the disk never filled up");
    assert!(failures.iter().all(|c| c == "53100"), "expected disk_full (53100), got {failures:?}");
    // A transaction that inserted before hitting the full disk rolls back whole.
    let e = db
        .batch_execute(
            "BEGIN; INSERT INTO events VALUES (-1, 'small'); \
             INSERT INTO events SELECT -2 - g, repeat(md5(g::text), 26) FROM generate_series(0, 4999) g; COMMIT;",
        )
        .unwrap_err();
    assert_eq!(code(&e), "53100");
    db.batch_execute("ROLLBACK").unwrap();

    // Full disk: reading, verifying and checkpointing (catalogs live elsewhere) still work.
    assert!(verify(&mut db), "audit_verify() false with the disk full");
    db.query_one("SELECT audit_checkpoint()", &[]).unwrap();
    let n: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(n as usize, acked.len(), "rows of failed inserts were left behind, or rows lost");
    // Pruning needs no new space in the table (it marks rows deleted in place; its record goes
    // to the catalog), so retention keeps working on a full disk.
    let cut: String = db
        .query_one(
            "SELECT (SELECT audit_at FROM events ORDER BY audit_at OFFSET 1000 LIMIT 1)::text",
            &[],
        )
        .unwrap()
        .get(0);
    let pruned: i64 = db
        .query_one("SELECT audit_prune('events', $1::text::timestamptz)", &[&cut])
        .unwrap()
        .get(0);
    assert!(pruned > 0, "nothing pruned on the full disk");
    let kept: HashSet<i64> =
        db.query("SELECT id FROM events", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(acked.len() - kept.len(), pruned as usize, "prune removed other than it said");
    acked = kept;
    assert!(verify(&mut db), "audit_verify() false after pruning on the full disk");

    // Space again: the chain goes on where it stopped.
    disk.resize(64);
    db.batch_execute(&format!(
        "INSERT INTO events SELECT {next} + g, 'after' FROM generate_series(0, 999) g"
    ))
    .unwrap();
    acked.extend(next..next + 1000);
    assert!(verify(&mut db), "audit_verify() false after space came back");
    assert!(same_server(&c, &started), "the server restarted: a backend crashed");

    drop(db);
    drop(admin);
    c.stop();
    c.start();
    let mut db = c.connect("faults");
    assert!(verify(&mut db), "audit_verify() false after restart");
    let present = common::event_ids(&mut db);
    assert_eq!(present, acked, "the rows present are not exactly the acknowledged ones");
    let gaps = common::chains_with_gaps(&mut db);
    assert_eq!(gaps, 0, "a chain has gaps");
    drop(db);
    c.stop();
}

/// Sets the postmaster's soft address-space limit (the hard one stays unlimited, so that it can
/// be lifted again without privileges this machine may not grant).
fn postmaster_address_limit(c: &Cluster, soft: &str) {
    let pid = c.postmaster_pid().to_string();
    // As the postmaster's own user: this machine may not grant root CAP_SYS_RESOURCE.
    sh("sudo", &["-u", "postgres", "prlimit", "--pid", &pid, &format!("--as={soft}:unlimited")]);
}

/// Runs `sql` on a new connection, so that it runs in a backend started under the current limit.
fn run_fresh(c: &Cluster, sql: &str) -> Result<(), String> {
    let url = format!("host=127.0.0.1 port={} user=postgres dbname=faults", c.port);
    let mut db = Client::connect(&url, NoTls).map_err(|e| format!("connect: {e}"))?;
    db.batch_execute(sql).map_err(|e| code(&e))
}

/// With every backend's address space limited, inserting ever larger values fails at some size
/// with 53200 (out_of_memory) and only that: no crashed backend (which would make the postmaster
/// restart every session), no half-written row, no broken chain. Verification of a table holding
/// a value too large for the limit fails the same clean way, and succeeds once memory is back;
/// pruning under the limit leaves a chain that verifies.
#[test]
fn out_of_memory_fails_cleanly_and_keeps_the_chain() {
    let c = Cluster::fresh("/tmp/audit_chain_faults_oom", 5471, &["shared_buffers = 32MB"]);
    let mut admin = c.connect("postgres");
    admin.batch_execute("CREATE DATABASE faults").unwrap();
    let started: String = admin.query_one(INCARNATION, &[]).unwrap().get(0);
    let mut db = c.connect("faults");
    db.batch_execute(
        "CREATE EXTENSION audit_chain;
         CREATE TABLE events (id bigint NOT NULL, body text, doc jsonb, tags text[]);
         SELECT audit_enable('events', 2);
         INSERT INTO events SELECT g, 'small', jsonb_build_object('g', g) FROM generate_series(1, 1000) g;
         -- recorded with memory to spare; verified below under the limit
         INSERT INTO events VALUES (0, repeat('big', 60000000), NULL, NULL);",
    )
    .unwrap();
    drop(db);

    postmaster_address_limit(&c, "900000000");
    let mut ok = 0i64;
    let mut oom = 0;
    for mb in [1usize, 100, 250] {
        let n = mb * 1_000_000;
        for sql in [
            format!("INSERT INTO events VALUES ({mb}, repeat('x', {n}), NULL)"),
            format!(
                "INSERT INTO events SELECT {mb}, NULL, jsonb_build_object('k', repeat('y', {n}))"
            ),
            // Arrays are encoded through a buffer of audit_chain's own (length-framed).
            format!(
                "INSERT INTO events (id, tags) SELECT {mb}, array_agg(repeat('z', 1000)) \
                 FROM generate_series(1, {}) g",
                n / 1000
            ),
        ] {
            match run_fresh(&c, &sql) {
                Ok(()) => ok += 1,
                Err(code) if code == "53200" => oom += 1,
                Err(other) => panic!("{sql:.60}...: expected success or 53200, got {other}"),
            }
            assert!(
                same_server(&c, &started),
                "{sql:.60}...: the server restarted: a backend crashed"
            );
        }
    }
    eprintln!("inserts under the limit: {ok} succeeded, {oom} ran out of memory");
    assert!(oom > 0, "no insert ran out of memory: the limit is too high to test anything");
    assert!(ok > 0, "every insert ran out of memory: the limit is too low to test anything");
    // Verifying the 180 MB row needs more memory than the limit leaves: a clean error or success.
    let r = run_fresh(&c, "SELECT audit_verify()");
    assert!(same_server(&c, &started), "audit_verify() under the limit crashed the server: {r:?}");
    if let Err(code) = r {
        assert_eq!(code, "53200", "audit_verify() under the limit");
    }

    postmaster_address_limit(&c, "unlimited");
    let mut db = c.connect("faults");
    assert!(verify(&mut db), "audit_verify() false after out-of-memory failures");
    let n: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(n, 1001 + ok, "rows of failed inserts were left behind, or rows lost");

    // Pruning under the limit: it deletes along the chain index without reading row values, so
    // the 180 MB row costs it nothing; it succeeds, or fails cleanly.
    let chains_used: i64 =
        db.query_one("SELECT count(DISTINCT audit_chain_id) FROM events", &[]).unwrap().get(0);
    postmaster_address_limit(&c, "900000000");
    let r = run_fresh(&c, "SELECT audit_prune('events', clock_timestamp())");
    assert!(same_server(&c, &started), "audit_prune() under the limit crashed the server: {r:?}");
    postmaster_address_limit(&c, "unlimited");
    let n: i64 = db.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    match r {
        Ok(()) => assert_eq!(n, chains_used, "a prune of everything keeps each chain's last row"),
        Err(code) => {
            assert_eq!(code, "53200", "audit_prune() under the limit");
            assert_eq!(n, 1001 + ok, "a failed prune removed rows");
        }
    }
    assert!(verify(&mut db), "audit_verify() false after pruning under the limit");
    db.batch_execute("INSERT INTO events VALUES (-1, 'after', NULL, NULL)").unwrap();
    assert!(verify(&mut db));
    assert!(same_server(&c, &started));
    drop(db);
    drop(admin);
    c.stop();
}
