//! Every kind of tampering a superuser can do after switching the guards off is detected and
//! named (kind and sequence number), while an untouched sibling table still verifies. Clients of
//! a running cluster (see concurrency.rs for the environment).
#![cfg(feature = "integration")]

use postgres::{Client, NoTls};

fn url(db: &str) -> String {
    let host = std::env::var("AUDIT_CHAIN_TEST_PGHOST")
        .expect("AUDIT_CHAIN_TEST_PGHOST is not set: use scripts/test.sh");
    let port =
        std::env::var("AUDIT_CHAIN_TEST_PGPORT").expect("AUDIT_CHAIN_TEST_PGPORT is not set");
    format!("host={host} port={port} user=postgres dbname={db}")
}

/// A database with `sibling` (never touched) and `victim`, both with rows 1..8 in one chain.
fn setup(name: &str) -> Client {
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let mut db = Client::connect(&url(name), NoTls).unwrap();
    db.batch_execute(
        "SET client_min_messages = error;
         CREATE EXTENSION audit_chain;
         CREATE TABLE sibling (id int, v text); SELECT audit_enable('sibling', 1);
         CREATE TABLE victim (id int, v text); SELECT audit_enable('victim', 1);
         INSERT INTO sibling SELECT g, 'v' || g FROM generate_series(1, 8) g;
         INSERT INTO victim SELECT g, 'v' || g FROM generate_series(1, 8) g;",
    )
    .unwrap();
    db
}

/// Runs `sql` with every guard of `victim` switched off, as a superuser could.
fn bypass(db: &mut Client, sql: &str) {
    db.batch_execute(&format!(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
         ALTER TABLE victim DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row,
                            DISABLE TRIGGER zz_audit_chain_insert;
         {sql};
         ALTER TABLE victim ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row,
                            ENABLE ALWAYS TRIGGER zz_audit_chain_insert;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
         ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;"
    ))
    .unwrap();
}

fn problems(db: &mut Client) -> Vec<(Option<i64>, String)> {
    db.query(
        "SELECT seq, kind FROM audit_verify_report('victim') ORDER BY seq NULLS FIRST, kind",
        &[],
    )
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect()
}

fn check(name: &str, tamper: &str, expected: &[(Option<i64>, &str)]) {
    let mut db = setup(name);
    let clean: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(clean, "{name}: not clean before tampering");
    bypass(&mut db, tamper);
    let got = problems(&mut db);
    let want: Vec<(Option<i64>, String)> =
        expected.iter().map(|(s, k)| (*s, k.to_string())).collect();
    assert_eq!(got, want, "{name}: problems reported");
    let all: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(!all, "{name}: audit_verify() still true");
    let sibling: bool = db.query_one("SELECT audit_verify('sibling')", &[]).unwrap().get(0);
    assert!(sibling, "{name}: the untouched sibling no longer verifies");
}

#[test]
fn modified_value() {
    check(
        "tamper_modify",
        "UPDATE victim SET v = 'changed' WHERE audit_seq = 4",
        &[(Some(4), "row_modified")],
    );
}

#[test]
fn deleted_middle_row() {
    check("tamper_middle", "DELETE FROM victim WHERE audit_seq = 5", &[(Some(5), "row_missing")]);
}

#[test]
fn deleted_last_row() {
    check("tamper_last", "DELETE FROM victim WHERE audit_seq = 8", &[(Some(8), "row_missing")]);
}

#[test]
fn deleted_last_rows_and_head_moved_back_is_caught_by_a_checkpoint() {
    let mut db = setup("tamper_head");
    let digest: String =
        db.query_one("SELECT audit_checkpoint('victim')::text", &[]).unwrap().get(0);
    bypass(
        &mut db,
        "DELETE FROM victim WHERE audit_seq > 6;
         UPDATE audit_chain.chain_heads h SET seq = 6, hash = v.audit_hash, recorded_at = v.audit_at
           FROM victim v WHERE h.relid = 'victim'::regclass AND v.audit_seq = 6",
    );
    // The chain alone is consistent now; the checkpoint in the catalog is not.
    assert_eq!(problems(&mut db), vec![(Some(7), "row_missing".to_string())]);
    // Even if the checkpoint catalog is rewritten too, the digest kept outside is not.
    bypass(&mut db, "ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER ALL; DELETE FROM audit_chain.checkpoints; ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard");
    let report = problems(&mut db);
    assert!(report.is_empty(), "the rewrite should fool the in-database checks: {report:?}");
    let ok: bool =
        db.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(!ok, "the external digest did not catch the removal of the newest rows");
}

#[test]
fn forged_row() {
    check(
        "tamper_forged",
        "INSERT INTO victim SELECT 99, 'forged', 0, 9, now(), audit_hash, sha256('x') FROM victim WHERE audit_seq = 8",
        &[(Some(9), "row_inserted"), (Some(9), "row_modified")],
    );
}

#[test]
fn forged_row_in_the_middle() {
    // Shift rows 5.. up by one and slip a forged row in at 5.
    check(
        "tamper_insert_middle",
        "UPDATE victim SET audit_seq = -audit_seq WHERE audit_seq >= 5;
         UPDATE victim SET audit_seq = -audit_seq + 1 WHERE audit_seq < 0;
         INSERT INTO victim SELECT 99, 'forged', 0, 5, audit_at, audit_hash, sha256('x') FROM victim WHERE audit_seq = 4",
        // Every row from the forged one on is named: renumbered rows no longer match their
        // hashes, and the row after the forgery no longer links.
        &[
            (Some(5), "row_modified"),
            (Some(6), "order_broken"),
            (Some(7), "row_modified"),
            (Some(8), "row_modified"),
            (Some(9), "row_inserted"),
            (Some(9), "row_modified"),
        ],
    );
}

#[test]
fn swapped_rows() {
    check(
        "tamper_swap",
        "UPDATE victim SET audit_seq = -1 WHERE audit_seq = 3;
         UPDATE victim SET audit_seq = 3 WHERE audit_seq = 4;
         UPDATE victim SET audit_seq = 4 WHERE audit_seq = -1",
        &[(Some(3), "order_broken"), (Some(4), "order_broken")],
    );
}

#[test]
fn changed_chain_columns() {
    check(
        "tamper_at",
        "UPDATE victim SET audit_at = audit_at + interval '1 hour' WHERE audit_seq = 2",
        &[(Some(2), "row_modified")],
    );
    check(
        "tamper_hash",
        "UPDATE victim SET audit_hash = sha256('x') WHERE audit_seq = 2",
        &[(Some(2), "row_modified")],
    );
    check(
        "tamper_prev",
        "UPDATE victim SET audit_prev = sha256('x') WHERE audit_seq = 2",
        &[(Some(2), "order_broken")],
    );
}

#[test]
fn disabled_guard_is_reported() {
    let mut db = setup("tamper_guard");
    db.batch_execute(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER TABLE victim DISABLE TRIGGER audit_chain_guard;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;",
    )
    .unwrap();
    assert_eq!(problems(&mut db), vec![(None, "guard_disabled".to_string())]);
    db.batch_execute("ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE").unwrap();
    let kinds: Vec<String> = db
        .query("SELECT DISTINCT kind FROM audit_verify_report()", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(kinds.contains(&"guard_disabled".to_string()));
}

#[test]
fn tampered_prune_anchor() {
    let mut db = setup("tamper_anchor");
    let removed: i64 =
        db.query_one("SELECT audit_prune('victim', clock_timestamp())", &[]).unwrap().get(0);
    assert_eq!(removed, 7);
    bypass(&mut db, "UPDATE audit_chain.chain_bases SET base_hash = sha256('x') WHERE relid = 'victim'::regclass");
    let got = problems(&mut db);
    assert!(got.contains(&(None, "anchor_mismatch".to_string())), "{got:?}");
    assert!(got.contains(&(Some(8), "row_inserted".to_string())), "{got:?}");
}

/// The strongest in-database attack: a superuser rewrites the table's whole history with every
/// hash recomputed (by replaying modified rows through the chain trigger itself), resets the chain
/// heads and wipes the checkpoint catalog. Everything inside the database is consistent again;
/// only a digest kept outside catches it.
#[test]
fn consistent_rewrite_of_history_is_caught_by_an_external_digest() {
    let mut db = setup("tamper_rewrite");
    let digest: String =
        db.query_one("SELECT audit_checkpoint('victim')::text", &[]).unwrap().get(0);
    db.batch_execute(
        "CREATE TABLE saved AS SELECT id, v FROM victim ORDER BY audit_seq;
         UPDATE saved SET v = 'rewritten' WHERE id = 3;",
    )
    .unwrap();
    bypass(
        &mut db,
        "DELETE FROM victim;
         UPDATE audit_chain.chain_heads SET seq = 0, hash = base_hash, recorded_at = NULL WHERE relid = 'victim'::regclass;
         ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
         DELETE FROM audit_chain.checkpoints;
         ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard",
    );
    // Replayed through the real insert trigger: every hash is recomputed by the extension itself.
    db.batch_execute("INSERT INTO victim (id, v) SELECT id, v FROM saved ORDER BY id").unwrap();
    let v: String = db.query_one("SELECT v FROM victim WHERE id = 3", &[]).unwrap().get(0);
    assert_eq!(v, "rewritten");
    let inside: bool = db.query_one("SELECT audit_verify()", &[]).unwrap().get(0);
    assert!(inside, "the rewrite is consistent, so the in-database checks cannot see it");
    let ok: bool =
        db.query_one("SELECT audit_verify_digest($1::text::jsonb)", &[&digest]).unwrap().get(0);
    assert!(!ok, "the external digest did not catch a consistent rewrite of history");
}

/// A chain that a checkpoint does not list, yet whose rows are older than that checkpoint, did not
/// exist when the checkpoint was taken: it was added behind audit_chain's back (a superuser writing
/// a backdated chain, or removing a chain from a checkpoint record and re-hashing it). Checkpoints
/// list the chains being added by transactions still in progress, so a chain added concurrently
/// with a checkpoint is no false alarm (tests/concurrency.rs).
#[test]
fn chain_missing_from_a_checkpoint_that_its_rows_predate() {
    let name = "tamper_unlisted_chain";
    let mut db = setup(name);
    // A second chain, added because a transaction holds the only one.
    let mut holder = Client::connect(&url(name), NoTls).unwrap();
    holder.batch_execute("BEGIN; INSERT INTO victim VALUES (100, 'holder')").unwrap();
    db.batch_execute("INSERT INTO victim VALUES (101, 'added chain')").unwrap();
    holder.batch_execute("COMMIT").unwrap();
    db.query_one("SELECT audit_checkpoint('victim')", &[]).unwrap();
    assert!(problems(&mut db).is_empty(), "not clean: {:?}", problems(&mut db));
    // The superuser takes chain 1 out of the last checkpoint record and re-hashes it.
    bypass(
        &mut db,
        "ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
         UPDATE audit_chain.checkpoints c SET body = n.body, hash = sha256(convert_to(n.body::text, 'UTF8'))
           FROM (SELECT id, jsonb_set(body, '{chains}',
                        (SELECT jsonb_agg(e) FROM jsonb_array_elements(body->'chains') e WHERE (e->>'chain')::int <> 1)) AS body
                   FROM audit_chain.checkpoints ORDER BY id DESC LIMIT 1) n
          WHERE c.id = n.id;
         ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard",
    );
    let found: Vec<(Option<i32>, String, String)> = db
        .query("SELECT chain, kind, detail FROM audit_verify_report('victim')", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert!(
        found.iter().any(|(c, k, d)| *c == Some(1)
            && k == "catalog_mismatch"
            && d.contains("does not list")),
        "a chain older than a checkpoint that does not list it went unnoticed: {found:?}"
    );
}
