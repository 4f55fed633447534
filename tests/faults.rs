//! Fault tests with clusters of their own: a postmaster killed with SIGKILL under 8 concurrent
//! writers, and a streaming hot standby that verifies read-only and continues the chain after
//! promotion. Each test starts (and stops) its own throwaway cluster through scripts/cluster.sh,
//! on a loopback port of its own, so it needs root, sudo and the installed extension — which
//! scripts/test.sh provides.
#![cfg(feature = "integration")]

use postgres::{Client, NoTls};
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

mod common;
use common::{bin, Cluster};

fn setup_db(c: &Cluster, chains: i32) {
    let mut admin = c.connect("postgres");
    admin.batch_execute("DROP DATABASE IF EXISTS faults").unwrap();
    admin.batch_execute("CREATE DATABASE faults").unwrap();
    let mut db = c.connect("faults");
    db.batch_execute(&format!(
        "CREATE EXTENSION audit_chain;
         CREATE TABLE events (id bigint NOT NULL, writer int NOT NULL, payload text);
         SELECT audit_enable('events', {chains});"
    ))
    .unwrap();
}

fn verify(db: &mut Client) -> bool {
    db.query_one("SELECT audit_verify()", &[]).unwrap().get(0)
}

/// 8 writers insert until the postmaster is killed; every insert whose COMMIT was acknowledged
/// must be there after restart, and the chain must verify. Repeated three times on one cluster.
#[test]
fn kill_postmaster_under_load_loses_no_acknowledged_row() {
    let cluster = Cluster::fresh("/tmp/audit_chain_faults_crash", 5478, &[]);
    setup_db(&cluster, 8);
    let acknowledged: Arc<Mutex<HashSet<i64>>> = Arc::new(Mutex::new(HashSet::new()));
    for round in 0..3 {
        let stop = Arc::new(AtomicBool::new(false));
        let mut writers = Vec::new();
        for w in 0..8i64 {
            let port = cluster.port;
            let stop = stop.clone();
            let acked = acknowledged.clone();
            writers.push(thread::spawn(move || {
                let url = format!("host=127.0.0.1 port={port} user=postgres dbname=faults");
                let Ok(mut db) = Client::connect(&url, NoTls) else { return 0 };
                let mut n = 0i64;
                while !stop.load(Ordering::Relaxed) {
                    let base = (round as i64 * 8 + w) * 1_000_000 + n * 10;
                    let rows = 1 + (n % 3);
                    let sql = format!(
                        "INSERT INTO events (id, writer, payload) SELECT {base} + g, {w}, repeat('x', 50) FROM generate_series(0, {}) g",
                        rows - 1
                    );
                    match db.batch_execute(&format!("BEGIN; {sql}; COMMIT;")) {
                        Ok(()) => {
                            let mut a = acked.lock().unwrap();
                            for g in 0..rows {
                                a.insert(base + g);
                            }
                        }
                        Err(_) => return n, // the server went away
                    }
                    n += 1;
                }
                n
            }));
        }
        thread::sleep(Duration::from_millis(1500));
        cluster.kill9();
        stop.store(true, Ordering::Relaxed);
        let committed: i64 = writers.into_iter().map(|h| h.join().unwrap()).sum();
        assert!(committed > 0, "round {round}: writers committed nothing before the crash");
        cluster.start();
        let mut db = cluster.connect("faults");
        assert!(verify(&mut db), "round {round}: audit_verify() false after crash recovery");
        let present = common::event_ids(&mut db);
        let acked = acknowledged.lock().unwrap();
        let lost: Vec<_> = acked.iter().filter(|id| !present.contains(id)).take(5).collect();
        assert!(lost.is_empty(), "round {round}: acknowledged rows lost after crash: {lost:?}");
        // Chains are gap-free and the heads match the rows.
        let gaps = common::chains_with_gaps(&mut db);
        assert_eq!(gaps, 0, "round {round}: a chain has gaps");
        // New inserts continue the chains.
        db.batch_execute("INSERT INTO events VALUES (-1, -1, 'after crash')").unwrap();
        assert!(verify(&mut db));
    }
}

/// A hot standby made with pg_basebackup verifies the same chain read-only; after promotion,
/// inserts continue the chain and verify.
#[test]
fn standby_verifies_and_continues_after_promotion() {
    let primary = Cluster::fresh(
        "/tmp/audit_chain_faults_primary",
        5476,
        &["wal_level = replica", "max_wal_senders = 4", "hot_standby = on"],
    );
    std::fs::OpenOptions::new()
        .append(true)
        .open(primary.dir.join("data/pg_hba.conf"))
        .and_then(|mut f| {
            use std::io::Write;
            writeln!(f, "host replication postgres 127.0.0.1/32 trust")
        })
        .unwrap();
    primary.stop();
    primary.start();
    setup_db(&primary, 4);
    let mut p = primary.connect("faults");
    p.batch_execute(
        "INSERT INTO events SELECT g, 0, 'before standby' FROM generate_series(1, 1000) g",
    )
    .unwrap();

    let standby_dir = "/tmp/audit_chain_faults_standby";
    let standby = Cluster { dir: PathBuf::from(standby_dir), port: 5477 };
    standby.stop();
    let _ = std::fs::remove_dir_all(standby_dir);
    std::fs::create_dir_all(standby_dir).unwrap();
    assert!(Command::new("chown").args(["postgres", standby_dir]).status().unwrap().success());
    let st = Command::new("sudo")
        .args([
            "-u",
            "postgres",
            &format!("{}/pg_basebackup", bin()),
            "-h",
            "127.0.0.1",
            "-p",
            "5476",
            "-U",
            "postgres",
        ])
        .args(["-D", &format!("{standby_dir}/data"), "-R", "-X", "stream", "--checkpoint=fast"])
        .status()
        .unwrap();
    assert!(st.success(), "pg_basebackup failed");
    {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(format!("{standby_dir}/data/postgresql.conf"))
            .unwrap();
        writeln!(f, "port = 5477\nunix_socket_directories = '{standby_dir}'").unwrap();
    }
    standby.start();
    p.batch_execute(
        "INSERT INTO events SELECT g, 1, 'while standby runs' FROM generate_series(1, 1000) g",
    )
    .unwrap();
    let target: String = p.query_one("SELECT pg_current_wal_lsn()::text", &[]).unwrap().get(0);
    let mut s = standby.connect("faults");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let caught_up: bool = s
            .query_one("SELECT pg_last_wal_replay_lsn() >= $1::text::pg_lsn", &[&target])
            .unwrap()
            .get(0);
        if caught_up {
            break;
        }
        assert!(Instant::now() < deadline, "standby did not catch up");
        thread::sleep(Duration::from_millis(200));
    }
    let in_recovery: bool = s.query_one("SELECT pg_is_in_recovery()", &[]).unwrap().get(0);
    assert!(in_recovery);
    assert!(verify(&mut s), "audit_verify() false on the standby");
    let n: i64 = s.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
    assert_eq!(n, 2000);
    // Writes are refused on the standby by PostgreSQL itself.
    assert!(s.batch_execute("INSERT INTO events VALUES (1, 1, 'x')").is_err());

    drop(p);
    primary.stop();
    let st = Command::new("sudo")
        .args([
            "-u",
            "postgres",
            &format!("{}/pg_ctl", bin()),
            "-D",
            &format!("{standby_dir}/data"),
            "-w",
            "promote",
        ])
        .status()
        .unwrap();
    assert!(st.success(), "promotion failed");
    let mut s = standby.connect("faults");
    s.batch_execute(
        "INSERT INTO events SELECT g, 2, 'after promotion' FROM generate_series(1, 500) g",
    )
    .unwrap();
    assert!(verify(&mut s), "audit_verify() false after promotion");
    let max_seq: i64 =
        s.query_one("SELECT sum(seq)::bigint FROM audit_chain.chain_heads", &[]).unwrap().get(0);
    assert_eq!(max_seq, 2500, "sequence numbers did not continue from the primary's heads");
}
