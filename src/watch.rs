//! One round of the background worker in its database (see worker.rs for the process around it):
//! checkpoints of the audit tables that have new rows (every `checkpoint_interval`; never on a
//! standby), each digest appended to a file; incremental verification of every table from its last
//! verified checkpoint; a full verification of one table after another at an average of
//! `scrub_rows_per_second`; alerts (a LOG line `audit_chain alert:` with SQLSTATE XX001, a
//! `NOTIFY audit_chain_alert`, the status table) for every problem found.
//!
//! Each table's work runs in a transaction of its own: an error is logged and the round goes on
//! with the next table. On a hot standby the worker only reads: it verifies, logs alerts, and keeps
//! its position in memory (writing the status table or sending a NOTIFY would need a transaction
//! id, which a standby cannot assign; its audit_status shows the primary's worker's status).

use crate::catalog;
use crate::checkpoint::{self, Since};
use crate::error;
use crate::util;
use crate::verify::{self, Problem};
use crate::worker;
use pgrx::pg_sys::panic::CaughtError;
use pgrx::pg_sys::{self, Oid};
use pgrx::JsonB;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

type Alerted = HashSet<(String, Option<i32>, Option<i64>)>;

/// The channel alerts are sent on.
pub const ALERT_CHANNEL: &str = "audit_chain_alert";
/// At most this many alerts (log lines and notifications) per table and check; a last one says
/// how many more problems were found.
const MAX_ALERTS: usize = 10;

/// What the worker keeps between rounds about a table.
#[derive(Default)]
struct TableState {
    /// The checkpoint record the next incremental verification starts from.
    verified_id: Option<i64>,
    last_full_pass: Option<Instant>,
    /// The problems already alerted (kind, chain, seq) by incremental verification and by the full
    /// pass, so that a problem found again each round is alerted once, and again only after a
    /// clean verification of the same kind.
    alerted: Alerted,
    alerted_full: Alerted,
}

/// A row of audit_status, as the worker reads it at the start of a round.
struct Status {
    relid: Oid,
    rows: i64,
    rows_since_checkpoint: i64,
    last_checkpoint_id: Option<i64>,
    verified_checkpoint_id: Option<i64>,
    full_pass_age: Option<f64>,
}

pub struct Watch {
    db: String,
    tables: HashMap<Oid, TableState>,
    next_checkpoint: Instant,
    next_scrub: Instant,
    /// What was last said about the extension's state (not installed, objects older than this
    /// library), so that it is logged once, not every round.
    said: Option<String>,
}

/// Runs `f` in a transaction of its own (with an active snapshot), committed when it returns; an
/// ERROR in it is logged as a WARNING naming `what`, the transaction rolled back, and None returned.
fn in_transaction<R>(what: &str, f: impl FnOnce() -> R) -> Option<R> {
    unsafe {
        pg_sys::SetCurrentStatementStartTimestamp();
        pg_sys::StartTransactionCommand();
        pg_sys::PushActiveSnapshot(pg_sys::GetTransactionSnapshot());
    }
    let r = pgrx::PgTryBuilder::new(std::panic::AssertUnwindSafe(move || Ok(f())))
        .catch_others(|e| {
            Err(match e {
                CaughtError::PostgresError(r) | CaughtError::ErrorReport(r) => {
                    r.message().to_string()
                }
                CaughtError::RustPanic { ereport, .. } => ereport.message().to_string(),
            })
        })
        .execute();
    match r {
        Ok(v) => {
            unsafe {
                pg_sys::PopActiveSnapshot();
                pg_sys::CommitTransactionCommand();
            }
            Some(v)
        }
        Err(msg) => {
            unsafe { pg_sys::AbortCurrentTransaction() };
            pgrx::warning!("audit_chain worker: {what}: {msg}");
            None
        }
    }
}

fn in_recovery() -> bool {
    unsafe { pg_sys::RecoveryInProgress() }
}

/// A database name as part of a file name: characters other than letters, digits, '_', '-' and
/// '.' become '_'.
fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() || "_-.".contains(c) { c } else { '_' })
        .collect()
}

/// Appends `digest` as one line to `<dir>/<db>-<YYYY-MM-DD>.jsonl` (the UTC day of its
/// recorded_at) and fsyncs the file, and the directory when the file is new. A line left torn by
/// a crash is ended first, so that every digest stands on a line of its own.
pub fn append_digest(dir: &Path, db: &str, digest: &str) -> std::io::Result<PathBuf> {
    let day = serde_json::from_str::<Value>(digest)
        .ok()
        .and_then(|v| v.get("recorded_at").and_then(Value::as_str).map(|s| s[..10].to_string()))
        .unwrap_or_else(|| "unknown".into());
    let path = dir.join(format!("{}-{day}.jsonl", file_safe(db)));
    let created = !path.exists();
    let mut f = std::fs::OpenOptions::new().create(true).read(true).append(true).open(&path)?;
    let mut line = String::new();
    let len = f.metadata()?.len();
    if len > 0 {
        let mut last = [0u8; 1];
        f.seek(SeekFrom::Start(len - 1))?;
        f.read_exact(&mut last)?;
        if last[0] != b'\n' {
            line.push('\n');
        }
    }
    line.push_str(digest);
    line.push('\n');
    f.write_all(line.as_bytes())?;
    f.sync_all()?;
    if created {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(path)
}

/// Moves the refused attempts recorded in shared memory for this database into its trail
/// (`audit_refusals`), once per round, in a transaction of its own. Not on a standby: it takes
/// no writes, so its guards refuse nothing (PostgreSQL refuses them first).
fn drain_refusals() {
    if in_recovery() {
        return;
    }
    in_transaction("drain refused attempts", || {
        crate::refusals::drain().unwrap_or_else(|e| e.report())
    });
}

impl Watch {
    pub fn new(db: String) -> Watch {
        let now = Instant::now();
        Watch { db, tables: HashMap::new(), next_checkpoint: now, next_scrub: now, said: None }
    }

    fn say_once(&mut self, msg: Option<String>) {
        if msg != self.said {
            if let Some(m) = &msg {
                pgrx::log!("audit_chain worker: database \"{}\": {m}", self.db);
            }
            self.said = msg;
        }
    }

    /// One round; see the module's comment.
    pub fn round(&mut self) {
        let read = in_transaction("reading audit_status", read_status);
        let statuses = match read {
            Some(Ok(s)) => {
                self.say_once(None);
                s
            }
            Some(Err(why)) => {
                self.say_once(Some(why));
                return;
            }
            None => return,
        };
        self.tables.retain(|relid, _| statuses.iter().any(|s| s.relid == *relid));
        for s in &statuses {
            let st = self.tables.entry(s.relid).or_default();
            if st.verified_id.is_none() {
                st.verified_id = s.verified_checkpoint_id;
            }
        }
        let standby = in_recovery();
        if !standby && Instant::now() >= self.next_checkpoint {
            self.next_checkpoint = Instant::now() + seconds(worker::CHECKPOINT_INTERVAL.get());
            for s in statuses.iter().filter(|s| s.rows_since_checkpoint > 0) {
                self.checkpoint(s.relid);
            }
        }
        for s in &statuses {
            self.verify_since(s);
        }
        self.scrub(&statuses);
        drain_refusals();
    }

    fn checkpoint(&mut self, relid: Oid) {
        let digest = in_transaction("checkpoint", || {
            catalog::audit_table(relid, catalog::latest_snapshot())
                .and_then(|t| t.map(|t| checkpoint::checkpoint(&t)).transpose())
                .unwrap_or_else(|e| e.report())
        });
        let (Some(Some(digest)), Some(dir)) = (digest, worker::DIGEST_DIRECTORY.get()) else {
            return;
        };
        let dir = PathBuf::from(dir.to_string_lossy().into_owned());
        if dir.as_os_str().is_empty() {
            return;
        }
        if let Err(e) = append_digest(&dir, &self.db, &digest) {
            pgrx::warning!(
                "audit_chain worker: cannot append a digest to a file in {}: {e} (the checkpoint itself is in audit_chain.checkpoints)",
                dir.display()
            );
        }
    }

    /// Verifies what was written to the table since the checkpoint the worker verified last (or,
    /// the first time, since the table's newest checkpoint; a table without one waits for its
    /// first checkpoint, and the full pass covers it meanwhile).
    fn verify_since(&mut self, s: &Status) {
        let st = self.tables.entry(s.relid).or_default();
        let Some(since) = st.verified_id.or(s.last_checkpoint_id) else {
            return;
        };
        let relid = s.relid;
        let db = self.db.clone();
        let standby = in_recovery();
        let mut alerted = std::mem::take(&mut st.alerted);
        let outcome = in_transaction("incremental verification", || {
            let (problems, truncated) = verify::run_since(Some(relid), Some(Since::Id(since)));
            let clean = problems.is_empty();
            let next = s.last_checkpoint_id.map_or(since, |id| id.max(since));
            if clean {
                alerted.clear();
                if !standby {
                    save_verified(relid, next, s.rows);
                }
            } else {
                alert(&db, &problems, truncated, "incremental", &mut alerted, standby);
            }
            clean.then_some(next)
        });
        let st = self.tables.entry(s.relid).or_default();
        st.alerted = alerted;
        match outcome {
            Some(Some(next)) => st.verified_id = Some(next),
            Some(None) => {}
            // An error (the record gone with a retired table, say): start again from the newest.
            None => st.verified_id = None,
        }
    }

    /// Full verifications, the table whose last full pass is oldest first, while the rate allows:
    /// after a pass of N rows the next one waits N / scrub_rows_per_second seconds.
    fn scrub(&mut self, statuses: &[Status]) {
        let mut order: Vec<&Status> = statuses.iter().collect();
        let age = |s: &Status, tables: &HashMap<Oid, TableState>| {
            tables
                .get(&s.relid)
                .and_then(|t| t.last_full_pass)
                .map(|t| t.elapsed().as_secs_f64())
                .or(s.full_pass_age)
                .unwrap_or(f64::INFINITY)
        };
        order.sort_by(|a, b| age(b, &self.tables).total_cmp(&age(a, &self.tables)));
        let standby = in_recovery();
        for s in order {
            if Instant::now() < self.next_scrub {
                break;
            }
            let relid = s.relid;
            let db = self.db.clone();
            let st = self.tables.entry(relid).or_default();
            let mut alerted = std::mem::take(&mut st.alerted_full);
            in_transaction("full verification", || {
                let (problems, truncated) = verify::run(Some(relid));
                if !standby {
                    save_full_pass(relid, problems.is_empty());
                }
                if problems.is_empty() {
                    alerted.clear();
                } else {
                    alert(&db, &problems, truncated, "full", &mut alerted, standby);
                }
            });
            let st = self.tables.entry(relid).or_default();
            st.alerted_full = alerted;
            st.last_full_pass = Some(Instant::now());
            let rate = f64::from(worker::SCRUB_ROWS_PER_SECOND.get().max(1));
            self.next_scrub = Instant::now() + Duration::from_secs_f64(s.rows.max(0) as f64 / rate);
        }
    }
}

fn seconds(s: i32) -> Duration {
    Duration::from_secs(s.max(1) as u64)
}

/// The extension's schema, if it is installed; an explanation when the worker cannot work here.
fn extension_schema() -> Result<String, String> {
    let schema = util::select_one::<String>(
        "SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text) FROM pg_catalog.pg_extension e \
           JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'audit_chain'",
    )
    .ok_or_else(|| "the extension audit_chain is not installed; the worker waits for CREATE EXTENSION audit_chain".to_string())?;
    let current = util::select_one::<bool>(
        "SELECT pg_catalog.to_regclass('audit_chain.worker_status') IS NOT NULL",
    )
    .unwrap_or(false);
    if !current {
        return Err("the extension's objects are older than its library; the worker waits for ALTER EXTENSION audit_chain UPDATE".into());
    }
    Ok(schema)
}

/// The rows of audit_status (a failure to read them is an ERROR, logged by the caller).
fn read_status() -> Result<Vec<Status>, String> {
    let schema = extension_schema()?;
    let sql = format!(
        "SELECT table_name::pg_catalog.oid, coalesce(row_count, 0), coalesce(rows_since_checkpoint, 0), \
                last_checkpoint_id, verified_checkpoint_id, \
                pg_catalog.date_part('epoch', pg_catalog.now() OPERATOR(pg_catalog.-) last_full_pass_at)::pg_catalog.float8 \
           FROM {schema}.audit_status ORDER BY table_name::pg_catalog.oid"
    );
    Ok(util::read_rows(&sql, &[], |r| Status {
        relid: r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid),
        rows: r.get::<i64>(1).unwrap_or(0),
        rows_since_checkpoint: r.get::<i64>(2).unwrap_or(0),
        last_checkpoint_id: r.get::<i64>(3),
        verified_checkpoint_id: r.get::<i64>(4),
        full_pass_age: r.get::<f64>(5),
    }))
}

fn write(sql: &str, args: &[pgrx::datum::DatumWithOid]) {
    util::with_pinned_search_path(|| pgrx::Spi::run_with_args(sql, args))
        .unwrap_or_else(|e| error::AuditError::Catalog(e.to_string()).report());
}

fn save_verified(relid: Oid, checkpoint_id: i64, rows: i64) {
    write(
        "INSERT INTO audit_chain.worker_status AS w (relid, last_verified_at, verified_checkpoint_id, verified_row_count) \
         VALUES ($1, pg_catalog.now(), $2, $3) ON CONFLICT (relid) DO UPDATE \
         SET last_verified_at = excluded.last_verified_at, verified_checkpoint_id = excluded.verified_checkpoint_id, \
             verified_row_count = excluded.verified_row_count",
        &[relid.into(), checkpoint_id.into(), rows.into()],
    );
}

fn save_full_pass(relid: Oid, ok: bool) {
    write(
        "INSERT INTO audit_chain.worker_status AS w (relid, last_full_pass_at, last_full_pass_ok) \
         VALUES ($1, pg_catalog.now(), $2) ON CONFLICT (relid) DO UPDATE \
         SET last_full_pass_at = excluded.last_full_pass_at, last_full_pass_ok = excluded.last_full_pass_ok",
        &[relid.into(), ok.into()],
    );
}

fn save_problem(relid: Oid, problem: &Value) {
    write(
        "INSERT INTO audit_chain.worker_status AS w (relid, last_problem_at, last_problem) \
         VALUES ($1, pg_catalog.now(), $2) ON CONFLICT (relid) DO UPDATE \
         SET last_problem_at = excluded.last_problem_at, last_problem = excluded.last_problem",
        &[relid.into(), JsonB(problem.clone()).into()],
    );
}

/// The alert of one problem: the payload of its notification, its status entry.
fn payload(db: &str, p: &Problem, check: &str) -> Value {
    let mut detail = p.detail.clone();
    if detail.len() > 2000 {
        let mut cut = 2000;
        while !detail.is_char_boundary(cut) {
            cut -= 1;
        }
        detail.truncate(cut);
        detail.push('…');
    }
    json!({
        "database": db, "table": util::qualified_name(p.relid), "kind": p.kind,
        "chain": p.chain, "seq": p.seq, "detail": detail, "check": check,
    })
}

/// Alerts the problems not alerted yet: a LOG line each (error::log_alert), a NOTIFY each (not on
/// a standby), and the first one in the table's status (not on a standby). At most MAX_ALERTS
/// per call; a last line says how many more there were.
fn alert(
    db: &str,
    problems: &[Problem],
    truncated: bool,
    check: &str,
    alerted: &mut Alerted,
    standby: bool,
) {
    let fresh: Vec<&Problem> =
        problems.iter().filter(|p| alerted.insert((p.kind.to_string(), p.chain, p.seq))).collect();
    for (i, p) in fresh.iter().enumerate() {
        let mut v = payload(db, p, check);
        if i == MAX_ALERTS {
            let more = fresh.len() - MAX_ALERTS;
            v["kind"] = json!("more_problems");
            v["detail"] = json!(format!(
                "{more} more problems{}: audit_verify_report() lists them",
                if truncated { " (and more than verification reports)" } else { "" }
            ));
            v["chain"] = Value::Null;
            v["seq"] = Value::Null;
        }
        error::log_alert(&v);
        if !standby {
            write(
                "SELECT pg_catalog.pg_notify($1, $2)",
                &[ALERT_CHANNEL.into(), v.to_string().into()],
            );
            if i == 0 {
                save_problem(p.relid, &v);
            }
        }
        if i == MAX_ALERTS {
            break;
        }
    }
}
