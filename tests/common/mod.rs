//! Throwaway clusters for the fault tests: each test starts (and stops) a cluster of its own
//! through scripts/cluster.sh, on a loopback port of its own.
#![allow(dead_code)]

use postgres::{Client, NoTls};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

/// The server binaries the tests run: scripts/test.sh exports PG_BIN for the PostgreSQL it tests.
pub fn bin() -> String {
    std::env::var("PG_BIN").unwrap_or_else(|_| "/usr/lib/postgresql/15/bin".into())
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct Cluster {
    pub dir: PathBuf,
    pub port: u16,
}

impl Cluster {
    /// A fresh cluster in `dir`, listening on 127.0.0.1:`port`.
    pub fn fresh(dir: &str, port: u16, conf: &[&str]) -> Cluster {
        let c = Cluster { dir: PathBuf::from(dir), port };
        c.stop();
        let _ = std::fs::remove_dir_all(&c.dir);
        let mut args = vec!["start".to_string(), dir.to_string(), port.to_string()];
        args.extend(conf.iter().map(|s| s.to_string()));
        c.script(&args);
        c
    }

    pub fn script(&self, args: &[String]) {
        let st = Command::new("bash")
            .arg(repo().join("scripts/cluster.sh"))
            .args(args)
            .status()
            .unwrap();
        assert!(st.success(), "scripts/cluster.sh {args:?} failed");
    }

    pub fn start(&self) {
        self.script(&["start".into(), self.dir.display().to_string(), self.port.to_string()]);
    }

    pub fn stop(&self) {
        let _ = Command::new("bash")
            .arg(repo().join("scripts/cluster.sh"))
            .args(["stop", &self.dir.display().to_string()])
            .status();
    }

    pub fn connect(&self, db: &str) -> Client {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match Client::connect(
                &format!("host=127.0.0.1 port={} user=postgres dbname={db}", self.port),
                NoTls,
            ) {
                Ok(c) => return c,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    thread::sleep(Duration::from_millis(200));
                }
                Err(e) => panic!("cannot connect to port {}: {e}", self.port),
            }
        }
    }

    pub fn postmaster_pid(&self) -> i32 {
        let text = std::fs::read_to_string(self.dir.join("data/postmaster.pid")).unwrap();
        text.lines().next().unwrap().trim().parse().unwrap()
    }

    pub fn kill9(&self) {
        let pid = self.postmaster_pid();
        let st = Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
        assert!(st.success());
        // Wait until the postmaster is gone and its children have exited.
        let deadline = Instant::now() + Duration::from_secs(30);
        while Path::new(&format!("/proc/{pid}")).exists() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(100));
        }
        thread::sleep(Duration::from_millis(500));
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The ids of the rows of table `events`.
pub fn event_ids(db: &mut Client) -> HashSet<i64> {
    db.query("SELECT id FROM events", &[]).unwrap().iter().map(|r| r.get::<_, i64>(0)).collect()
}

/// How many chains of table `events` have a gap or a repeated sequence number.
pub fn chains_with_gaps(db: &mut Client) -> i64 {
    db.query_one(
        "SELECT count(*) FROM (SELECT audit_chain_id, max(audit_seq) - min(audit_seq) + 1 - count(*) AS gap \
         FROM events GROUP BY 1) g WHERE gap <> 0",
        &[],
    )
    .unwrap()
    .get(0)
}

/// Connection string of the shared test cluster (scripts/test.sh starts it and sets
/// AUDIT_CHAIN_TEST_PGHOST / AUDIT_CHAIN_TEST_PGPORT).
pub fn url(db: &str) -> String {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST")
        .expect("AUDIT_CHAIN_TEST_PGHOST is not set: run these tests through scripts/test.sh");
    let port =
        std::env::var("AUDIT_CHAIN_TEST_PGPORT").expect("AUDIT_CHAIN_TEST_PGPORT is not set");
    format!("host={host} port={port} user=postgres dbname={db}")
}

/// A fresh database with the extension, on the cluster `url` names.
pub fn fresh_db_at(url: &dyn Fn(&str) -> String, name: &str) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = Client::connect(&url(name), NoTls).unwrap();
    db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    db
}
