//! Anchored checkpoints and external digests.
//!
//! A checkpoint records every chain head of a table in `audit_chain.checkpoints`, a catalog that
//! is itself append-only and hash-chained: each checkpoint's body names the previous checkpoint's
//! hash, and its hash is SHA-256 of the body's canonical jsonb text. audit_checkpoint() returns the
//! body plus its hash — the digest — to be kept outside the database; audit_verify_digest() checks
//! that the table still holds exactly the history the digest anchors. Pruning writes records of
//! kind 'prune' into the same catalog (see prune.rs).

use crate::access;
use crate::catalog::{self, AuditTable, Head};
use crate::chain;
use crate::error::{AuditError, Result};
use crate::layout::{ChainProbe, ChainReader};
use crate::util::{self, as_extension_owner, TIME_FORMAT_SQL};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::Value;
use sha2::Digest as _;
use std::collections::HashMap;

/// The format of records written now. v2 adds, per chain, the chain's base and two rows with
/// their recording times, and the table's retention: enough for a later check to tell a removal
/// that no legitimate prune could have made.
pub const FORMAT: &str = "audit_chain.checkpoint.v2";
const FORMAT_V1: &str = "audit_chain.checkpoint.v1";

/// Serialises writers of the checkpoint catalog so that ids stay gap-free and each record links
/// to the one before it. (Relation 0 is never an audit table, so the key is free.)
pub fn lock_checkpoint_chain() {
    chain::lock_chain_wait(pg_sys::InvalidOid, 0);
}

/// Appends a record to the checkpoint chain and returns the digest (body + checkpoint_hash).
/// `kind` is 'checkpoint' or 'prune'; `chains` the array to anchor; `extra` more fields.
pub fn append(t: &AuditTable, kind: &str, chains: Value, extra: Value) -> Result<String> {
    lock_checkpoint_chain();
    let sql = format!(
        "WITH last AS (SELECT id, hash FROM audit_chain.checkpoints ORDER BY id DESC LIMIT 1), \
         b AS (SELECT pg_catalog.jsonb_build_object( \
           'format', $1::pg_catalog.text, 'kind', $2::pg_catalog.text, 'database', pg_catalog.current_database(), \
           'table', $3::pg_catalog.text, 'table_uuid', t.table_uuid::pg_catalog.text, \
           'checkpoint_id', coalesce((SELECT id FROM last), 0) + 1, \
           'prev_checkpoint_hash', coalesce((SELECT pg_catalog.encode(hash, 'hex') FROM last), pg_catalog.repeat('0', 64)), \
           'recorded_at', pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', {TIME_FORMAT_SQL}), \
           'chains', $4::pg_catalog.jsonb) OPERATOR(pg_catalog.||) $5::pg_catalog.jsonb AS body \
           FROM audit_chain.tables t WHERE t.relid = $6) \
         INSERT INTO audit_chain.checkpoints (id, relid, kind, body, hash) \
         SELECT (body->>'checkpoint_id')::pg_catalog.int8, $6, $2, body, \
                pg_catalog.sha256(pg_catalog.convert_to(body::pg_catalog.text, 'UTF8')) FROM b \
         RETURNING (body OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object('checkpoint_hash', pg_catalog.encode(hash, 'hex')))::pg_catalog.text"
    );
    let args = [
        FORMAT.into(),
        kind.into(),
        util::qualified_name(t.relid).into(),
        JsonB(chains).into(),
        JsonB(extra).into(),
        t.relid.into(),
    ];
    let digest = as_extension_owner(|| Spi::get_one_with_args::<String>(&sql, &args))?
        .map_err(|e| AuditError::Catalog(e.to_string()))?
        .ok_or_else(|| AuditError::Catalog("checkpoint was not recorded".into()))?;
    pgrx::log!("audit_chain {kind}: {digest}");
    Ok(digest)
}

/// A table's retention as recorded in v2 checkpoints: months, days and microseconds, the parts of
/// a PostgreSQL interval, so that no interval style is involved.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    months: i32,
    days: i32,
    micros: i64,
}

impl From<pgrx::datum::Interval> for Retention {
    fn from(iv: pgrx::datum::Interval) -> Retention {
        Retention { months: iv.months(), days: iv.days(), micros: iv.micros() }
    }
}

impl std::fmt::Display for Retention {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{} months {} days {} microseconds", self.months, self.days, self.micros)
    }
}

impl Retention {
    /// Whether every part of `self` is at least that part of `other` (a retention may only grow).
    pub fn covers(&self, other: &Retention) -> bool {
        self.months >= other.months && self.days >= other.days && self.micros >= other.micros
    }

    pub fn of(relid: Oid) -> Retention {
        let iv = util::select_one_with_args::<pgrx::datum::Interval>(
            "SELECT retention FROM audit_chain.tables WHERE relid = $1",
            &[relid.into()],
        );
        iv.map_or(Retention { months: 0, days: 0, micros: 0 }, Retention::from)
    }

    pub fn is_zero(&self) -> bool {
        self.months == 0 && self.days == 0 && self.micros == 0
    }

    pub fn json(&self) -> Value {
        serde_json::json!({"months": self.months, "days": self.days, "microseconds": self.micros})
    }

    fn parse(v: &Value) -> Result<Retention> {
        let part = |k: &str| {
            v.get(k).and_then(Value::as_i64).ok_or_else(|| {
                AuditError::InvalidDigest(format!("retention.{k} must be an integer"))
            })
        };
        Ok(Retention {
            months: part("months")? as i32,
            days: part("days")? as i32,
            micros: part("microseconds")?,
        })
    }

    /// SQL for this interval, with $2.. as its parts (`make_interval` plus microseconds).
    const SQL: &'static str = "(pg_catalog.make_interval(months => $2, days => $3) \
        OPERATOR(pg_catalog.+) ($4 OPERATOR(pg_catalog.*) INTERVAL '1 microsecond'))";

    /// The oldest recording time the retention protects now: now - retention, computed exactly as
    /// audit_prune computes its limit (in UTC, so no session's TimeZone moves it; and by
    /// subtraction, since adding an interval with months does not undo subtracting it at the end
    /// of a month). A row recorded at `at` (microseconds since 2000-01-01 UTC, see `util::parse_time`)
    /// is protected when `at >= cutoff`.
    pub fn cutoff(&self) -> i64 {
        util::select_one_with_args::<pgrx::datum::TimestampWithTimeZone>(
            &format!(
                "SELECT ((pg_catalog.clock_timestamp() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) {}) \
                        AT TIME ZONE 'UTC'",
                Self::SQL
            ),
            &[
                pgrx::datum::DatumWithOid::null::<i32>(),
                self.months.into(),
                self.days.into(),
                self.micros.into(),
            ],
        )
        .map_or(i64::MAX, |t| t.into_inner())
    }

    /// Times that split the period the retention protects now into `MARKS` steps, oldest first:
    /// now - retention, now - retention * (MARKS-1)/MARKS, ..., now - retention / MARKS (UTC).
    fn mark_times(&self) -> Vec<i64> {
        util::read_rows(
            &format!(
                "SELECT ((pg_catalog.now() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) \
                         ({} OPERATOR(pg_catalog.*) (g::pg_catalog.float8 OPERATOR(pg_catalog./) $5))) AT TIME ZONE 'UTC' \
                   FROM pg_catalog.generate_series($5, 1, -1) g",
                Self::SQL
            ),
            &[
                pgrx::datum::DatumWithOid::null::<i32>(),
                self.months.into(),
                self.days.into(),
                self.micros.into(),
                MARKS.into(),
            ],
            |r| r.get::<pgrx::datum::TimestampWithTimeZone>(0).map(|t| t.into_inner()),
        )
        .into_iter()
        .flatten()
        .collect()
    }
}

/// How many rows per chain a checkpoint records with their times, spread over the period the
/// retention protects: a removal of rows is reported while the newest recorded row it took is
/// still protected, so the finer the marks, the sooner after a checkpoint a removal is caught.
const MARKS: i32 = 8;

/// The first row of `chain` recorded at or after `cutoff` (the oldest row the retention protects
/// now), found by binary search over sequence numbers: recording times never decrease along a
/// chain, so this costs a few index probes however long the chain is.
fn first_protected(
    rows: &ChainReader,
    chain: i32,
    from: i64,
    to: i64,
    cutoff: i64,
) -> Option<(i64, i64)> {
    let probe = |seq: i64| rows.first_from(chain, seq).filter(|r| r.seq <= to);
    let (mut lo, mut hi) = (from, to);
    let mut found = None;
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        match probe(mid) {
            Some(r) if r.at.is_some_and(|at| at >= cutoff) => {
                found = r.at.map(|at| (r.seq, at));
                hi = mid - 1;
            }
            Some(r) => lo = r.seq.max(mid) + 1,
            None => hi = mid - 1,
        }
    }
    found
}

/// A chain head as checkpoint, adopt and retire records list it: its last row (sequence number,
/// hash and, when it has rows, time) and its base.
pub fn head_json(h: &Head) -> Value {
    let mut c = serde_json::json!({
        "chain": h.chain, "seq": h.seq, "hash": hex::encode(h.hash),
        "base_seq": h.base_seq, "base_hash": hex::encode(h.base_hash),
    });
    if let Some(at) = h.recorded_at {
        c["at"] = Value::String(util::time_text(at));
    }
    c
}

pub fn checkpoint(t: &AuditTable) -> Result<String> {
    access::require_admin(t.relid, "checkpoint")?;
    let retention = Retention::of(t.relid);
    let mark_times = if retention.is_zero() { Vec::new() } else { retention.mark_times() };
    // Chains being added while this runs: their locks are probed before the heads are read, so
    // that a chain is either committed in the heads, or listed here, or added after this point
    // (its rows then recorded after this checkpoint's time). A replica's chains arrive with the
    // source's times, so it lists none and is not held to that.
    let held = if t.replica { Vec::new() } else { chain::chains_held_by_others(t.relid) };
    let heads = catalog::heads(t.relid, None, catalog::latest_snapshot())?;
    let adding: Vec<i32> =
        held.into_iter().filter(|c| !heads.iter().any(|h| h.chain == *c)).collect();
    let reader = ChainReader::of(t.relid);
    let chains: Vec<Value> = unsafe {
        // The heads are read under the newest snapshot (this transaction holds no chain of the
        // table), and so are the rows they end at.
        pg_sys::PushActiveSnapshot(pg_sys::GetLatestSnapshot());
        let chains = heads
            .iter()
            .map(|h| {
                let mut c = head_json(h);
                if let (Some(reader), true) = (&reader, h.seq > h.base_seq) {
                    let mut marks: Vec<Value> = Vec::new();
                    let mut from = h.base_seq + 1;
                    for &cutoff in &mark_times {
                        let Some((seq, at)) = first_protected(reader, h.chain, from, h.seq, cutoff)
                        else {
                            break; // no row is that young; none is younger either
                        };
                        if marks.last().and_then(|m| m["seq"].as_i64()) != Some(seq) {
                            marks.push(serde_json::json!({"seq": seq, "at": util::time_text(at)}));
                        }
                        from = seq;
                    }
                    if !marks.is_empty() {
                        c["marks"] = Value::Array(marks);
                    }
                }
                c
            })
            .collect();
        pg_sys::PopActiveSnapshot();
        chains
    };
    let mut extra = serde_json::json!({"retention": retention.json()});
    if !t.replica {
        extra["adding"] = serde_json::json!(adding);
    }
    append(t, "checkpoint", Value::Array(chains), extra)
}

crate::pg_function_info!(pg_finfo_audit_chain_checkpoint, pg_finfo_audit_chain_verify_digest);

/// audit_checkpoint(tbl regclass DEFAULT NULL) RETURNS jsonb: the table's digest, or for NULL a
/// JSON array with the digest of every audit table (which audit_verify_digest() takes as it is).
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_checkpoint(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let one = util::arg(fcinfo, 0);
    let tables = match one {
        Some(d) => vec![access::audit_table_arg(Some(d), "table").unwrap_or_else(|e| e.report())],
        None => catalog::audit_tables(catalog::latest_snapshot()).unwrap_or_else(|e| e.report()),
    };
    // Check every right first, so that a refusal leaves no partial set of checkpoints behind.
    for t in &tables {
        if let Err(e) = access::require_admin(t.relid, "checkpoint") {
            e.report();
        }
    }
    let mut digests: Vec<Value> = tables
        .iter()
        .map(|t| {
            serde_json::from_str(&checkpoint(t).unwrap_or_else(|e| e.report()))
                .unwrap_or(Value::Null)
        })
        .collect();
    let result = match one {
        Some(_) => digests.pop().unwrap_or(Value::Null),
        None => Value::Array(digests),
    };
    JsonB(result).into_datum().unwrap_or_else(|| util::return_null(fcinfo))
}

/// Whether `text` is `bytes` in lowercase hexadecimal (as pg_catalog.encode(..., 'hex') writes).
fn hex_is(text: &str, bytes: &[u8]) -> bool {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    text.len() == 2 * bytes.len()
        && text.as_bytes().chunks(2).zip(bytes).all(|(pair, b)| {
            pair[0] == DIGITS[usize::from(b >> 4)] && pair[1] == DIGITS[usize::from(b & 15)]
        })
}

fn hex32(v: &Value, what: &str) -> Result<String> {
    let s =
        v.as_str().ok_or_else(|| AuditError::InvalidDigest(format!("{what} must be a string")))?;
    if s.len() != 64 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AuditError::InvalidDigest(format!("{what} must be 64 hexadecimal digits")));
    }
    Ok(s.to_ascii_lowercase())
}

fn field<'a>(d: &'a Value, key: &str) -> Result<&'a Value> {
    d.get(key).ok_or_else(|| AuditError::InvalidDigest(format!("field \"{key}\" is missing")))
}

/// One anchored chain position of a checkpoint record or digest. Records of format v2 also carry
/// the chain's base then and rows with their recording times (the head, and the oldest row the
/// retention protected).
pub struct Anchor {
    pub chain: i32,
    pub seq: i64,
    pub hash: String,
    pub base: Option<(i64, String)>,
    timed: Vec<Timed>,
}

/// A row a v2 record lists with its recording time: the head, and the marks.
struct Timed {
    seq: i64,
    /// As the record writes it (see `util::time_text`), and in microseconds since 2000-01-01 UTC.
    at: String,
    micros: i64,
}

impl Anchor {
    /// The recording time of the anchored row itself, if the record gives it (v2).
    pub fn at(&self) -> Option<i64> {
        self.timed.iter().find(|x| x.seq == self.seq).map(|x| x.micros)
    }
}

/// What a checkpoint record or digest anchors: its chains, and (v2) the retention then in force.
pub struct Anchors {
    pub chains: Vec<Anchor>,
    pub retention: Option<Retention>,
}

/// Reads the anchors of a record body (v1 or v2), checking their form.
fn anchors_of(d: &Value) -> Result<Anchors> {
    let v2 = match field(d, "format")?.as_str() {
        Some(FORMAT) => true,
        Some(FORMAT_V1) => false,
        _ => {
            return Err(AuditError::InvalidDigest(format!(
                "format must be \"{FORMAT}\" or \"{FORMAT_V1}\""
            )))
        }
    };
    let retention = if v2 { Some(Retention::parse(field(d, "retention")?)?) } else { None };
    let mut chains = Vec::new();
    for c in field(d, "chains")?
        .as_array()
        .ok_or_else(|| AuditError::InvalidDigest("chains must be an array".into()))?
    {
        let int = |k: &str| c.get(k).and_then(Value::as_i64);
        let (Some(chain), Some(seq)) = (int("chain"), int("seq")) else {
            return Err(AuditError::InvalidDigest(
                "each chain needs integer \"chain\" and \"seq\"".into(),
            ));
        };
        let hash = hex32(c.get("hash").unwrap_or(&Value::Null), "chain hash")?;
        let mut a = Anchor { chain: chain as i32, seq, hash, base: None, timed: Vec::new() };
        if v2 {
            let base_seq = int("base_seq").ok_or_else(|| {
                AuditError::InvalidDigest("each chain needs an integer \"base_seq\"".into())
            })?;
            a.base =
                Some((base_seq, hex32(c.get("base_hash").unwrap_or(&Value::Null), "base_hash")?));
            let marks = c.get("marks").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            let timed = std::iter::once((int("seq"), c.get("at")))
                .chain(marks.iter().map(|m| (m.get("seq").and_then(Value::as_i64), m.get("at"))));
            for (seq, at) in timed {
                if let (Some(seq), Some(at)) = (seq, at) {
                    let at = at.as_str().unwrap_or_default();
                    let micros = util::parse_time(at).ok_or_else(|| {
                        AuditError::InvalidDigest(
                            "row times must look like 2026-01-31T12:00:00.000000Z".into(),
                        )
                    })?;
                    a.timed.push(Timed { seq, at: at.to_string(), micros });
                }
            }
        }
        chains.push(a);
    }
    Ok(Anchors { chains, retention })
}

/// A digest: its table (None when no audit table of this database has its table_uuid), its
/// checkpoint id and hash, and its anchors.
struct Digest {
    table: Option<AuditTable>,
    name: String,
    checked: Checked,
}

/// A digest whose form and hash were checked, wherever it comes from.
pub struct Checked {
    pub anchors: Anchors,
    pub id: i64,
    pub hash: String,
    pub kind: String,
    pub uuid: String,
    pub recorded: String,
    pub database: String,
}

/// Checks a digest's form, and that it hashes to its own checkpoint_hash.
pub fn check_form(d: &Value) -> Result<Checked> {
    if !d.is_object() {
        return Err(AuditError::InvalidDigest("a digest must be a JSON object".into()));
    }
    if !matches!(field(d, "format")?.as_str(), Some(FORMAT | FORMAT_V1)) {
        return Err(AuditError::InvalidDigest(format!(
            "format must be \"{FORMAT}\" or \"{FORMAT_V1}\""
        )));
    }
    let kind = match field(d, "kind")?.as_str() {
        Some(k @ ("checkpoint" | "retire")) => k.to_string(),
        _ => {
            return Err(AuditError::InvalidDigest(
                "kind must be \"checkpoint\" (or \"retire\")".into(),
            ))
        }
    };
    let anchors = anchors_of(d)?;
    let database = field(d, "database")?
        .as_str()
        .ok_or_else(|| AuditError::InvalidDigest("database must be a string".into()))?
        .to_string();
    let id = field(d, "checkpoint_id")?.as_i64().filter(|i| *i > 0).ok_or_else(|| {
        AuditError::InvalidDigest("checkpoint_id must be a positive integer".into())
    })?;
    let hash = hex32(field(d, "checkpoint_hash")?, "checkpoint_hash")?;
    hex32(field(d, "prev_checkpoint_hash")?, "prev_checkpoint_hash")?;
    let uuid = field(d, "table_uuid")?
        .as_str()
        .ok_or_else(|| AuditError::InvalidDigest("table_uuid must be a string".into()))?;
    let recorded = field(d, "recorded_at")?
        .as_str()
        .ok_or_else(|| AuditError::InvalidDigest("recorded_at must be a string".into()))?;
    // The digest must hash to its own checkpoint_hash: otherwise it was altered.
    let body = {
        let mut b = d.clone();
        b.as_object_mut().map(|o| o.remove("checkpoint_hash"));
        b
    };
    let recomputed = util::select_one_with_args::<String>(
        "SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to($1::pg_catalog.text, 'UTF8')), 'hex')",
        &[JsonB(body).into()],
    )
    .unwrap_or_default();
    if recomputed != hash {
        return Err(AuditError::InvalidDigest(
            "its contents do not hash to its checkpoint_hash: the digest was altered".into(),
        ));
    }
    if !util::is_time_text(recorded) {
        return Err(AuditError::InvalidDigest(
            "recorded_at must look like 2026-01-31T12:00:00.000000Z".into(),
        ));
    }
    let future = util::select_one_with_args::<bool>(
        "SELECT $1::pg_catalog.timestamptz OPERATOR(pg_catalog.>) pg_catalog.clock_timestamp()",
        &[recorded.into()],
    )
    .unwrap_or(false);
    if future {
        return Err(AuditError::InvalidDigest(format!(
            "it was recorded at {recorded}, in the future"
        )));
    }
    if util::parse_uuid(uuid).is_none() {
        return Err(AuditError::InvalidDigest("table_uuid must be a UUID".into()));
    }
    Ok(Checked {
        anchors,
        id,
        hash,
        kind,
        uuid: uuid.to_ascii_lowercase(),
        recorded: recorded.to_string(),
        database,
    })
}

/// Checks a digest's form and origin: from this database, or from the source of a table that
/// audit_adopt registered here (restored or replicated from elsewhere).
fn parse_digest(d: &Value) -> Result<Digest> {
    let c = check_form(d)?;
    let table = catalog::audit_tables(catalog::latest_snapshot())?
        .into_iter()
        .find(|t| util::uuid_text(&t.table_uuid) == c.uuid);
    let name = match &table {
        Some(t) => util::qualified_name(t.relid),
        None => format!(
            "{} (table_uuid {})",
            d.get("table").and_then(Value::as_str).unwrap_or("?"),
            c.uuid
        ),
    };
    let here = util::select_one::<String>("SELECT pg_catalog.current_database()::pg_catalog.text")
        .unwrap_or_default();
    if c.database != here && !table.as_ref().is_some_and(|t| t.adopted) {
        return Err(AuditError::InvalidDigest(format!(
            "the digest is from database \"{}\", not from this database (\"{here}\")",
            c.database
        )));
    }
    Ok(Digest { table, name, checked: c })
}

/// Checks anchors (of checkpoint records, or of a digest) against one table. What the checks need
/// is read once, when it is made: the chain heads (with this transaction's own), where each chain
/// began when audit_adopt registered the table, and an open lookup of rows by position; and once
/// per distinct retention, the time it protects from. Each anchor then costs at most one index
/// descent and no query, however many records there are.
pub struct AnchorCheck<'a> {
    t: &'a AuditTable,
    /// None when the chain heads cannot be read (verification reports the catalog damaged).
    heads: Option<HashMap<i32, Head>>,
    /// For an adopted table: the base each chain had in its latest adopt record.
    adopt_bases: Option<HashMap<i32, i64>>,
    cutoffs: Vec<(Retention, i64)>,
    /// None when the chain index is missing (verification reports that).
    rows: Option<ChainProbe>,
    /// Per chain, the last position looked up and the hash found there: consecutive records
    /// anchor a chain without new rows at the same position.
    looked_up: HashMap<i32, (i64, Option<Vec<u8>>)>,
}

impl<'a> AnchorCheck<'a> {
    /// Under the active snapshot, as the extension's owner (it reads the checkpoint catalog).
    pub fn new(t: &'a AuditTable) -> AnchorCheck<'a> {
        // A chain this transaction holds ends where it wrote its last row.
        let heads = catalog::heads(t.relid, None, catalog::active_snapshot()).ok().map(|heads| {
            let own = |mut h: Head| {
                h.seq = chain::own_head_seq(t.relid, h.chain).unwrap_or(h.seq);
                (h.chain, h)
            };
            heads.into_iter().map(own).collect()
        });
        AnchorCheck {
            t,
            heads,
            adopt_bases: t.adopted.then(|| adopt_bases(t)),
            cutoffs: Vec::new(),
            rows: ChainProbe::open(t.relid),
            looked_up: HashMap::new(),
        }
    }

    fn cutoff(&mut self, r: Retention) -> i64 {
        if let Some(&(_, c)) = self.cutoffs.iter().find(|(k, _)| *k == r) {
            return c;
        }
        let c = r.cutoff();
        self.cutoffs.push((r, c));
        c
    }

    /// Whether the row at sequence number `seq` of `chain` has the hash `hex_hash`: None if
    /// there is no such row, else Some(its hash, in hex, if it differs).
    fn row_differs(&mut self, chain: i32, seq: i64, hex_hash: &str) -> Option<Option<String>> {
        let cached = self.looked_up.get(&chain).filter(|(s, _)| *s == seq);
        let found = match cached {
            Some((_, h)) => h.clone(),
            None => {
                let h = self.rows.as_mut().and_then(|r| r.at(chain, seq)).and_then(|r| r.hash);
                self.looked_up.insert(chain, (seq, h.clone()));
                h
            }
        }?;
        Some((!hex_is(hex_hash, &found)).then(|| hex::encode(found)))
    }

    /// Compares one anchored position with the table; a problem description if it no longer
    /// holds. `retention` is the retention the record says was in force when it was taken: it can
    /// only have grown since, so a row it protected until now cannot have been pruned.
    pub fn check(
        &mut self,
        a: &Anchor,
        retention: Option<Retention>,
    ) -> Option<(&'static str, Option<i64>, String)> {
        let t = self.t;
        let Some(h) = self.heads.as_ref()?.get(&a.chain) else {
            return Some((
                "catalog_mismatch",
                None,
                format!("chain {} has no recorded head", a.chain),
            ));
        };
        let (last, base_seq, base_hash) = (h.seq, h.base_seq, h.base_hash);
        if a.seq > last {
            let why = if t.replica {
                "the replica has not received them yet, or they were removed"
            } else {
                "newer rows were removed or an older backup was restored"
            };
            return Some((
                "row_missing",
                Some(last + 1),
                format!(
                    "an anchor records chain {} up to sequence {}, but it now ends at {last}: {why}",
                    a.chain, a.seq
                ),
            ));
        }
        if let Some((anchored_seq, anchored_hash)) = &a.base {
            // A copy (an adopted table, a replica) may hold more than its source still does: rows
            // its source pruned since. Its base then lies before the recorded one, which is fine
            // as long as the row at the recorded base carries the recorded hash.
            let moved_back = base_seq < *anchored_seq
                && !(t.adopted
                    && self.row_differs(a.chain, *anchored_seq, anchored_hash) == Some(None));
            if moved_back || (base_seq == *anchored_seq && !hex_is(anchored_hash, &base_hash)) {
                let base_hash = hex::encode(base_hash);
                return Some((
                    "anchor_mismatch",
                    Some(base_seq),
                    format!(
                        "an anchor records the chain's base at {anchored_seq} ({anchored_hash}), but chain_heads now says {base_seq} ({base_hash}): \
                         the base was moved back or rewritten"
                    ),
                ));
            }
        }
        if let Some(r) = retention.filter(|_| a.timed.iter().any(|x| x.seq <= base_seq)) {
            let cutoff = self.cutoff(r);
            if let Some(x) = a.timed.iter().find(|x| x.seq <= base_seq && x.micros >= cutoff) {
                return Some((
                    "row_missing",
                    Some(x.seq),
                    format!(
                        "rows up to {base_seq} were removed, but row {} was recorded at {} and the retention in force when it was anchored \
                         ({r}) still protects it: no prune can have removed it",
                        x.seq, x.at
                    ),
                ));
            }
        }
        if a.seq < base_seq {
            // An adopted table never held the rows before where its adopt record made it begin:
            // only a prune made here since can have removed an anchored row. (No adopt record:
            // every anchor is one the table never held.)
            let adopt_base =
                self.adopt_bases.as_ref().map(|b| *b.get(&a.chain).unwrap_or(&i64::MAX));
            if let Some(adopt_base) = adopt_base.filter(|&b| a.seq < b) {
                return Some((
                    "row_missing",
                    Some(a.seq),
                    format!(
                        "the table was adopted beginning after row {adopt_base} of this chain: it never held row {} that this anchor records",
                        a.seq
                    ),
                ));
            }
            return None; // pruned since; the prune records carry the chain on
        }
        let differs = if a.seq == base_seq {
            let base_hash = hex::encode(base_hash);
            Some((base_hash != a.hash).then_some(base_hash))
        } else {
            self.row_differs(a.chain, a.seq, &a.hash)
        };
        match differs {
            Some(None) => None,
            Some(Some(x)) => Some((
                "anchor_mismatch",
                Some(a.seq),
                format!("an anchor records hash {} for this row, the table now has {x}: history was rewritten", a.hash),
            )),
            None => Some((
                "row_missing",
                Some(a.seq),
                format!("row {} anchored by a checkpoint is missing", a.seq),
            )),
        }
    }
}

/// Where each chain of an adopted table began when audit_adopt registered it: the base its latest
/// adopt record lists (a chain that record does not list has none).
fn adopt_bases(t: &AuditTable) -> HashMap<i32, i64> {
    util::read_rows(
        "SELECT DISTINCT ON ((e->>'chain')::pg_catalog.int4) (e->>'chain')::pg_catalog.int4, \
                (e->>'base_seq')::pg_catalog.int8 \
           FROM audit_chain.checkpoints c, pg_catalog.jsonb_array_elements(c.body->'chains') e \
          WHERE c.relid = $1 AND c.kind = 'adopt' AND c.body->>'table_uuid' = $2 \
          ORDER BY (e->>'chain')::pg_catalog.int4, c.id DESC",
        &[t.relid.into(), util::uuid_text(&t.table_uuid).into()],
        |r| (r.get::<i32>(0), r.get::<i64>(1).unwrap_or(i64::MAX)),
    )
    .into_iter()
    .filter_map(|(c, b)| c.map(|c| (c, b)))
    .collect()
}

pub fn warn(msg: String) {
    pg_sys::panic::ErrorReport::new(PgSqlErrorCode::ERRCODE_DATA_CORRUPTED, msg, "audit_chain")
        .report(PgLogLevel::WARNING)
}

/// Verifies one digest; every reason it fails is reported as a WARNING.
pub fn verify_digest(d: &Value) -> Result<bool> {
    util::with_fresh_snapshot(|| verify_digest_now(d))
}

fn verify_digest_now(d: &Value) -> Result<bool> {
    let dg = parse_digest(d)?;
    let (id, hash) = (dg.checked.id, dg.checked.hash.clone());
    let Some(t) = dg.table else {
        return Ok(verify_unregistered(&dg.name, &dg.checked));
    };
    if !crate::verify::may_verify(t.relid) {
        return Err(AuditError::NoVerifyRight(dg.name));
    }
    let name = dg.name;
    let mut ok = as_extension_owner(|| {
        let mut ok = true;
        let stored = util::select_one_with_args::<String>(
            "SELECT pg_catalog.encode(hash, 'hex') FROM audit_chain.checkpoints WHERE id = $1",
            &[id.into()],
        );
        // A digest of the source of an adopted table was recorded in the source's database: its
        // record is not here (this database's record with that id, if any, is another).
        let here = util::select_one_with_args::<bool>(
            "SELECT body->>'table_uuid' = $2 AND body->>'recorded_at' = $3 FROM audit_chain.checkpoints WHERE id = $1",
            &[id.into(), dg.checked.uuid.as_str().into(), dg.checked.recorded.as_str().into()],
        )
        .unwrap_or(false);
        if (here || !t.adopted) && stored.as_deref() != Some(hash.as_str()) {
            ok = false;
            warn(format!("audit_chain: checkpoint {id} of {name} is missing from or altered in audit_chain.checkpoints"));
        }
        let mut anchors = AnchorCheck::new(&t);
        for a in &dg.checked.anchors.chains {
            if let Some((kind, seq, detail)) = anchors.check(a, dg.checked.anchors.retention) {
                ok = false;
                warn(format!(
                    "audit_chain: {name} chain {} seq {}: {kind}: {detail}",
                    a.chain,
                    seq.unwrap_or(a.seq)
                ));
            }
        }
        ok
    })?;
    // The chain from the anchors to the head must be intact as well (same snapshot).
    if !crate::verify::warn_problems(crate::verify::run_in_snapshot(Some(t.relid))) {
        ok = false;
    }
    Ok(ok)
}

/// A digest whose table is not registered here: true only for the digest audit_retire returned,
/// while its record stands in the checkpoint chain; a retired table's older digests say to use it.
fn verify_unregistered(name: &str, c: &Checked) -> bool {
    let retired = as_extension_owner(|| {
        util::read_rows(
            "SELECT id, pg_catalog.encode(hash, 'hex'), body->>'recorded_at' FROM audit_chain.checkpoints \
              WHERE kind = 'retire' AND body->>'table_uuid' = $1 ORDER BY id DESC LIMIT 1",
            &[c.uuid.as_str().into()],
            |r| (r.get::<i64>(0).unwrap_or(0), r.get::<String>(1), r.get::<String>(2)),
        )
    })
    .unwrap_or_default();
    match retired.first() {
        Some((id, stored, _)) if c.kind == "retire" && *id == c.id => {
            if stored.as_deref() == Some(c.hash.as_str()) {
                return true;
            }
            warn(format!(
                "audit_chain: the retire record {id} of {name} is missing from or altered in audit_chain.checkpoints"
            ));
        }
        Some((id, _, at)) => warn(format!(
            "audit_chain: {name} was retired at {} (checkpoint record {id}): its rows are no longer kept as an audit table; \
             verify the digest audit_retire returned, which records its final chain heads",
            at.as_deref().unwrap_or("?")
        )),
        None => warn(format!(
            "audit_chain: the digest anchors {name}, which is not registered as an audit table of this database: \
             its registration was removed or the table was dropped, and its history can no longer be verified"
        )),
    }
    false
}

/// audit_verify_digest(digest jsonb) RETURNS boolean: one digest, or a JSON array of them.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_digest(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(d) = util::arg(fcinfo, 0) else {
        AuditError::InvalidArgument("digest must not be NULL".into()).report()
    };
    let JsonB(value) = JsonB::from_datum(d, false).unwrap_or(JsonB(Value::Null));
    let digests = match value {
        Value::Array(items) if !items.is_empty() => items,
        Value::Array(_) => {
            AuditError::InvalidDigest("the array of digests is empty".into()).report()
        }
        v => vec![v],
    };
    let mut ok = true;
    for d in &digests {
        ok &= verify_digest(d).unwrap_or_else(|e| e.report());
    }
    Datum::from(ok)
}

/// Checks of the checkpoint catalog run by audit_verify(): the catalog's own hash chain, every
/// checkpoint's anchors against its table, and the prune anchors against the chain bases.
pub fn check_catalog(tables: &[AuditTable], only: Option<Oid>, report: &mut Report) {
    let mut checked: Vec<TableRecords> = tables
        .iter()
        .filter(|t| only.is_none_or(|o| o == t.relid) && util::relation_exists(t.relid))
        .map(TableRecords::new)
        .collect();
    let records = check_records(None, &mut checked);
    let problems = retire_problems().into_iter().chain(records);
    for (relid, detail) in problems {
        if only.is_none_or(|o| o == relid) {
            report.add(relid, None, None, "checkpoint_broken", detail);
        }
    }
    for mut tr in checked {
        tr.check_unlisted();
        tr.report_into(report);
        crate::prune::check_prune_anchors(tr.t, report);
    }
}

/// What an incremental verification starts from: a checkpoint record of the table, named by its
/// id (the `checkpoint_id` of its digest) or by its digest.
pub enum Since {
    Id(i64),
    Digest(Value),
}

/// The checkpoint record an incremental verification starts from, and the chain positions it
/// anchors (None when they cannot be read from it: then every chain is walked from its base).
pub struct SinceRecord {
    pub id: i64,
    pub anchors: Option<Anchors>,
    /// The digest does not match the record stored under its id: its anchors are checked on their
    /// own, since no stored record vouches for them.
    digest_differs: bool,
}

/// Finds the record `since` names; an error unless it is a checkpoint record of `t` (or its
/// digest, well-formed, of `t`, recorded in this database). A digest that differs from the stored
/// record is reported here (`checkpoint_broken`). Runs as the extension's owner.
pub fn since_record(t: &AuditTable, since: &Since, report: &mut Report) -> Result<SinceRecord> {
    let name = util::qualified_name(t.relid);
    let uuid = util::uuid_text(&t.table_uuid);
    let stored = |id: i64| {
        util::read_rows(
            "SELECT relid::pg_catalog.oid, kind, body, pg_catalog.encode(hash, 'hex') \
               FROM audit_chain.checkpoints WHERE id = $1",
            &[id.into()],
            |r| {
                (
                    r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid),
                    r.get::<String>(1).unwrap_or_default(),
                    r.get::<JsonB>(2).map(|b| b.0).unwrap_or(Value::Null),
                    r.get::<String>(3).unwrap_or_default(),
                )
            },
        )
        .into_iter()
        .next()
    };
    match since {
        Since::Id(id) => {
            let Some((relid, kind, body, _)) = stored(*id) else {
                return Err(AuditError::InvalidSince(format!(
                    "checkpoint record {id} does not exist"
                )));
            };
            if relid != t.relid {
                return Err(AuditError::InvalidSince(format!(
                    "checkpoint record {id} is a {kind} record of {}, not of {name}",
                    util::qualified_name(relid)
                )));
            }
            if kind != "checkpoint" {
                return Err(AuditError::InvalidSince(format!(
                    "checkpoint record {id} is a {kind} record of {name}, not a checkpoint"
                )));
            }
            // A body that names another table, or that does not parse, is reported with the
            // records from `id` on; the walk then starts at every chain's base.
            let anchors = (body.get("table_uuid").and_then(Value::as_str) == Some(uuid.as_str()))
                .then(|| anchors_of(&body).ok())
                .flatten();
            Ok(SinceRecord { id: *id, anchors, digest_differs: false })
        }
        Since::Digest(d) => {
            let c = check_form(d)?;
            if c.kind != "checkpoint" {
                return Err(AuditError::InvalidSince(format!(
                    "the digest is of a {} record, not of a checkpoint",
                    c.kind
                )));
            }
            if c.uuid != uuid {
                return Err(AuditError::InvalidSince(format!(
                    "the digest is of {}, not of {name}",
                    d.get("table").and_then(Value::as_str).unwrap_or("another table")
                )));
            }
            let here =
                util::select_one::<String>("SELECT pg_catalog.current_database()::pg_catalog.text")
                    .unwrap_or_default();
            let record = stored(c.id);
            // An adopted table's digests from its source name records of the source's catalog.
            let same_record = record.as_ref().is_some_and(|(_, _, body, _)| {
                body.get("table_uuid").and_then(Value::as_str) == Some(c.uuid.as_str())
                    && body.get("recorded_at").and_then(Value::as_str) == Some(c.recorded.as_str())
            });
            if c.database != here || (t.adopted && !same_record) {
                return Err(AuditError::InvalidSince(format!(
                    "the digest was recorded in the checkpoint chain of database \"{}\", not in this database's",
                    c.database
                )));
            }
            let mut body = d.clone();
            body.as_object_mut().map(|o| o.remove("checkpoint_hash"));
            let differs = !record.is_some_and(|(_, _, stored_body, stored_hash)| {
                stored_hash == c.hash && stored_body == body
            });
            if differs {
                report.add(
                    t.relid,
                    None,
                    None,
                    "checkpoint_broken",
                    format!(
                        "checkpoint {}: the digest differs from the record audit_chain.checkpoints holds under its id, \
                         or that record is missing: the catalog was altered",
                        c.id
                    ),
                );
            }
            Ok(SinceRecord { id: c.id, anchors: Some(c.anchors), digest_differs: differs })
        }
    }
}

/// The checks of the checkpoint catalog an incremental verification of `t` from record `since` on
/// makes: the records from it on (hash, link to the record before, consecutive ids, as
/// `check_catalog` checks every record), the anchors of the table's checkpoint records from it on
/// (and of a digest that no stored record vouches for), and the prune anchors.
pub fn check_catalog_since(t: &AuditTable, since: &SinceRecord, report: &mut Report) {
    let mut checked = [TableRecords::new(t)];
    let records = check_records(Some(since.id), &mut checked);
    for (relid, detail) in records {
        if relid == t.relid {
            report.add(relid, None, None, "checkpoint_broken", detail);
        }
    }
    let [mut tr] = checked;
    if let (true, Some(digest)) = (since.digest_differs, &since.anchors) {
        for a in &digest.chains {
            if let Some((kind, seq, detail)) = tr.anchors.check(a, digest.retention) {
                let detail = format!("the digest of checkpoint {}: {detail}", since.id);
                report.add(t.relid, Some(a.chain), seq, kind, detail);
            }
        }
    }
    tr.check_unlisted();
    tr.report_into(report);
    crate::prune::check_prune_anchors(t, report);
}

/// One pass over the checkpoint records (all, or those from id `from` on, in id order): each
/// body is read, rendered and parsed once. Returns the records that are not what audit_chain
/// wrote — a hash that does not match the body, a broken link to the record before, a gap in the
/// ids, columns that disagree with the body, a table_uuid nobody has — each with its table and what
/// is wrong; and checks the checkpoint records of `tables` on the way (see `TableRecords`). A
/// constant cost per record: no query, at most one index descent per anchor.
fn check_records(from: Option<i64>, tables: &mut [TableRecords]) -> Vec<(Oid, String)> {
    let registered: Vec<(String, Oid)> = util::read_rows(
        "SELECT table_uuid::pg_catalog.text, relid::pg_catalog.oid FROM audit_chain.tables",
        &[],
        |r| (r.get::<String>(0).unwrap_or_default(), r.get::<Oid>(1).unwrap_or(pg_sys::InvalidOid)),
    );
    // Tables retired and no longer registered. From `from` on, only retire records from there on
    // count: a table's retire record comes after all its others.
    let retired: std::collections::HashSet<String> = util::read_rows(
        "SELECT DISTINCT body->>'table_uuid' FROM audit_chain.checkpoints \
          WHERE kind = 'retire' AND id >= $1",
        &[from.unwrap_or(i64::MIN).into()],
        |r| r.get::<String>(0),
    )
    .into_iter()
    .flatten()
    .filter(|u| !registered.iter().any(|(r, _)| r == u))
    .collect();
    // From `from` on, the record before it is read too (the first one's link).
    let first = from.map(|f| f - 1);
    let first_id = from.map_or(0, |f| (f - 1).max(1) - 1);
    let mut problems = Vec::new();
    let mut prev_hash: Option<Vec<u8>> = None;
    let mut n = 0i64;
    util::for_each_row(
        "SELECT id, relid::pg_catalog.oid, kind, hash, \
                pg_catalog.convert_to(body::pg_catalog.text, 'UTF8') \
           FROM audit_chain.checkpoints WHERE id >= $1 ORDER BY id",
        &[first.unwrap_or(i64::MIN).into()],
        |r| {
            n += 1;
            let id = r.get::<i64>(0).unwrap_or(0);
            let relid = r.get::<Oid>(1).unwrap_or(pg_sys::InvalidOid);
            let hash = r.bytes(3).unwrap_or_default();
            if from.is_some_and(|f| id < f) {
                prev_hash = Some(hash.to_vec());
                return;
            }
            let text = r.bytes(4).unwrap_or_default();
            let body: Value = std::str::from_utf8(text)
                .ok()
                .and_then(|t| serde_json::from_str(t).ok())
                .unwrap_or_default();
            let field = |k: &str| body.get(k).and_then(Value::as_str);
            let uuid = field("table_uuid");
            let retired = uuid.is_some_and(|u| retired.contains(u));
            let prev = prev_hash.as_deref().unwrap_or(&[0u8; 32]);
            let checkpoint_id = body.get("checkpoint_id").and_then(|v| {
                v.as_i64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            });
            let kind = r.get::<String>(2).unwrap_or_default();
            let why = if sha2::Sha256::digest(text)[..] != *hash {
                "its hash does not match its contents"
            } else if !field("prev_checkpoint_hash").is_some_and(|p| hex_is(p, prev)) {
                "it does not link to the checkpoint before it"
            } else if id != first_id + n || checkpoint_id != Some(id) {
                "checkpoint ids are not consecutive: a checkpoint was removed"
            } else if field("kind") != Some(kind.as_str())
                || !(retired
                    || uuid.is_none()
                    || !registered.iter().any(|(u, r)| (Some(u.as_str()) == uuid) != (*r == relid)))
            {
                "its kind or relid column disagrees with the kind and table_uuid its hashed body records"
            } else if !(retired || registered.iter().any(|(u, _)| Some(u.as_str()) == uuid)) {
                "it anchors a table_uuid that no audit table has and no retire record names: that table's registration was removed"
            } else {
                ""
            };
            if !why.is_empty() {
                problems.push((relid, format!("checkpoint {id}: {why}")));
            }
            // Selected by the unhashed columns, which the checks above compare with the body.
            if kind == "checkpoint" {
                if let Some(tr) = tables.iter_mut().find(|tr| tr.t.relid == relid) {
                    if uuid == Some(tr.uuid.as_str()) {
                        tr.check(id, &body);
                    }
                }
            }
            prev_hash = Some(hash.to_vec());
        },
    );
    problems
}

/// Retire records that audit_retire could not have written: a retention shorter than an earlier
/// record of the table, final heads before its checkpoints', or a newest row the retention still
/// protected (by the same arithmetic, at its recorded_at).
fn retire_problems() -> Vec<(Oid, String)> {
    let retire_record: Vec<(Oid, i64, String)> = util::read_rows(
        "WITH r AS (SELECT c.id, c.relid, c.body, \
                           pg_catalog.make_interval(months => (c.body->'retention'->>'months')::pg_catalog.int4, \
                                                    days => (c.body->'retention'->>'days')::pg_catalog.int4) \
                             + (c.body->'retention'->>'microseconds')::pg_catalog.int8 * interval '1 microsecond' AS keep \
                      FROM audit_chain.checkpoints c WHERE c.kind = 'retire') \
         SELECT r.relid::pg_catalog.oid, r.id, CASE \
           WHEN EXISTS (SELECT FROM audit_chain.checkpoints e \
                         WHERE e.id < r.id AND e.body->>'table_uuid' = r.body->>'table_uuid' AND e.body ? 'retention' \
                           AND ((e.body->'retention'->>'months')::pg_catalog.int8 > (r.body->'retention'->>'months')::pg_catalog.int8 \
                             OR (e.body->'retention'->>'days')::pg_catalog.int8 > (r.body->'retention'->>'days')::pg_catalog.int8 \
                             OR (e.body->'retention'->>'microseconds')::pg_catalog.int8 > (r.body->'retention'->>'microseconds')::pg_catalog.int8)) \
             THEN 'it records a shorter retention than an earlier record of the table' \
           WHEN EXISTS (SELECT FROM audit_chain.checkpoints e, pg_catalog.jsonb_array_elements(e.body->'chains') ec \
                         WHERE e.id < r.id AND e.kind = 'checkpoint' AND e.body->>'table_uuid' = r.body->>'table_uuid' \
                           AND NOT EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(r.body->'chains') rc \
                                            WHERE rc->>'chain' = ec->>'chain' \
                                              AND (rc->>'seq')::pg_catalog.int8 >= (ec->>'seq')::pg_catalog.int8)) \
             THEN 'its final heads lie before heads an earlier checkpoint of the table recorded' \
           WHEN (SELECT max((rc->>'at')::pg_catalog.timestamptz) FROM pg_catalog.jsonb_array_elements(r.body->'chains') rc) \
                  AT TIME ZONE 'UTC' >= (((r.body->>'recorded_at')::pg_catalog.timestamptz AT TIME ZONE 'UTC') - r.keep) \
             THEN 'the retention it records still protected the table''s newest row when it was written' \
           END \
           FROM r",
        &[],
        |r| {
            (
                r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid),
                r.get::<i64>(1).unwrap_or(0),
                r.get::<String>(2).unwrap_or_default(),
            )
        },
    );
    retire_record.into_iter().filter(|r| !r.2.is_empty()).map(|(relid, id, why)| {
        (relid, format!("retire record {id}: {why}: the table was retired against its retention, or the record was forged"))
    }).collect()
}

/// The checks of one table's checkpoint records, made as the pass over the catalog meets them:
/// the retention each recorded is still covered, each v2 record lists every chain the table
/// always has, and every anchor still holds. Problems are kept until the pass is over, to be
/// reported after the catalog's own.
struct TableRecords<'a> {
    t: &'a AuditTable,
    uuid: String,
    current: Retention,
    anchors: AnchorCheck<'a>,
    shortened: bool,
    rechained: bool,
    problems: Report,
    /// The table's chains (number, base), and per chain the latest record (id, time) that lists
    /// it neither as anchored nor as being added.
    chains: Vec<(i32, i64)>,
    unlisted: HashMap<i32, (i64, i64)>,
}

impl<'a> TableRecords<'a> {
    fn new(t: &'a AuditTable) -> TableRecords<'a> {
        let chains = catalog::heads(t.relid, None, catalog::active_snapshot())
            .map(|h| h.iter().map(|h| (h.chain, h.base_seq)).collect())
            .unwrap_or_default();
        TableRecords {
            t,
            uuid: util::uuid_text(&t.table_uuid),
            current: Retention::of(t.relid),
            anchors: AnchorCheck::new(t),
            shortened: false,
            rechained: false,
            problems: Report { problems: Vec::new(), truncated: false },
            chains,
            unlisted: HashMap::new(),
        }
    }

    /// Records (from 0.6.0 on, of tables that are not replicas) list the chains being added
    /// while they were taken: a chain a record lists neither way did not exist then.
    fn note_unlisted(&mut self, id: i64, body: &Value, listed: &[i32]) {
        let Some(adding) = body.get("adding").and_then(Value::as_array) else { return };
        let Some(at) = body.get("recorded_at").and_then(Value::as_str).and_then(util::parse_time)
        else {
            return;
        };
        let adding: Vec<i64> = adding.iter().filter_map(Value::as_i64).collect();
        for &(c, _) in &self.chains {
            if listed.binary_search(&c).is_err() && !adding.contains(&i64::from(c)) {
                let e = self.unlisted.entry(c).or_insert((id, at));
                if at > e.1 {
                    *e = (id, at);
                }
            }
        }
    }

    /// A chain with a row recorded at or before a record that does not list it was added
    /// behind audit_chain's back (a backdated chain, or a chain taken out of a record).
    fn check_unlisted(&mut self) {
        let Some(reader) = ChainReader::of(self.t.relid) else { return };
        for &(c, base) in &self.chains {
            let Some(&(id, at)) = self.unlisted.get(&c) else { continue };
            let Some(first) = reader.first_from(c, base + 1).and_then(|r| r.at) else { continue };
            if first <= at {
                self.problems.add(
                    self.t.relid,
                    Some(c),
                    None,
                    "catalog_mismatch",
                    format!(
                        "chain {c} has a row recorded at {}, yet checkpoint {id} (recorded at {}) does not list it, \
                         neither anchored nor being added: the chain was added behind audit_chain's back",
                        util::time_text(first),
                        util::time_text(at)
                    ),
                );
            }
        }
    }

    fn check(&mut self, id: i64, body: &Value) {
        let t = self.t;
        let record = match anchors_of(body) {
            Ok(a) => a,
            Err(e) => {
                let detail = format!("checkpoint {id}: {e}");
                return self.problems.add(t.relid, None, None, "checkpoint_broken", detail);
            }
        };
        let current = self.current;
        if let Some(r) = record.retention.filter(|r| !self.shortened && !current.covers(r)) {
            self.shortened = true;
            self.problems.add(
                t.relid,
                None,
                None,
                "catalog_mismatch",
                format!(
                    "the table's retention ({current}) is shorter than checkpoint {id} recorded ({r}): \
                     it was shortened behind audit_chain's back"
                ),
            );
        }
        // Every chain audit_enable created, then any that writers added (ascending, with gaps
        // where a transaction that added one rolled back).
        let listed: Vec<i32> = record.chains.iter().map(|a| a.chain).collect();
        let well_formed = listed.iter().take(t.chains.max(0) as usize).copied().eq(0..t.chains)
            && listed.windows(2).all(|w| w[0] < w[1])
            && listed.last().is_none_or(|&c| c < crate::enable::MAX_CHAINS);
        if !self.rechained && record.retention.is_some() && !well_formed {
            self.rechained = true;
            self.problems.add(
                t.relid,
                None,
                None,
                "catalog_mismatch",
                format!(
                    "checkpoint {id} anchors chains {listed:?}, but the table has {} chains: \
                     chains were added or removed behind audit_chain's back",
                    t.chains
                ),
            );
        }
        self.note_unlisted(id, body, &listed);
        for a in &record.chains {
            if let Some((kind, seq, detail)) = self.anchors.check(a, record.retention) {
                let detail = format!("checkpoint {id}: {detail}");
                self.problems.add(t.relid, Some(a.chain), seq, kind, detail);
            }
        }
    }

    fn report_into(&self, report: &mut Report) {
        for p in &self.problems.problems {
            report.add(p.relid, p.chain, p.seq, p.kind, p.detail.clone());
        }
        report.truncated |= self.problems.truncated;
    }
}

#[cfg(any(test, feature = "pg_test"))]
#[pgrx::pg_schema]
mod tests {
    use pgrx::prelude::*;

    /// Record times read in Rust (`parse_time`) are the times PostgreSQL reads from the same text,
    /// and `util::time_text` writes them back as they were; impossible dates are refused.
    #[pg_test]
    fn record_times_parse_as_postgresql_reads_them() {
        for text in [
            "2000-01-01T00:00:00.000000Z",
            "1999-12-31T23:59:59.999999Z",
            "2024-02-29T12:34:56.789012Z",
            "2100-03-01T00:00:00.000001Z",
            "1970-01-01T00:00:00.000000Z",
            "0001-01-01T00:00:00.000000Z",
            "9999-12-31T23:59:59.999999Z",
        ] {
            let pg = Spi::get_one_with_args::<pgrx::datum::TimestampWithTimeZone>(
                "SELECT $1::text::timestamptz",
                &[text.into()],
            )
            .unwrap()
            .unwrap()
            .into_inner();
            assert_eq!(crate::util::parse_time(text), Some(pg), "{text}");
            assert_eq!(crate::util::time_text(pg), text);
        }
        for bad in [
            "2023-02-29T00:00:00.000000Z",
            "2024-13-01T00:00:00.000000Z",
            "2024-04-31T00:00:00.000000Z",
            "2024-01-01T24:00:00.000000Z",
            "2024-01-01T00:60:00.000000Z",
            "2024-01-01 00:00:00.000000Z",
            "0000-01-01T00:00:00.000000Z",
        ] {
            assert_eq!(crate::util::parse_time(bad), None, "{bad}");
        }
    }
}
