//! Session settings and dump/restore, as clients of a running cluster (see concurrency.rs for
//! the environment). Rows written under one set of settings must verify under any other, and a
//! database with audit tables, checkpoints and pruned chains must verify after pg_dump /
//! pg_restore (custom and plain formats), keep its guards, and continue its chains.
#![cfg(feature = "integration")]

mod common;

use postgres::{Client, NoTls};
use std::process::Command;

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is not set: run these tests through scripts/test.sh"))
}

fn url(db: &str) -> String {
    format!(
        "host={} port={} user=postgres dbname={db}",
        env("AUDIT_CHAIN_TEST_PGHOST"),
        env("AUDIT_CHAIN_TEST_PGPORT")
    )
}

fn fresh_db(name: &str, extension: bool) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = Client::connect(&url(name), NoTls).unwrap();
    if extension {
        db.batch_execute("CREATE EXTENSION audit_chain").unwrap();
    }
    db
}

fn verify(db: &mut Client) -> bool {
    db.query_one("SELECT audit_verify()", &[]).unwrap().get(0)
}

const SETTINGS: [&str; 3] = [
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; \
     SET bytea_output = 'hex'; SET client_encoding = 'UTF8'; SET search_path = public",
    "SET TimeZone = 'Asia/Kathmandu'; SET DateStyle = 'German, DMY'; SET IntervalStyle = 'sql_standard'; \
     SET extra_float_digits = -15; SET bytea_output = 'escape'; SET client_encoding = 'LATIN1'; SET search_path = pg_catalog, public",
    "SET TimeZone = 'America/Los_Angeles'; SET DateStyle = 'SQL, YMD'; SET IntervalStyle = 'iso_8601'; \
     SET extra_float_digits = 3; SET client_encoding = 'WIN1252'",
];

#[test]
fn rows_verify_under_any_session_settings() {
    let mut db = fresh_db("settings_mix", true);
    db.batch_execute(
        "CREATE TYPE pair AS (x int, at timestamptz);
         CREATE TYPE mood AS ENUM ('sad', 'happy');
         CREATE TABLE typed (label text, ts timestamptz, f float8, n numeric, iv interval, j jsonb, b bytea,
                             arr timestamptz[], p pair, m mood);
         SELECT audit_enable('typed', 2);",
    )
    .unwrap();
    for (i, s) in SETTINGS.iter().enumerate() {
        let mut c = Client::connect(&url("settings_mix"), NoTls).unwrap();
        c.batch_execute(s).unwrap();
        c.batch_execute(&format!(
            "INSERT INTO public.typed VALUES
               ('café {i}', '2024-03-01 10:00:00.123456+00', 0.1, 'NaN', '1 day -02:00:00.5', '{{\"k\": [1.50, \"é\"]}}', '\\x00ff',
                ARRAY['2024-01-01 00:00+00'::timestamptz, NULL], ROW(1, '2024-01-01 00:00+00'), 'happy'),
               ('nan {i}', 'infinity', 'NaN', '-0.00', '0', 'null', '', '{{}}', NULL, NULL),
               ('neg zero {i}', '-infinity', '-0', '1e-20', '-178000000 years', '[]', NULL, NULL, ROW(NULL, NULL), 'sad')"
        ))
        .unwrap();
        // Every other setting verifies what this one wrote, and everything before it.
        for s2 in SETTINGS {
            let mut v = Client::connect(&url("settings_mix"), NoTls).unwrap();
            v.batch_execute(s2).unwrap();
            assert!(verify(&mut v), "rows written under settings {i} do not verify under '{s2}'");
        }
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn conn_args() -> Vec<String> {
    vec![
        "-h".into(),
        env("AUDIT_CHAIN_TEST_PGHOST"),
        "-p".into(),
        env("AUDIT_CHAIN_TEST_PGPORT"),
        "-U".into(),
        "postgres".into(),
    ]
}

/// Builds the source database: chains with rows, a column added after enable, a checkpoint and a
/// pruned chain. Returns the digest taken.
fn populate(db: &mut Client) -> String {
    db.batch_execute(
        "CREATE TABLE events (actor text, action text, payload jsonb);
         SELECT audit_enable('events', 3);
         INSERT INTO events SELECT 'a' || g, 'x', jsonb_build_object('g', g) FROM generate_series(1, 50) g;
         ALTER TABLE events ADD COLUMN note text;
         INSERT INTO events (actor, action, note) VALUES ('late', 'y', 'with note');
         CREATE TABLE pruned (v int);
         SELECT audit_enable('pruned', 1);
         INSERT INTO pruned SELECT g FROM generate_series(1, 20) g;",
    )
    .unwrap();
    let removed: i64 =
        db.query_one("SELECT audit_prune('pruned', clock_timestamp())", &[]).unwrap().get(0);
    assert_eq!(removed, 19);
    db.query_one("SELECT audit_checkpoint('events')::text", &[]).unwrap().get(0)
}

fn check_restored(db: &mut Client, digest: &str) {
    assert!(verify(db), "restored database does not verify");
    let ok: bool =
        db.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(ok, "the digest taken before the dump does not verify after restore");
    let e = db.batch_execute("UPDATE events SET actor = 'mallory'").unwrap_err();
    assert_eq!(e.code().map(|c| c.code()), Some("42501"), "guards are not active after restore");
    let e = db.batch_execute("DROP TABLE events").unwrap_err();
    assert_eq!(e.code().map(|c| c.code()), Some("42501"), "drop guard is not active after restore");
    let before: i64 =
        db.query_one("SELECT sum(seq)::bigint FROM audit_chain.chain_heads", &[]).unwrap().get(0);
    db.batch_execute("INSERT INTO events (actor, action) SELECT 'after', 'restore' FROM generate_series(1, 10); INSERT INTO pruned VALUES (21);")
        .unwrap();
    let after: i64 =
        db.query_one("SELECT sum(seq)::bigint FROM audit_chain.chain_heads", &[]).unwrap().get(0);
    assert_eq!(after, before + 11, "chains did not continue from the restored heads");
    assert!(verify(db), "new rows after restore do not verify");
}

#[test]
fn dump_and_restore_custom_format() {
    let mut src = fresh_db("dump_src_c", true);
    let digest = populate(&mut src);
    let file = "/tmp/audit_chain_dump_test.custom";
    run(Command::new(format!("{}/pg_dump", common::bin())).args(conn_args()).args([
        "-Fc",
        "-f",
        file,
        "dump_src_c",
    ]));
    // The digest names its database: restore under the same name, in a fresh database.
    drop(src);
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute("DROP DATABASE dump_src_c").unwrap();
    admin.batch_execute("CREATE DATABASE dump_src_c").unwrap();
    run(Command::new(format!("{}/pg_restore", common::bin())).args(conn_args()).args([
        "--exit-on-error",
        "-d",
        "dump_src_c",
        file,
    ]));
    let mut db = Client::connect(&url("dump_src_c"), NoTls).unwrap();
    check_restored(&mut db, &digest);
}

#[test]
fn dump_and_restore_plain_format() {
    let mut src = fresh_db("dump_src_p", true);
    let digest = populate(&mut src);
    let file = "/tmp/audit_chain_dump_test.sql";
    run(Command::new(format!("{}/pg_dump", common::bin())).args(conn_args()).args([
        "-Fp",
        "-f",
        file,
        "dump_src_p",
    ]));
    drop(src);
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute("DROP DATABASE dump_src_p").unwrap();
    admin.batch_execute("CREATE DATABASE dump_src_p").unwrap();
    run(Command::new(format!("{}/psql", common::bin())).args(conn_args()).args([
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        "dump_src_p",
        "-f",
        file,
    ]));
    let mut db = Client::connect(&url("dump_src_p"), NoTls).unwrap();
    check_restored(&mut db, &digest);
    // Under another database name, the same digest is refused as one from another database.
    let mut other = fresh_db("dump_other_name", false);
    run(Command::new(format!("{}/psql", common::bin())).args(conn_args()).args([
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        "dump_other_name",
        "-f",
        file,
    ]));
    assert!(verify(&mut other));
    let e = other.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap_err();
    assert_eq!(e.code().map(|c| c.code()), Some("22023"));
}
