//! The background worker (issue 16): each test runs a cluster of its own with
//! `shared_preload_libraries = 'audit_chain'` (ports 5721-5729, directories /tmp/worker-*).
//! Tampering is alerted (NOTIFY, log line, audit_status) within two intervals; 8 writers with
//! checkpoints and pruning raise no alert; digest files hold complete lines that verify; the worker
//! comes back after being killed; a dropped database does not stop the others; shutdown is clean.
#![cfg(feature = "integration")]

mod common;

use common::Cluster;
use postgres::fallible_iterator::FallibleIterator;
use postgres::Client;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

const VERIFY_INTERVAL: u64 = 2;

/// A cluster that preloads audit_chain and watches `dbs` (created here, with the extension).
fn cluster(name: &str, port: u16, dbs: &[&str], extra: &[&str]) -> Cluster {
    let dir = format!("/tmp/worker-{name}");
    let digests = format!("{dir}-digests");
    let _ = std::fs::remove_dir_all(&digests);
    std::fs::create_dir_all(&digests).unwrap();
    assert!(Command::new("chown").args(["postgres", &digests]).status().unwrap().success());
    let mut conf: Vec<String> = vec![
        "shared_preload_libraries = 'audit_chain'".into(),
        format!("audit_chain.worker_databases = '{}'", dbs.join(",")),
        "audit_chain.checkpoint_interval = 2".into(),
        format!("audit_chain.verify_interval = {VERIFY_INTERVAL}"),
        format!("audit_chain.digest_directory = '{digests}'"),
        "log_line_prefix = '%m [%p] %e '".into(),
        "max_worker_processes = 16".into(),
    ];
    conf.extend(extra.iter().map(|s| s.to_string()));
    let conf: Vec<&str> = conf.iter().map(String::as_str).collect();
    let c = Cluster::fresh(&dir, port, &conf);
    let mut admin = c.connect("postgres");
    for db in dbs {
        admin.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
        c.connect(db).batch_execute("CREATE EXTENSION audit_chain").unwrap();
    }
    c
}

fn digest_dir(c: &Cluster) -> String {
    format!("{}-digests", c.dir.display())
}

fn server_log(c: &Cluster) -> String {
    std::fs::read_to_string(c.dir.join("log")).unwrap_or_default()
}

fn wait_for(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out after {timeout:?} waiting for {what}");
        thread::sleep(Duration::from_millis(200));
    }
}

/// The pid of the worker of database `db`, if one runs (from pg_stat_activity: the audit_workers
/// view is only where the extension is installed).
fn worker_pid(admin: &mut Client, db: &str) -> Option<i32> {
    admin
        .query_opt(
            "SELECT pid FROM pg_stat_activity WHERE backend_type = 'audit_chain worker' AND datname = $1",
            &[&db],
        )
        .unwrap()
        .map(|r| r.get(0))
}

/// Whether the worker verified `table` cleanly after a checkpoint of it.
fn verified(db: &mut Client, table: &str) -> bool {
    db.query_one(
        "SELECT last_verified_at IS NOT NULL AND verified_checkpoint_id IS NOT NULL FROM audit_status WHERE table_name = $1::text::regclass",
        &[&table],
    )
    .map(|r| r.get(0))
    .unwrap_or(false)
}

#[test]
fn tampering_is_alerted_within_two_intervals() {
    let c = cluster("tamper", 5721, &["w1"], &[]);
    let mut db = c.connect("w1");
    db.batch_execute(
        "CREATE TABLE victim (id int, v text); SELECT audit_enable('victim', 1);
         INSERT INTO victim SELECT g, 'v' || g FROM generate_series(1, 8) g;",
    )
    .unwrap();
    wait_for("a first clean verification", Duration::from_secs(30), || verified(&mut db, "victim"));
    let workers: i64 = db
        .query_one("SELECT count(*) FROM audit_workers WHERE database = current_database()", &[])
        .unwrap()
        .get(0);
    assert_eq!(workers, 1, "audit_workers does not show the worker");
    let mut listener = c.connect("w1");
    listener.batch_execute("LISTEN audit_chain_alert").unwrap();
    assert!(!server_log(&c).contains("audit_chain alert:"), "an alert before any tampering");
    db.batch_execute("INSERT INTO victim SELECT g, 'v' || g FROM generate_series(9, 12) g")
        .unwrap();
    // As a superuser could, every guard switched off and on again in one transaction (so that no
    // round sees them off).
    db.batch_execute(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
         ALTER TABLE victim DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
         UPDATE victim SET v = 'changed' WHERE audit_seq = 10;
         ALTER TABLE victim ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
         ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;",
    )
    .unwrap();
    let tampered = Instant::now();
    let within = Duration::from_secs(2 * VERIFY_INTERVAL + 1);
    let note = listener
        .notifications()
        .timeout_iter(within)
        .next()
        .unwrap()
        .expect("no NOTIFY audit_chain_alert within two intervals");
    assert!(tampered.elapsed() <= within);
    assert_eq!(note.channel(), "audit_chain_alert");
    let payload: serde_json::Value = serde_json::from_str(note.payload()).unwrap();
    assert_eq!(payload["table"], "public.victim", "payload: {payload}");
    assert_eq!(payload["database"], "w1");
    assert_eq!(payload["chain"], 0);
    assert_eq!(payload["seq"], 10, "payload: {payload}");
    assert!(payload["kind"].as_str().is_some_and(|k| !k.is_empty()));
    assert!(payload["detail"].is_string());
    let log = server_log(&c);
    let line = log
        .lines()
        .find(|l| l.contains("audit_chain alert:"))
        .expect("no 'audit_chain alert:' line in the server log");
    assert!(line.contains("XX001"), "no SQLSTATE XX001 in: {line}");
    assert!(line.contains("public.victim chain 0 seq 10"), "line: {line}");
    let (kind, problem): (Option<String>, bool) = db
        .query_one(
            "SELECT last_problem->>'kind', last_problem_at >= coalesce(last_verified_at, '-infinity')
               FROM audit_status WHERE table_name = 'victim'::regclass",
            &[],
        )
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!(kind.as_deref(), payload["kind"].as_str(), "audit_status.last_problem");
    assert!(problem, "audit_status does not show the problem as current");
    // The same problem is alerted once (by each kind of check), not every round.
    let alerts = || server_log(&c).lines().filter(|l| l.contains("audit_chain alert:")).count();
    thread::sleep(Duration::from_secs(2 * VERIFY_INTERVAL + 1));
    let first = alerts();
    thread::sleep(Duration::from_secs(2 * VERIFY_INTERVAL + 1));
    assert_eq!(alerts(), first, "the same problem was alerted again");
}

fn load_seconds() -> u64 {
    std::env::var("AUDIT_CHAIN_WORKER_LOAD_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60)
}

#[test]
fn no_alert_under_load_and_digest_files_verify() {
    let c = cluster("load", 5722, &["w1"], &["audit_chain.scrub_rows_per_second = 100000"]);
    let mut db = c.connect("w1");
    db.batch_execute(
        "CREATE TABLE events (id bigint, writer int, payload text); SELECT audit_enable('events', 4);
         SELECT audit_set_retention('events', '1 second');",
    )
    .unwrap();
    let mut listener = c.connect("w1");
    listener.batch_execute("LISTEN audit_chain_alert").unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let done = done.clone();
            let mut db = c.connect("w1");
            thread::spawn(move || {
                let mut n = 0i64;
                while !done.load(Ordering::Relaxed) {
                    let mut tx = db.transaction().unwrap();
                    for _ in 0..(1 + n % 4) {
                        tx.execute(
                            "INSERT INTO events VALUES ($1, $2, 'p')",
                            &[&(w * 10_000_000 + n), &(w as i32)],
                        )
                        .unwrap();
                        n += 1;
                    }
                    if n % 7 == 0 {
                        tx.rollback().unwrap();
                    } else {
                        tx.commit().unwrap();
                    }
                }
                n
            })
        })
        .collect();
    let maintenance = {
        let done = done.clone();
        let mut db = c.connect("w1");
        thread::spawn(move || {
            let mut pruned = 0i64;
            while !done.load(Ordering::Relaxed) {
                db.batch_execute("SELECT audit_checkpoint('events')").unwrap();
                pruned += db
                    .query_one(
                        "SELECT audit_prune('events', clock_timestamp() - interval '3 seconds')",
                        &[],
                    )
                    .unwrap()
                    .get::<_, i64>(0);
                thread::sleep(Duration::from_millis(500));
            }
            pruned
        })
    };
    thread::sleep(Duration::from_secs(load_seconds()));
    done.store(true, Ordering::Relaxed);
    let written: i64 = writers.into_iter().map(|h| h.join().expect("a writer failed")).sum();
    let pruned = maintenance.join().expect("checkpoint/prune thread failed");
    assert!(written > 1000, "too few rows written to mean anything: {written}");
    assert!(pruned > 0, "nothing was pruned");
    // Let the worker catch up: two more rounds after the load.
    thread::sleep(Duration::from_secs(3 * VERIFY_INTERVAL));
    let log = server_log(&c);
    let alerts: Vec<&str> = log.lines().filter(|l| l.contains("audit_chain alert:")).collect();
    assert!(alerts.is_empty(), "false alarms under load: {alerts:?}");
    let warnings: Vec<&str> =
        log.lines().filter(|l| l.contains("WARNING:  audit_chain worker")).collect();
    assert!(warnings.is_empty(), "the worker failed under load: {warnings:?}");
    assert!(
        listener.notifications().timeout_iter(Duration::from_millis(100)).next().unwrap().is_none(),
        "a NOTIFY audit_chain_alert under load"
    );
    let (problem, full_ok, verified_age, ckpts): (Option<String>, Option<bool>, f64, i64) = db
        .query_one(
            "SELECT last_problem::text, last_full_pass_ok, extract(epoch FROM now() - last_verified_at)::float8,
                    (SELECT count(*) FROM audit_chain.checkpoints WHERE kind = 'checkpoint')
               FROM audit_status WHERE table_name = 'events'::regclass",
            &[],
        )
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .unwrap();
    assert!(problem.is_none(), "audit_status shows a problem: {problem:?}");
    assert_eq!(full_ok, Some(true), "no clean full pass");
    assert!(verified_age < (4 * VERIFY_INTERVAL) as f64, "last verified {verified_age} s ago");
    assert!(ckpts > 2);
    // Digest files: complete lines, each a digest that verifies.
    let mut lines = 0;
    for entry in std::fs::read_dir(digest_dir(&c)).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("w1-") && name.ends_with(".jsonl"), "file {name}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.ends_with('\n'), "{name} ends in a torn line");
        for line in text.lines() {
            let d: serde_json::Value = serde_json::from_str(line).expect("a line is not JSON");
            assert_eq!(d["kind"], "checkpoint");
            let ok: bool = db
                .query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&line])
                .unwrap()
                .get(0);
            assert!(ok, "a digest of the file does not verify: {line}");
            lines += 1;
        }
    }
    let by_worker: i64 = db
        .query_one("SELECT count(*) FROM audit_chain.checkpoints WHERE kind = 'checkpoint'", &[])
        .unwrap()
        .get(0);
    assert!(lines >= 2 && lines < by_worker, "{lines} digests in files, {by_worker} checkpoints");
}

#[test]
fn worker_restarts_survives_a_dropped_database_and_stops_cleanly() {
    let c = cluster("restart", 5723, &["w1", "w2"], &[]);
    let mut admin = c.connect("postgres");
    let mut w1 = c.connect("w1");
    w1.batch_execute(
        "CREATE TABLE t (id int); SELECT audit_enable('t', 1); INSERT INTO t VALUES (1), (2);",
    )
    .unwrap();
    wait_for("workers of w1 and w2", Duration::from_secs(30), || {
        worker_pid(&mut admin, "w1").is_some() && worker_pid(&mut admin, "w2").is_some()
    });
    wait_for("w1 verified", Duration::from_secs(30), || verified(&mut w1, "t"));

    let count = |admin: &mut Client, db: &str| -> i64 {
        admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'audit_chain worker' AND datname = $1",
                &[&db],
            )
            .unwrap()
            .get(0)
    };
    // Terminated (SIGTERM by pg_terminate_backend): restarted, once.
    let first = worker_pid(&mut admin, "w1").unwrap();
    admin.execute("SELECT pg_terminate_backend($1)", &[&first]).unwrap();
    wait_for("w1's worker restarted after SIGTERM", Duration::from_secs(30), || {
        worker_pid(&mut admin, "w1").is_some_and(|p| p != first)
    });
    thread::sleep(Duration::from_secs(7));
    assert_eq!(count(&mut admin, "w1"), 1, "not exactly one worker for w1 after SIGTERM");

    // Killed (kill -9): the postmaster restarts the server, and the worker comes back.
    let second = worker_pid(&mut admin, "w1").unwrap();
    assert!(Command::new("kill").args(["-9", &second.to_string()]).status().unwrap().success());
    thread::sleep(Duration::from_secs(2));
    let mut admin = c.connect("postgres");
    wait_for("w1's worker back after kill -9", Duration::from_secs(60), || {
        worker_pid(&mut admin, "w1").is_some_and(|p| p != second)
    });
    thread::sleep(Duration::from_secs(8));
    assert_eq!(count(&mut admin, "w1"), 1, "not exactly one worker for w1 after the crash restart");

    // A database dropped while configured: logged, the others go on.
    admin.batch_execute("DROP DATABASE w2 WITH (FORCE)").unwrap();
    wait_for("the dropped database logged", Duration::from_secs(30), || {
        server_log(&c).contains("database \"w2\" in audit_chain.worker_databases does not exist")
    });
    let mut w1 = c.connect("w1");
    w1.batch_execute("INSERT INTO t VALUES (3)").unwrap();
    let before: i64 = w1
        .query_one("SELECT coalesce(max(last_checkpoint_id), 0) FROM audit_status", &[])
        .unwrap()
        .get(0);
    wait_for("w1 checkpointed after w2 was dropped", Duration::from_secs(30), || {
        w1.query_one("SELECT coalesce(max(last_checkpoint_id), 0) FROM audit_status", &[])
            .unwrap()
            .get::<_, i64>(0)
            > before
    });
    thread::sleep(Duration::from_secs(7));
    assert_eq!(count(&mut admin, "w2"), 0);
    assert_eq!(count(&mut admin, "w1"), 1);
    let log = server_log(&c);
    let retries = log.matches("FATAL:  database \"w2\" does not exist").count();
    assert!(retries <= 1, "the worker of the dropped database was restarted {retries} times");

    // Shutdown: the launcher stops cleanly, nothing crashes.
    drop((admin, w1));
    c.stop();
    let log = server_log(&c);
    let tail = &log[log.rfind("received fast shutdown request").expect("no shutdown in the log")..];
    assert!(
        tail.contains("audit_chain launcher stopped"),
        "launcher did not stop cleanly:\n{tail}"
    );
    assert!(tail.contains("database system is shut down"), "{tail}");
    assert!(!tail.contains("terminated by signal"), "a process crashed at shutdown:\n{tail}");
}

#[test]
fn extension_installed_or_updated_later_is_watched() {
    let c = cluster("later", 5724, &[], &[]);
    let mut admin = c.connect("postgres");
    admin.batch_execute("CREATE DATABASE w3").unwrap();
    assert!(worker_pid(&mut admin, "w3").is_none());
    // Configure it now, reload: the worker starts and waits for the extension.
    let conf = c.dir.join("data/postgresql.conf");
    let mut text = std::fs::read_to_string(&conf).unwrap();
    text.push_str("audit_chain.worker_databases = 'w3'\n");
    std::fs::write(&conf, text).unwrap();
    admin.batch_execute("SELECT pg_reload_conf()").unwrap();
    wait_for("w3's worker", Duration::from_secs(30), || worker_pid(&mut admin, "w3").is_some());
    wait_for("the worker waiting for the extension", Duration::from_secs(30), || {
        server_log(&c).contains("the extension audit_chain is not installed")
    });
    // Installed at an earlier release's objects: the worker waits for ALTER EXTENSION UPDATE.
    let mut db = c.connect("w3");
    db.batch_execute("CREATE EXTENSION audit_chain VERSION '0.5.0'").unwrap();
    wait_for("the worker waiting for the update", Duration::from_secs(30), || {
        server_log(&c).contains("waits for ALTER EXTENSION audit_chain UPDATE")
    });
    db.batch_execute(
        "ALTER EXTENSION audit_chain UPDATE; CREATE TABLE t (id int); SELECT audit_enable('t', 1);
         INSERT INTO t VALUES (1);",
    )
    .unwrap();
    wait_for("t checkpointed and verified", Duration::from_secs(30), || verified(&mut db, "t"));
}

#[test]
fn hot_standby_verifies_and_takes_no_checkpoint() {
    // The primary runs no worker (an empty list); its standby's worker watches w1.
    let primary = cluster("primary", 5726, &["w1"], &["audit_chain.worker_databases = ''"]);
    let mut db = primary.connect("w1");
    db.batch_execute(
        "CREATE TABLE t (id int, v text); SELECT audit_enable('t', 1);
         INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 20) g;
         SELECT audit_checkpoint('t');",
    )
    .unwrap();
    let standby = Cluster { dir: "/tmp/worker-standby".into(), port: 5727 };
    standby.stop();
    let _ = std::fs::remove_dir_all(&standby.dir);
    std::fs::create_dir_all(&standby.dir).unwrap();
    assert!(Command::new("chown")
        .args(["postgres", "/tmp/worker-standby"])
        .status()
        .unwrap()
        .success());
    let st = Command::new("sudo")
        .args(["-u", "postgres", &format!("{}/pg_basebackup", common::bin())])
        .args([
            "-h",
            "127.0.0.1",
            "-p",
            "5726",
            "-U",
            "postgres",
            "-D",
            "/tmp/worker-standby/data",
            "-R",
            "-X",
            "stream",
        ])
        .status()
        .unwrap();
    assert!(st.success(), "pg_basebackup failed");
    let auto = standby.dir.join("data/postgresql.auto.conf");
    let mut text = std::fs::read_to_string(&auto).unwrap();
    text.push_str(
        "port = 5727\nunix_socket_directories = '/tmp/worker-standby'\naudit_chain.worker_databases = 'w1'\n",
    );
    std::fs::write(&auto, text).unwrap();
    standby.start();
    let mut admin = standby.connect("postgres");
    let in_recovery: bool = admin.query_one("SELECT pg_is_in_recovery()", &[]).unwrap().get(0);
    assert!(in_recovery);
    wait_for("the standby's worker", Duration::from_secs(30), || {
        worker_pid(&mut admin, "w1").is_some()
    });
    // Clean so far: a few rounds without an alert or an error.
    thread::sleep(Duration::from_secs(2 * VERIFY_INTERVAL + 1));
    let log = server_log(&standby);
    assert!(!log.contains("audit_chain alert:"), "a false alarm on the standby");
    assert!(!log.contains("WARNING:  audit_chain worker"), "the standby's worker failed:\n{log}");
    // Tampering on the primary replicates; the standby's worker finds it.
    db.batch_execute(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
         ALTER TABLE t DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
         UPDATE t SET v = 'changed' WHERE audit_seq = 5;
         ALTER TABLE t ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
         ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;",
    )
    .unwrap();
    wait_for("the alert on the standby", Duration::from_secs(4 * VERIFY_INTERVAL + 2), || {
        server_log(&standby)
            .lines()
            .any(|l| l.contains("audit_chain alert: public.t chain 0 seq 5"))
    });
    let log = server_log(&standby);
    assert!(!log.contains("WARNING:  audit_chain worker"), "the standby's worker failed:\n{log}");
    // It took no checkpoint: the primary has only the one taken by hand.
    let checkpoints: i64 = db
        .query_one("SELECT count(*) FROM audit_chain.checkpoints WHERE kind = 'checkpoint'", &[])
        .unwrap()
        .get(0);
    assert_eq!(checkpoints, 1);
    drop(admin);
    standby.stop();
}

/// Refused attempts reach their trail by the worker's round alone (no audit_refusals_flush()),
/// with the login, effective role and address, and show in audit_status.
#[test]
fn refused_attempts_reach_the_trail_and_status_by_themselves() {
    let c = cluster("refused", 5728, &["wr"], &[]);
    let mut db = c.connect("wr");
    db.batch_execute(
        "CREATE ROLE worker_refused_login LOGIN; CREATE ROLE worker_refused_role; \
         GRANT USAGE ON SCHEMA public TO worker_refused_role; \
         GRANT worker_refused_role TO worker_refused_login; \
         CREATE TABLE ev (id int, v text); SELECT audit_enable('ev'); \
         INSERT INTO ev VALUES (1, 'a'); \
         GRANT SELECT, UPDATE ON ev TO worker_refused_role;",
    )
    .unwrap();
    let mut app = postgres::Config::new()
        .host("127.0.0.1")
        .port(c.port)
        .user("worker_refused_login")
        .dbname("wr")
        .application_name("refusing-app")
        .connect(postgres::NoTls)
        .unwrap();
    app.batch_execute("SET ROLE worker_refused_role").unwrap();
    let err = app.batch_execute("UPDATE ev SET v = 'b'").unwrap_err();
    assert_eq!(err.code().map(|c| c.code()), Some("42501"), "{err}");
    wait_for("the refusal in the trail", Duration::from_secs(6 * VERIFY_INTERVAL), || {
        db.query_opt("SELECT pg_catalog.to_regclass('public.audit_refusals')::text", &[])
            .unwrap()
            .and_then(|r| r.get::<_, Option<String>>(0))
            .is_some_and(|_| {
                db.query_one("SELECT count(*) FROM audit_refusals WHERE kind = 'refused'", &[])
                    .unwrap()
                    .get::<_, i64>(0)
                    == 1
            })
    });
    let row = db
        .query_one(
            "SELECT login, role, host(client), application_name, operation \
               FROM audit_refusals WHERE kind = 'refused'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "worker_refused_login");
    assert_eq!(row.get::<_, String>(1), "worker_refused_role");
    assert_eq!(row.get::<_, Option<String>>(2).as_deref(), Some("127.0.0.1"));
    assert_eq!(row.get::<_, String>(3), "refusing-app");
    assert!(row.get::<_, String>(4).contains("UPDATE"), "{}", row.get::<_, String>(4));
    let (refused, last): (Option<i64>, bool) = {
        let r = db
            .query_one(
                "SELECT refused, last_refused_at IS NOT NULL FROM audit_status WHERE table_name = 'ev'::regclass",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!((refused, last), (Some(1), true));
    assert!(db.query_one("SELECT audit_verify('audit_refusals')", &[]).unwrap().get::<_, bool>(0));
    c.stop();
}
