//! Operations DBAs do every day, run the way they run them (the SQL surface is in
//! tests/pg_regress/10_operations):
//! - `pg_dump -t` of one audit table, restored into another database (plain and custom format,
//!   `pg_restore -j`): half-restored it refuses inserts saying what to run; `audit_adopt` with a
//!   digest of the source makes it an audit table again, continuous with the source, whose digests
//!   then verify it; a tampered dump is refused;
//! - a data-only dump restored into a replica table keeps the source's chain values;
//! - logical replication with a publication FOR ALL TABLES, between two clusters: the extension's
//!   catalogs are not taken over (no false alarm, no stopped subscription), and a replica table
//!   receives the publisher's rows with their chain values, verifying the publisher's digests.
#![cfg(feature = "integration")]

mod common;

use common::{url, Cluster};
use postgres::{Client, NoTls};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

fn conn_args(url: &str) -> Vec<String> {
    // "host=H port=P user=U dbname=D" -> pg_dump / psql arguments.
    let mut args = Vec::new();
    for kv in url.split_whitespace() {
        let (k, v) = kv.split_once('=').unwrap();
        match k {
            "host" => args.push(format!("--host={v}")),
            "port" => args.push(format!("--port={v}")),
            "user" => args.push(format!("--username={v}")),
            "dbname" => args.push(format!("--dbname={v}")),
            _ => {}
        }
    }
    args
}

fn run(program: &str, args: &[String]) -> Vec<u8> {
    let out = Command::new(format!("{}/{program}", common::bin())).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn psql_file(url: &str, file: &str) {
    let mut args = conn_args(url);
    args.extend(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file].map(String::from));
    run("psql", &args);
}

/// An audit table `events` with rows in several chains (concurrent writers), and a digest.
fn source(db_name: &str) -> (Client, String) {
    let mut db = common::fresh_db_at(&url, db_name);
    db.batch_execute(
        "CREATE TABLE events (id bigserial PRIMARY KEY, actor text NOT NULL, payload jsonb);
         SELECT audit_enable('events', 4);",
    )
    .unwrap();
    // Four sessions that hold their chains at once: rows land in several chains.
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let barrier = barrier.clone();
            let name = db_name.to_string();
            thread::spawn(move || {
                let mut c = Client::connect(&url(&name), NoTls).unwrap();
                let mut tx = c.transaction().unwrap();
                tx.execute(
                    "INSERT INTO events (actor, payload) SELECT 'w' || $1::int, jsonb_build_object('n', g) \
                     FROM generate_series(1, 25) g",
                    &[&w],
                )
                .unwrap();
                barrier.wait();
                tx.commit().unwrap();
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let chains: i64 =
        db.query_one("SELECT count(DISTINCT audit_chain_id) FROM events", &[]).unwrap().get(0);
    assert!(chains > 1, "the writers should have used several chains");
    let digest: String =
        db.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
    (db, digest)
}

fn error_of(db: &mut Client, sql: &str) -> (String, String) {
    let e = db.batch_execute(sql).expect_err(sql);
    let e = e.as_db_error().expect("a server error");
    (e.code().code().to_string(), format!("{} HINT: {}", e.message(), e.hint().unwrap_or("")))
}

#[test]
fn one_table_dump_restores_an_audit_table() {
    let (mut src, digest) = source("ops_dump_src");
    let dir = std::env::temp_dir().join("audit_chain_ops_dump");
    let _ = std::fs::create_dir_all(&dir);
    let plain = dir.join("events.sql");
    let custom = dir.join("events.dump");
    let mut args = conn_args(&url("ops_dump_src"));
    args.extend(["-t".into(), "events".into(), "-f".into(), plain.display().to_string()]);
    run("pg_dump", &args);
    let mut args = conn_args(&url("ops_dump_src"));
    args.extend(["-t", "events", "-Fc", "-f"].map(String::from));
    args.push(custom.display().to_string());
    run("pg_dump", &args);

    // Plain format through psql: half-restored, every use says what to run.
    let mut dst = common::fresh_db_at(&url, "ops_dump_dst");
    psql_file(&url("ops_dump_dst"), &plain.display().to_string());
    let (code, msg) = error_of(&mut dst, "INSERT INTO events (actor) VALUES ('too early')");
    assert_eq!(code, "55000", "{msg}");
    assert!(msg.contains("audit_adopt"), "{msg}");
    let ok: bool = dst.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(!ok, "a half-restored table must not verify as if all were well");

    // Adopted with the source's digest: an audit table again, continuous with the source.
    dst.query_one("SELECT audit_adopt('events', $1::text::jsonb)", &[&digest]).unwrap();
    let (verified, digest_ok): (bool, bool) = {
        let r = dst
            .query_one("SELECT audit_verify(), audit_verify_digest($1::text::jsonb)", &[&digest])
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert!(
        verified && digest_ok,
        "the restored table must verify, and so must the source's digest"
    );
    let same: bool = dst
        .query_one(
            "SELECT (SELECT head_hash FROM audit_tables) = $1",
            &[&src
                .query_one("SELECT head_hash FROM audit_tables", &[])
                .unwrap()
                .get::<_, String>(0)],
        )
        .unwrap()
        .get(0);
    assert!(same, "the restored chains must end where the source's ended");
    dst.batch_execute(
        "SELECT setval('events_id_seq', 1000); INSERT INTO events (actor) VALUES ('after restore')",
    )
    .unwrap();
    let ok: bool = dst.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
    let (code, _) = error_of(&mut dst, "UPDATE events SET actor = 'x'");
    assert_eq!(code, "42501");
    let (code, _) = error_of(&mut dst, "DROP TABLE events");
    assert_eq!(code, "42501");

    // Custom format, restored in parallel: the same.
    let dst2 = common::fresh_db_at(&url, "ops_dump_dst2");
    drop(dst2);
    let mut args = conn_args(&url("ops_dump_dst2"));
    args.extend(["-j".into(), "2".into(), custom.display().to_string()]);
    run("pg_restore", &args);
    let mut dst2 = Client::connect(&url("ops_dump_dst2"), NoTls).unwrap();
    let r = dst2
        .query_one(
            "SELECT audit_adopt('events', $1::text::jsonb) IS NOT NULL, audit_verify(), audit_verify_digest($1::text::jsonb)",
            &[&digest],
        )
        .unwrap();
    assert!(r.get::<_, bool>(0) && r.get::<_, bool>(1) && r.get::<_, bool>(2));

    // A dump edited on its way: refused, naming the row.
    let text = std::fs::read_to_string(&plain).unwrap();
    let tampered = text.replacen("\tw1\t", "\tw9\t", 1);
    assert_ne!(text, tampered);
    let forged = dir.join("forged.sql");
    std::fs::write(&forged, tampered).unwrap();
    let mut dst3 = common::fresh_db_at(&url, "ops_dump_dst3");
    psql_file(&url("ops_dump_dst3"), &forged.display().to_string());
    let (code, msg) = error_of(&mut dst3, &format!("SELECT audit_adopt('events', '{digest}')"));
    assert_eq!(code, "XX001", "{msg}");
    assert!(msg.contains("row_modified"), "{msg}");

    // A digest taken after the dump: the restore lacks rows it anchors.
    src.batch_execute("INSERT INTO events (actor) VALUES ('after the dump')").unwrap();
    let later: String =
        src.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
    let mut dst4 = common::fresh_db_at(&url, "ops_dump_dst4");
    psql_file(&url("ops_dump_dst4"), &plain.display().to_string());
    let (code, msg) = error_of(&mut dst4, &format!("SELECT audit_adopt('events', '{later}')"));
    assert_eq!(code, "55000", "{msg}");
    assert!(msg.contains("rows are missing"), "{msg}");
}

#[test]
fn data_only_restore_into_a_replica_keeps_the_chain_values() {
    let (mut src, digest) = source("ops_data_src");
    let dir = std::env::temp_dir().join("audit_chain_ops_data");
    let _ = std::fs::create_dir_all(&dir);
    let schema = dir.join("schema.sql");
    let data = dir.join("data.sql");
    let mut args = conn_args(&url("ops_data_src"));
    args.extend(["-s", "-t", "events", "-f"].map(String::from));
    args.push(schema.display().to_string());
    run("pg_dump", &args);
    let mut args = conn_args(&url("ops_data_src"));
    args.extend(["-a", "-t", "events", "-f"].map(String::from));
    args.push(data.display().to_string());
    run("pg_dump", &args);

    let mut dst = common::fresh_db_at(&url, "ops_data_dst");
    psql_file(&url("ops_data_dst"), &schema.display().to_string());
    dst.query_one("SELECT audit_adopt('events', $1::text::jsonb, replica => true)", &[&digest])
        .unwrap();
    // COPY fires the chain trigger: each row is accepted only as the exact next row of its chain.
    psql_file(&url("ops_data_dst"), &data.display().to_string());
    let r = dst
        .query_one("SELECT audit_verify(), audit_verify_digest($1::text::jsonb)", &[&digest])
        .unwrap();
    assert!(r.get::<_, bool>(0) && r.get::<_, bool>(1));
    let theirs: String = src.query_one("SELECT head_hash FROM audit_tables", &[]).unwrap().get(0);
    let ours: String = dst.query_one("SELECT head_hash FROM audit_tables", &[]).unwrap().get(0);
    assert_eq!(theirs, ours);
    // The same data again: refused (each row is already there).
    let mut args = conn_args(&url("ops_data_dst"));
    args.extend(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f"].map(String::from));
    args.push(data.display().to_string());
    let out = Command::new(format!("{}/psql", common::bin())).args(&args).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not extend replica audit table"));

    // The source's next row, copied with its chain values: refused in every altered form,
    // accepted as it is.
    src.batch_execute("INSERT INTO events (actor) VALUES ('next')").unwrap();
    let next = src
        .query_one(
            "SELECT id, actor, audit_chain_id, audit_seq, audit_at::text, encode(audit_prev, 'hex'), encode(audit_hash, 'hex'), \
                    audit_login, audit_role, audit_xid::text, audit_client::text \
               FROM events WHERE actor = 'next'",
            &[],
        )
        .unwrap();
    let (id, actor, chain, seq, at, prev, hash): (i64, String, i32, i64, String, String, String) =
        (next.get(0), next.get(1), next.get(2), next.get(3), next.get(4), next.get(5), next.get(6));
    // Its provenance (row format 2) comes with it too, and is hashed.
    let provenance: (String, Option<String>, String, Option<String>) =
        (next.get(7), next.get(8), next.get(9), next.get(10));
    let insert = "INSERT INTO events (id, actor, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, \
                                      audit_login, audit_role, audit_xid, audit_client) \
                  VALUES ($1, $2, $3, $4, $5::text::timestamptz, decode($6, 'hex'), decode($7, 'hex'), \
                          $8, $9, $10::text::xid8, $11::text::inet)";
    let insert_row = |db: &mut Client, p: &[&(dyn postgres::types::ToSql + Sync)]| {
        let (login, role, xid, client) = &provenance;
        let mut p = p.to_vec();
        p.extend([login as &(dyn postgres::types::ToSql + Sync), role, xid, client]);
        db.execute(insert, &p)
    };
    let refused = |db: &mut Client, p: &[&(dyn postgres::types::ToSql + Sync)]| {
        let e = insert_row(db, p).expect_err("an altered row was accepted");
        let e = e.as_db_error().unwrap();
        (e.code().code().to_string(), e.message().to_string())
    };
    let earlier = "2000-01-01 00:00:00+00".to_string();
    let gap = seq + 1;
    let cases: Vec<(&str, Vec<&(dyn postgres::types::ToSql + Sync)>)> = vec![
        ("its values do not hash", vec![&id, &"changed", &chain, &seq, &at, &prev, &hash]),
        ("recorded before row", vec![&id, &actor, &chain, &seq, &earlier, &prev, &hash]),
        ("next sequence number", vec![&id, &actor, &chain, &gap, &at, &prev, &hash]),
        ("does not link", vec![&id, &actor, &chain, &seq, &at, &hash, &hash]),
        // A chain the replica does not have: only logical replication brings rows of a chain the
        // source added (its first row's time is bounded by nothing before it).
        ("has no such chain", vec![&id, &actor, &1000i32, &1i64, &earlier, &prev, &hash]),
    ];
    for (why, params) in &cases {
        let (code, msg) = refused(&mut dst, params);
        assert_eq!(code, "23000", "{msg}");
        assert!(msg.contains(why), "{why}: {msg}");
    }
    let (code, msg) = error_of(&mut dst, "INSERT INTO events (actor) VALUES ('direct')");
    assert_eq!(code, "23000", "{msg}");
    // Only the owner (or replication) may insert rows with chain values.
    dst.batch_execute(
        "DROP ROLE IF EXISTS ops_inserter; CREATE ROLE ops_inserter; GRANT INSERT ON events TO ops_inserter",
    )
    .unwrap();
    dst.batch_execute("SET ROLE ops_inserter").unwrap();
    let (code, _) = refused(&mut dst, &[&id, &actor, &chain, &seq, &at, &prev, &hash]);
    assert_eq!(code, "42501");
    dst.batch_execute("RESET ROLE; REVOKE ALL ON events FROM ops_inserter; DROP ROLE ops_inserter")
        .unwrap();
    // Rolled back to a savepoint, the row's place in its chain is free again.
    let mut tx = dst.transaction().unwrap();
    tx.batch_execute("SAVEPOINT a").unwrap();
    let (login, role, xid, client) = &provenance;
    let row: [&(dyn postgres::types::ToSql + Sync); 11] =
        [&id, &actor, &chain, &seq, &at, &prev, &hash, login, role, xid, client];
    tx.execute(insert, &row).unwrap();
    tx.batch_execute("ROLLBACK TO SAVEPOINT a").unwrap();
    tx.execute(insert, &row).unwrap();
    tx.commit().unwrap();
    let latest: String =
        src.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
    let r = dst
        .query_one("SELECT audit_verify(), audit_verify_digest($1::text::jsonb)", &[&latest])
        .unwrap();
    assert!(r.get::<_, bool>(0) && r.get::<_, bool>(1));
    // Promoted, it chains what is inserted into it, continuing the chains.
    dst.batch_execute(
        "SELECT audit_promote('events'); SELECT setval('events_id_seq', 1000); \
         INSERT INTO events (actor) VALUES ('after promotion')",
    )
    .unwrap();
    let ok: bool = dst.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(ok);
}

/// A digest is only hashed, not signed: anyone can write one. Adopting a table with a made-up
/// digest (chains said to begin far ahead) must not make the source's real digests verify a table
/// that holds none of the source's rows.
#[test]
fn a_made_up_digest_does_not_vouch_for_a_copy() {
    let (_src, digest) = source("ops_forge_src");
    let mut args = conn_args(&url("ops_forge_src"));
    args.extend(["-s", "-t", "events"].map(String::from));
    let schema = run("pg_dump", &args);
    let file = std::env::temp_dir().join("audit_chain_ops_forge_schema.sql");
    std::fs::write(&file, schema).unwrap();
    let mut dst = common::fresh_db_at(&url, "ops_forge_dst");
    psql_file(&url("ops_forge_dst"), &file.display().to_string());
    dst.batch_execute(
        "CREATE FUNCTION seal(d jsonb) RETURNS jsonb LANGUAGE sql AS $$ SELECT (d - 'checkpoint_hash') || \
           jsonb_build_object('checkpoint_hash', encode(sha256(convert_to((d - 'checkpoint_hash')::text, 'UTF8')), 'hex')) $$",
    )
    .unwrap();
    let forged: String = dst
        .query_one(
            "SELECT seal(jsonb_set($1::text::jsonb, '{chains}', (SELECT jsonb_agg(jsonb_build_object( \
               'chain', c, 'seq', 1000000, 'hash', repeat('ab', 32), 'base_seq', 1000000, 'base_hash', repeat('ab', 32)) ORDER BY c) \
               FROM generate_series(0, 3) c)))::text",
            &[&digest],
        )
        .unwrap()
        .get(0);
    dst.query_one("SELECT audit_adopt('events', $1::text::jsonb, replica => true)", &[&forged])
        .unwrap();
    dst.batch_execute(
        "SELECT audit_promote('events'); INSERT INTO events (actor) VALUES ('made up')",
    )
    .unwrap();
    let ok: bool =
        dst.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(!ok, "the source's digest verified a table that holds none of its rows");
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn logical_replication_for_all_tables() {
    let publisher = Cluster::fresh("/tmp/audit_chain_ops_pub", 5484, &["wal_level = logical"]);
    let pub_url = |db: &str| format!("host=127.0.0.1 port=5484 user=postgres dbname={db}");
    let mut p = common::fresh_db_at(&pub_url, "pubdb");
    p.batch_execute(
        "CREATE TABLE events (id bigserial PRIMARY KEY, actor text NOT NULL, n int);
         SELECT audit_enable('events', 4);
         INSERT INTO events (actor, n) SELECT 'p', g FROM generate_series(1, 40) g;
         CREATE TABLE notes (id int PRIMARY KEY, body text);
         INSERT INTO notes VALUES (1, 'plain tables replicate as usual');
         CREATE TABLE rechained (msg text);
         SELECT audit_enable('rechained', 2);
         INSERT INTO rechained SELECT 'm' || g FROM generate_series(1, 15) g;",
    )
    .unwrap();
    let digest: String =
        p.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
    // Inserts only: the publisher's prunes are heap deletes that logical decoding would send as
    // DELETEs (the table has a primary key), which the replica refuses.
    p.batch_execute("CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert')")
        .unwrap();

    // The subscriber: audit tables of its own, with checkpoints, and a replica of events. (A
    // subscription left by an interrupted run would keep its database from being dropped.)
    if let Ok(mut old) = Client::connect(&url("ops_subdb"), NoTls) {
        let _ = old.batch_execute(
            "ALTER SUBSCRIPTION everything DISABLE; ALTER SUBSCRIPTION everything SET (slot_name = NONE); \
             DROP SUBSCRIPTION everything",
        );
    }
    let mut s = common::fresh_db_at(&url, "ops_subdb");
    s.batch_execute(
        "CREATE TABLE local_log (msg text);
         SELECT audit_enable('local_log');
         INSERT INTO local_log VALUES ('subscriber''s own');
         SELECT audit_checkpoint('local_log');
         CREATE TABLE notes (id int PRIMARY KEY, body text);
         -- An ordinary audit table receiving replication: it chains the rows itself.
         CREATE TABLE rechained (msg text);
         SELECT audit_enable('rechained', 2);",
    )
    .unwrap();
    let mut args = conn_args(&pub_url("pubdb"));
    args.extend(["-s", "-t", "events"].map(String::from));
    let schema = run("pg_dump", &args);
    let file = std::env::temp_dir().join("audit_chain_ops_events_schema.sql");
    std::fs::write(&file, schema).unwrap();
    psql_file(&url("ops_subdb"), &file.display().to_string());
    s.query_one("SELECT audit_adopt('events', $1::text::jsonb, replica => true)", &[&digest])
        .unwrap();
    let catalog_before: Vec<(String, i64)> = s
        .query(
            "SELECT relid::text, count(*) FROM audit_chain.checkpoints GROUP BY 1 ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    s.batch_execute(
        "CREATE SUBSCRIPTION everything CONNECTION 'host=127.0.0.1 port=5484 user=postgres dbname=pubdb' \
         PUBLICATION everything",
    )
    .unwrap();
    wait_until("the initial copy is done", || {
        s.query_one(
            "SELECT count(*) = 0 FROM pg_subscription_rel WHERE srsubstate NOT IN ('r', 's')",
            &[],
        )
        .unwrap()
        .get(0)
    });
    // A chain the publisher adds while the replica runs: a transaction holds every chain of
    // events while another session inserts, which adds one; the replica receives its rows.
    let chains_before: i32 = p
        .query_one("SELECT chains FROM audit_tables WHERE table_name = 'events'::regclass", &[])
        .unwrap()
        .get(0);
    let mut holders: Vec<Client> = (0..chains_before)
        .map(|_| {
            let mut c = Client::connect(&pub_url("pubdb"), NoTls).unwrap();
            c.batch_execute("BEGIN; INSERT INTO events (actor, n) VALUES ('holder', 0)").unwrap();
            c
        })
        .collect();
    p.batch_execute("INSERT INTO events (actor, n) VALUES ('in an added chain', 1)").unwrap();
    for c in &mut holders {
        c.batch_execute("COMMIT").unwrap();
    }
    let chains_after: i32 = p
        .query_one("SELECT chains FROM audit_tables WHERE table_name = 'events'::regclass", &[])
        .unwrap()
        .get(0);
    assert!(chains_after > chains_before, "the publisher added no chain");
    // More rows, from several sessions, and checkpoints on the publisher.
    for i in 0..3 {
        let mut c = Client::connect(&pub_url("pubdb"), NoTls).unwrap();
        c.execute(
            "INSERT INTO events (actor, n) SELECT 'later', g FROM generate_series(1, 10) g",
            &[],
        )
        .unwrap();
        c.batch_execute(&format!(
            "INSERT INTO notes VALUES ({}, 'more'); SELECT audit_checkpoint('events')",
            i + 2
        ))
        .unwrap();
    }
    // The publisher prunes (the replica keeps every row) and sets a retention: more catalog rows
    // on the publisher, and a digest whose chains begin later than the replica's.
    p.batch_execute(
        "SELECT audit_prune('events', now()); SELECT audit_set_retention('events', '1 hour');",
    )
    .unwrap();
    let pruned: i64 =
        p.query_one("SELECT count(*) FROM audit_chains WHERE base_seq > 0", &[]).unwrap().get(0);
    assert!(pruned > 0, "the publisher should have pruned");
    let latest: String =
        p.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0);
    let pub_rows: i64 = p.query_one("SELECT max(id) FROM events", &[]).unwrap().get(0);
    wait_until("the subscriber caught up", || {
        let n: i64 = s.query_one("SELECT count(*) FROM events", &[]).unwrap().get(0);
        let notes: i64 = s.query_one("SELECT count(*) FROM notes", &[]).unwrap().get(0);
        n == pub_rows && notes == 4
    });

    // The subscriber's catalog is its own: the same records as before, no collision.
    let catalog_after: Vec<(String, i64)> = s
        .query(
            "SELECT relid::text, count(*) FROM audit_chain.checkpoints GROUP BY 1 ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(catalog_before, catalog_after, "replication wrote into audit_chain.checkpoints");
    let registered: Vec<String> = s
        .query("SELECT relid::text FROM audit_chain.tables ORDER BY 1", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(registered, ["events", "local_log", "rechained"]);
    let rechained: i64 = s.query_one("SELECT count(*) FROM rechained", &[]).unwrap().get(0);
    assert_eq!(rechained, 15, "the ordinary audit table should have received every row");
    let problems: Vec<String> = s
        .query("SELECT kind || ': ' || detail FROM audit_verify_report()", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(problems.is_empty(), "false alarms on the subscriber: {problems:?}");
    // The replica holds the publisher's history: same heads, and the publisher's digests verify.
    let theirs: String = p
        .query_one("SELECT head_hash FROM audit_tables WHERE table_name = 'events'::regclass", &[])
        .unwrap()
        .get(0);
    let ours: String = s
        .query_one("SELECT head_hash FROM audit_tables WHERE table_name = 'events'::regclass", &[])
        .unwrap()
        .get(0);
    assert_eq!(theirs, ours);
    let ok: bool =
        s.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&latest]).unwrap().get(0);
    assert!(ok, "the publisher's digest must verify on the subscriber");
    // The subscription is still running (no apply error stopped it).
    let running: bool = s
        .query_one(
            "SELECT pid IS NOT NULL FROM pg_stat_subscription WHERE subname = 'everything' AND relid IS NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(running);
    // Writes straight into the replica are refused.
    let (code, _) = error_of(&mut s, "INSERT INTO events (actor, n) VALUES ('local', 0)");
    assert_eq!(code, "23000");
    s.batch_execute("DROP SUBSCRIPTION everything").unwrap();
    drop(p);
    drop(publisher);
}
