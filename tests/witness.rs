//! The witness (audit-chain witness, issue 15) and client-side verification (audit-chain verify)
//! against a real cluster, the tool run as a separate process (AUDIT_CHAIN_CLI, which
//! scripts/test.sh builds). Each test starts a cluster of its own (tests/common) on a port of its
//! own: the restores of older backups stop and copy the whole cluster.
//!
//! Every attack of the issue: a superuser who rewrites rows and recomputes every hash, the heads
//! and the checkpoint catalog; an older backup restored; the newest rows deleted and the head
//! moved back; a prune forged below the retention; a checkpoint forking from one signed before; a
//! stolen database without the witness key; a corrupted or foreign state directory. And the CLI,
//! tools/verify_offline.py and audit_verify() agree on clean and tampered tables.
#![cfg(feature = "integration")]

mod common;

use common::Cluster;
use postgres::{Client, NoTls};
use std::path::{Path, PathBuf};
use std::process::Command;

fn cli_path() -> PathBuf {
    std::env::var("AUDIT_CHAIN_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|_| common::repo().join("target/debug/audit-chain"))
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Out {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}\nstdout:\n{}\nstderr:\n{}", self.code, self.stdout, self.stderr)
    }
}

fn cli(args: &[&str]) -> Out {
    let o = Command::new(cli_path())
        .args(args)
        .output()
        .expect("cannot run the audit-chain tool (AUDIT_CHAIN_CLI)");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into(),
        stderr: String::from_utf8_lossy(&o.stderr).into(),
    }
}

fn url(c: &Cluster, user: &str, db: &str) -> String {
    format!("host=127.0.0.1 port={} user={user} dbname={db}", c.port)
}

/// A cluster with database `wdb`: table `events` (`chains` chains, 8 rows), a role `witness`
/// with only SELECT on it and the admin right (audit_checkpoint), and a witness key.
struct Fixture {
    cluster: Cluster,
    files: PathBuf,
}

impl Fixture {
    fn new(name: &str, port: u16, chains: i32) -> Fixture {
        let cluster = Cluster::fresh(&format!("/tmp/witness-{name}"), port, &[]);
        let files = PathBuf::from(format!("/tmp/witness-{name}-files"));
        let _ = std::fs::remove_dir_all(&files);
        std::fs::create_dir_all(files.join("keys")).unwrap();
        let f = Fixture { cluster, files };
        f.make_db("wdb", chains);
        let out = cli(&["keygen", "witness.test", "--out", f.path("keys").to_str().unwrap()]);
        assert_eq!(out.code, 0, "{out:?}");
        f
    }

    fn make_db(&self, name: &str, chains: i32) {
        let mut admin = self.cluster.connect("postgres");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let mut db = self.cluster.connect(name);
        db.batch_execute(&format!(
            "SET client_min_messages = warning;
             CREATE EXTENSION audit_chain;
             CREATE TABLE events (id int, v text);
             SELECT audit_enable('events', {chains});
             INSERT INTO events SELECT g, 'v' || g FROM generate_series(1, 8) g;
             DO $$ BEGIN CREATE ROLE witness LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
             GRANT SELECT ON events TO witness;
             SELECT audit_grant('events', 'witness');"
        ))
        .unwrap();
    }

    fn path(&self, p: &str) -> PathBuf {
        self.files.join(p)
    }

    fn db(&self) -> Client {
        self.cluster.connect("wdb")
    }

    /// Runs the witness as role `witness` on database `db` with state directory `state`, reading
    /// 3 rows per query (so that every walk crosses batches).
    fn witness_on(&self, db: &str, state: &str) -> Out {
        cli(&[
            "witness",
            "--db",
            &url(&self.cluster, "witness", db),
            "--state",
            self.path(state).to_str().unwrap(),
            "--key",
            self.path("keys/witness.test.key").to_str().unwrap(),
            "--batch",
            "3",
        ])
    }

    fn witness(&self) -> Out {
        self.witness_on("wdb", "state")
    }

    fn pubkey(&self) -> String {
        std::fs::read_to_string(self.path("keys/witness.test.pub")).unwrap().trim().to_string()
    }

    fn table_dir(&self, state: &str) -> PathBuf {
        let uuid: String = self
            .db()
            .query_one("SELECT table_uuid::text FROM audit_chain.tables", &[])
            .unwrap()
            .get(0);
        self.path(state).join(uuid)
    }

    fn notes(&self, state: &str) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.table_dir(state))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .filter(|n| n.ends_with(".note"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    fn count(&self, sql: &str) -> i64 {
        self.db().query_one(sql, &[]).unwrap().get(0)
    }

    /// A physical copy of the stopped cluster (an older backup, to restore later).
    fn backup(&self, to: &str) {
        self.cluster.stop();
        copy_dir(&self.cluster.dir.join("data"), &self.path(to));
        self.cluster.start();
    }

    fn restore(&self, from: &str) {
        self.cluster.stop();
        let data = self.cluster.dir.join("data");
        std::fs::remove_dir_all(&data).unwrap();
        copy_dir(&self.path(from), &data);
        self.cluster.start();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    let st = Command::new("cp").arg("-a").arg(from).arg(to).status().unwrap();
    assert!(st.success());
}

/// Runs `sql` with every guard of `events` (and of the checkpoint catalog) switched off, as a
/// superuser could.
fn bypass(db: &mut Client, sql: &str) {
    bypass_on(db, "events", sql)
}

/// Runs `sql` with every guard of audit table `table` (and of the checkpoint catalog) switched
/// off, as a superuser could.
fn bypass_on(db: &mut Client, table: &str, sql: &str) {
    db.batch_execute(&format!(
        "ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE;
         ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE;
         ALTER TABLE {table} DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row;
         ALTER TABLE audit_chain.checkpoints DISABLE TRIGGER audit_chain_guard;
         {sql};
         ALTER TABLE audit_chain.checkpoints ENABLE ALWAYS TRIGGER audit_chain_guard;
         ALTER TABLE {table} ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row;
         ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS;
         ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS;"
    ))
    .unwrap();
}

/// The strongest in-database attack: row `seq` of chain 0 rewritten and every later hash
/// recomputed (the rows after it replayed through the insert trigger itself), the head reset and
/// the checkpoint catalog wiped. The rows before it keep their hashes; audit_verify() cannot see
/// the rewrite.
fn rewrite_history(db: &mut Client, seq: i64) {
    db.batch_execute(&format!(
        "CREATE TABLE saved AS SELECT id, v FROM events WHERE audit_seq >= {seq} ORDER BY audit_seq;
         UPDATE saved SET v = 'rewritten' WHERE id = {seq};"
    ))
    .unwrap();
    bypass(
        db,
        &format!(
            "DELETE FROM events WHERE audit_seq >= {seq};
             UPDATE audit_chain.chain_heads SET seq = {seq} - 1,
                    hash = (SELECT audit_hash FROM events WHERE audit_seq = {seq} - 1)
              WHERE relid = 'events'::regclass;
             DELETE FROM audit_chain.checkpoints"
        ),
    );
    db.batch_execute(
        "INSERT INTO events (id, v) SELECT id, v FROM saved ORDER BY id; DROP TABLE saved",
    )
    .unwrap();
    let report: Vec<String> = db
        .query("SELECT concat_ws(' ', table_name, chain, seq, kind, detail) FROM audit_verify_report()", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(report.is_empty(), "the rewrite is consistent, the database cannot see it: {report:?}");
}

/// The witness refused and signed nothing: exit 1, the report names `line`, no new note, no new
/// cosignature.
fn assert_refused(f: &Fixture, out: &Out, line: &str, notes_before: usize, cosigs_before: i64) {
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stdout.lines().any(|l| l.starts_with(line)),
        "expected a report line starting with {line:?}: {out:?}"
    );
    assert_eq!(f.notes("state").len(), notes_before, "a note was signed: {out:?}");
    assert_eq!(f.count("SELECT count(*) FROM audit_chain.cosignatures"), cosigs_before);
}

#[test]
fn signs_only_new_rows_and_stores_its_cosignature() {
    let f = Fixture::new("signs", 5742, 1);
    let out = f.witness();
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout
            .contains("signed public.events checkpoint 1: 8 new rows checked, 1 signature stored"),
        "{out:?}"
    );
    let note = f.table_dir("state").join("checkpoint-1.note");
    let opened = cli(&["open", "--key", &f.pubkey(), note.to_str().unwrap()]);
    assert_eq!(opened.code, 0, "{opened:?}");
    let text = std::fs::read_to_string(&note).unwrap();
    let mut db = f.db();
    let ok: bool = db
        .query_one("SELECT audit_verify_digest($1, ARRAY[$2])", &[&text, &f.pubkey()])
        .unwrap()
        .get(0);
    assert!(ok);
    let line: String =
        db.query_one("SELECT signature_line FROM audit_cosignatures", &[]).unwrap().get(0);
    assert!(text.ends_with(&format!("\n{line}\n")), "{text} / {line}");

    // Repeated runs read only the rows written since.
    db.batch_execute("INSERT INTO events SELECT g, 'v' || g FROM generate_series(9, 13) g")
        .unwrap();
    let out = f.witness();
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("checkpoint 2: 5 new rows checked"), "{out:?}");
    let out = f.witness();
    assert!(out.stdout.contains("checkpoint 3: 0 new rows checked"), "{out:?}");

    // A prune the retention allows is accepted, also one past every row the witness saw (its row
    // file starts again after the new base), and the next runs go on from there.
    db.batch_execute("INSERT INTO events SELECT g, 'v' || g FROM generate_series(14, 16) g")
        .unwrap();
    let removed: i64 =
        db.query_one("SELECT audit_prune('events', clock_timestamp())", &[]).unwrap().get(0);
    assert!(removed > 0);
    let out = f.witness();
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("checkpoint 5: 1 new rows checked"), "{out:?}");
    db.batch_execute("INSERT INTO events VALUES (17, 'v17')").unwrap();
    let out = f.witness();
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("checkpoint 6: 1 new rows checked"), "{out:?}");
    assert_eq!(f.count("SELECT count(*) FROM audit_cosignatures"), 5);
    let bases: Vec<i64> = db
        .query("SELECT base_seq FROM audit_chains WHERE base_seq > 0", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(bases, vec![15], "the prune should have gone past the signed head (13)");
}

#[test]
fn a_consistent_rewrite_is_refused_naming_the_first_rewritten_row() {
    let f = Fixture::new("rewrite", 5743, 1);
    assert_eq!(f.witness().code, 0);
    let mut db = f.db();
    rewrite_history(&mut db, 3);
    db.batch_execute("INSERT INTO events VALUES (9, 'v9'), (10, 'v10')").unwrap();
    let out = f.witness();
    assert_refused(&f, &out, "table public.events chain 0 seq 3: fork", 1, 1);
}

#[test]
fn rows_deleted_at_the_end_with_the_head_moved_back() {
    let f = Fixture::new("truncated", 5744, 1);
    assert_eq!(f.witness().code, 0);
    let mut db = f.db();
    bypass(
        &mut db,
        "DELETE FROM events WHERE audit_seq > 6;
         UPDATE audit_chain.chain_heads SET seq = 6, hash = (SELECT audit_hash FROM events WHERE audit_seq = 6)
          WHERE relid = 'events'::regclass",
    );
    let out = f.witness();
    assert_refused(&f, &out, "table public.events chain 0 seq 7: rollback", 1, 1);
    // New rows past the signed head: the history forks where the removed rows were.
    db.batch_execute("INSERT INTO events SELECT g, 'new' FROM generate_series(1, 4) g").unwrap();
    let out = f.witness();
    assert_refused(&f, &out, "table public.events chain 0 seq 7: fork", 1, 1);
}

#[test]
fn an_older_backup_restored_is_a_rollback() {
    let f = Fixture::new("backup", 5745, 1);
    assert_eq!(f.witness().code, 0);
    f.backup("backup");
    f.db()
        .batch_execute("INSERT INTO events SELECT g, 'v' || g FROM generate_series(9, 12) g")
        .unwrap();
    assert_eq!(f.witness().code, 0);
    f.restore("backup");
    let out = f.witness();
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("table public.events chain 0 seq 9: rollback"), "{out:?}");
    assert!(
        out.stdout.contains(
            "table public.events chain - seq -: rollback: checkpoint 2 is not after checkpoint 2"
        ),
        "{out:?}"
    );
    assert_eq!(f.notes("state").len(), 2);
}

#[test]
fn a_checkpoint_forking_from_a_signed_one_is_refused() {
    let f = Fixture::new("fork", 5746, 1);
    assert_eq!(f.witness().code, 0);
    f.backup("backup");
    f.db().batch_execute("INSERT INTO events SELECT g, 'a' FROM generate_series(9, 11) g").unwrap();
    assert_eq!(f.witness().code, 0);
    // Another history from the same past, longer than the signed one.
    f.restore("backup");
    f.db().batch_execute("INSERT INTO events SELECT g, 'b' FROM generate_series(9, 13) g").unwrap();
    let out = f.witness();
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("table public.events chain 0 seq 9: fork"), "{out:?}");
    assert_eq!(f.notes("state").len(), 2);
}

#[test]
fn a_prune_forged_below_the_retention_is_refused() {
    let f = Fixture::new("prune", 5747, 1);
    f.db().batch_execute("SELECT audit_set_retention('events', '1 day')").unwrap();
    assert_eq!(f.witness().code, 0);
    let mut db = f.db();
    // The rows audit_prune would refuse to remove, removed by hand, the base moved after them.
    bypass(
        &mut db,
        "INSERT INTO audit_chain.chain_bases (relid, chain, base_seq, base_hash)
           SELECT 'events'::regclass, 0, 3, audit_hash FROM events WHERE audit_seq = 3;
         DELETE FROM events WHERE audit_seq <= 3",
    );
    let out = f.witness();
    assert_refused(&f, &out, "table public.events chain 0 seq 3: prune_below_retention", 1, 1);
    // A base moved to a row other than the one the witness recorded.
    bypass(&mut db, "UPDATE audit_chain.chain_bases SET base_seq = 4, base_hash = sha256('x')");
    let out = f.witness();
    assert!(out.stdout.contains("chain 0 seq 4: base_mismatch"), "{out:?}");
    assert_eq!(out.code, 1);
}

#[test]
fn a_stolen_database_without_the_witness_key_cannot_produce_a_note_that_verifies() {
    let f = Fixture::new("stolen", 5748, 1);
    assert_eq!(f.witness().code, 0);
    let honest = f.table_dir("state").join("checkpoint-1.note");
    let honest_text = std::fs::read_to_string(&honest).unwrap();
    let mut db = f.db();
    rewrite_history(&mut db, 3);
    // The thief makes a key with the witness's name and signs the rewritten history's checkpoint.
    std::fs::create_dir_all(f.path("thief")).unwrap();
    assert_eq!(
        cli(&["keygen", "witness.test", "--out", f.path("thief").to_str().unwrap()]).code,
        0
    );
    let body: String = db
        .query_one("SELECT audit_checkpoint_note(audit_checkpoint('events'))", &[])
        .unwrap()
        .get(0);
    std::fs::write(f.path("body"), &body).unwrap();
    let forged = cli(&[
        "sign",
        "--key",
        f.path("thief/witness.test.key").to_str().unwrap(),
        f.path("body").to_str().unwrap(),
    ]);
    assert_eq!(forged.code, 0, "{forged:?}");
    // ... or copies the witness's signature line from an older note.
    let stolen_line = honest_text.rsplit("\n\n").next().unwrap();
    let copied = format!("{body}\n{stolen_line}");
    let url = url(&f.cluster, "postgres", "wdb");
    for (name, note) in [("forged", forged.stdout.as_str()), ("copied", copied.as_str())] {
        let file = f.path(name);
        std::fs::write(&file, note).unwrap();
        let out = cli(&[
            "verify",
            "--db",
            &url,
            "--checkpoint",
            file.to_str().unwrap(),
            "--key",
            &f.pubkey(),
        ]);
        assert_eq!(out.code, 1, "{name}: {out:?}");
        assert!(out.stdout.contains("note_unverified"), "{name}: {out:?}");
        let ok: bool = db
            .query_one("SELECT audit_verify_digest($1, ARRAY[$2])", &[&note, &f.pubkey()])
            .unwrap()
            .get(0);
        assert!(!ok, "{name}");
    }
    // The honest note no longer holds: its anchored head was rewritten.
    let out = cli(&[
        "verify",
        "--db",
        &url,
        "--checkpoint",
        honest.to_str().unwrap(),
        "--key",
        &f.pubkey(),
    ]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("chain 0 seq 8: anchor_mismatch"), "{out:?}");
}

#[test]
fn a_corrupted_or_foreign_state_directory_is_a_clear_error_never_a_re_sign() {
    let f = Fixture::new("state", 5749, 1);
    f.make_db("otherdb", 1);
    assert_eq!(f.witness().code, 0);
    let checkpoints = || f.count("SELECT count(*) FROM audit_chain.checkpoints");
    let before = checkpoints();

    // Another database's state directory.
    let out = f.witness_on("otherdb", "state");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("belongs to another database: wdb"), "{out:?}");
    let mut other = f.cluster.connect("otherdb");
    let n: i64 =
        other.query_one("SELECT count(*) FROM audit_chain.checkpoints", &[]).unwrap().get(0);
    assert_eq!(n, 0, "the witness must not even take a checkpoint");

    let uuid = f.table_dir("state").file_name().unwrap().to_string_lossy().to_string();
    type Damage = fn(&Path, &str);
    let damages: [(&str, Damage, &str); 6] = [
        (
            "rows file cut short",
            |d, u| {
                let p = d.join(u).join("chain-0.rows");
                let len = std::fs::metadata(&p).unwrap().len();
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(&p)
                    .unwrap()
                    .set_len(len - 48)
                    .unwrap();
            },
            "chain-0.rows holds 7 rows",
        ),
        (
            "state.json garbage",
            |d, u| std::fs::write(d.join(u).join("state.json"), "{not json").unwrap(),
            "state.json",
        ),
        (
            "state.json edited",
            |d, u| {
                let p = d.join(u).join("state.json");
                let s = std::fs::read_to_string(&p).unwrap().replace("\"seq\": 8", "\"seq\": 7");
                std::fs::write(&p, s).unwrap();
            },
            "does not match the signed note",
        ),
        (
            "note altered",
            |d, u| {
                let p = d.join(u).join("checkpoint-1.note");
                let s = std::fs::read_to_string(&p).unwrap().replace("chain 0 8 ", "chain 0 7 ");
                std::fs::write(&p, s).unwrap();
            },
            "checkpoint-1.note",
        ),
        (
            "witness.json lost",
            |d, _| std::fs::remove_file(d.join("witness.json")).unwrap(),
            "has no witness.json",
        ),
        (
            "witness.json of another key",
            |d, _| {
                let p = d.join("witness.json");
                let s =
                    std::fs::read_to_string(&p).unwrap().replace("witness.test+", "other.test+");
                std::fs::write(&p, s).unwrap();
            },
            "belongs to the witness key",
        ),
    ];
    for (i, (what, damage, message)) in damages.iter().enumerate() {
        let state = format!("state{i}");
        copy_dir(&f.path("state"), &f.path(&state));
        damage(&f.path(&state), &uuid);
        let out = f.witness_on("wdb", &state);
        assert_eq!(out.code, 2, "{what}: {out:?}");
        assert!(out.stderr.contains(message), "{what}: {out:?}");
        assert!(out.stdout.is_empty(), "{what}: {out:?}");
        assert_eq!(f.notes(&state), vec!["checkpoint-1.note".to_string()], "{what}");
        assert_eq!(checkpoints(), before, "{what}: the witness must not take a checkpoint");
    }
    assert_eq!(f.count("SELECT count(*) FROM audit_chain.cosignatures"), 1);
    // The intact state goes on.
    assert_eq!(f.witness().code, 0);
}

/// (chain, seq, kind) of the CLI's report lines.
fn cli_problems(stdout: &str) -> Vec<(i32, i64, String)> {
    let mut v: Vec<(i32, i64, String)> = stdout
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("table ")?;
            let mut w = rest.split(' ');
            let (_t, _c, chain, _s, seq, kind) =
                (w.next()?, w.next()?, w.next()?, w.next()?, w.next()?, w.next()?);
            Some((
                chain.parse().ok()?,
                seq.trim_end_matches(':').parse().ok()?,
                kind.trim_end_matches(':').to_string(),
            ))
        })
        .collect();
    v.sort();
    v
}

#[test]
fn the_cli_the_offline_verifier_and_audit_verify_agree() {
    let f = Fixture::new("agree", 5741, 1);
    let mut db = f.db();
    db.batch_execute(
        "SET client_min_messages = warning;
         CREATE TYPE mood AS ENUM ('sad', 'happy');
         CREATE TABLE typed (t text, vc varchar(5), i2 int2, i8 bigint, n numeric, f4 real, f8 float8, b bool,
           d date, tz timestamptz, iv interval, u uuid, by bytea, js json, jb jsonb, ip inet, m mood, ia int[], ta text[]);",
    )
    .unwrap();
    for t in ["clean", "modified", "deleted_middle", "deleted_last", "moved", "rechained"] {
        db.batch_execute(&format!(
            "CREATE TABLE {t} (LIKE typed); SELECT audit_enable('{t}', 2);
             INSERT INTO {t} VALUES ('x', 'ab', 1, 3, 'NaN', 'NaN', '-0', true, '2024-02-29', 'infinity', '1 year -2 days',
               'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\\x00ff', '{{\"a\": 1}}', '{{\"b\": 2, \"a\": [1.50]}}', '10.0.0.1',
               'happy', '{{1,NULL,3}}', '{{\"a\",NULL,\"\"}}');
             INSERT INTO {t} (t, f8, n) SELECT '', g / 3.0, g FROM generate_series(1, 6) g;
             INSERT INTO {t} (t) VALUES (NULL);"
        ))
        .unwrap();
    }
    let seq2 = |t: &str| {
        format!("audit_seq = 2 AND audit_chain_id = (SELECT min(audit_chain_id) FROM {t} WHERE audit_seq = 2)")
    };
    for (t, sql) in [
        ("modified", format!("UPDATE modified SET t = 'changed' WHERE {}", seq2("modified"))),
        ("deleted_middle", format!("DELETE FROM deleted_middle WHERE {}", seq2("deleted_middle"))),
        ("deleted_last", "DELETE FROM deleted_last WHERE (audit_chain_id, audit_seq) = (SELECT audit_chain_id, max(audit_seq) FROM deleted_last GROUP BY 1 ORDER BY 1 LIMIT 1)".to_string()),
        ("moved", format!("UPDATE moved SET audit_seq = 100 WHERE {}", seq2("moved"))),
        // Into a chain the table has no head for.
        ("rechained", format!("UPDATE rechained SET audit_chain_id = 7 WHERE {}", seq2("rechained"))),
    ] {
        bypass_on(&mut db, t, &sql);
    }
    let url = url(&f.cluster, "postgres", "wdb");
    for t in ["clean", "modified", "deleted_middle", "deleted_last", "moved", "rechained"] {
        let out = cli(&["verify", "--db", &url, "--table", t]);
        // Read in batches of two rows, across gaps and moved rows: the same verdict, word for word.
        let small = cli(&["verify", "--db", &url, "--table", t, "--batch", "2"]);
        assert_eq!((small.code, &small.stdout), (out.code, &out.stdout), "{t}, batches of 2");
        let py = Command::new("python3")
            .arg(common::repo().join("tools/verify_offline.py"))
            .args([
                t,
                "-h",
                "127.0.0.1",
                "-p",
                &f.cluster.port.to_string(),
                "-U",
                "postgres",
                "-d",
                "wdb",
            ])
            .output()
            .unwrap();
        let inside: bool =
            db.query_one(&format!("SELECT audit_verify('{t}')"), &[]).unwrap().get(0);
        let mut report: Vec<(i32, i64, String)> = db
            .query(
                &format!(
                    "SELECT chain, seq, kind FROM audit_verify_report('{t}') WHERE seq IS NOT NULL"
                ),
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        report.sort();
        let clean = t == "clean";
        assert_eq!(out.code, if clean { 0 } else { 1 }, "{t}: {out:?}");
        assert_eq!(
            py.status.code(),
            Some(out.code),
            "{t}: python says {}",
            String::from_utf8_lossy(&py.stdout)
        );
        assert_eq!(inside, clean, "{t}");
        assert_eq!(cli_problems(&out.stdout), report, "{t}: {out:?}");
        if clean {
            assert!(out.stdout.contains("OK public.clean 8 rows"), "{out:?}");
        }
    }
    // All tables at once: the tampered ones, each named.
    let out = cli(&["verify", "--db", &url]);
    assert_eq!(out.code, 1, "{out:?}");
    for t in ["modified", "deleted_middle", "deleted_last", "moved", "rechained"] {
        assert!(out.stdout.contains(&format!("table public.{t} ")), "{t}: {out:?}");
    }
    // Usage and connection errors: 2.
    assert_eq!(cli(&["verify", "--db", "host=127.0.0.1 port=1 user=postgres"]).code, 2);
    assert_eq!(cli(&["verify", "--db", &url, "--table", "nonesuch"]).code, 2);
    let _ = Client::connect(&url, NoTls).unwrap();
}
