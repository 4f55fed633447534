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
use crate::layout::ChainReader;
use crate::util::{self, as_extension_owner, TIME_FORMAT_SQL};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::Value;

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
#[derive(Clone, Copy, PartialEq)]
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

    /// Whether a row recorded at `at` (a record's time text) is still protected now: whether it
    /// is at or after now - retention, computed exactly as audit_prune computes its limit (in UTC,
    /// so no session's TimeZone moves it; and by subtraction, since adding an interval with
    /// months does not undo subtracting it at the end of a month).
    pub fn protects(&self, at: &str) -> bool {
        util::select_one_with_args::<bool>(
            &format!(
                "SELECT ($1::pg_catalog.timestamptz AT TIME ZONE 'UTC') OPERATOR(pg_catalog.>=) \
                 ((pg_catalog.clock_timestamp() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) {})",
                Self::SQL
            ),
            &[at.into(), self.months.into(), self.days.into(), self.micros.into()],
        )
        .unwrap_or(false)
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
    let heads = catalog::heads(t.relid, None, catalog::latest_snapshot())?;
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
    append(
        t,
        "checkpoint",
        Value::Array(chains),
        serde_json::json!({"retention": retention.json()}),
    )
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
    timed: Vec<(i64, String)>,
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
            let marks = c.get("marks").and_then(Value::as_array).cloned().unwrap_or_default();
            let timed = std::iter::once((int("seq"), c.get("at").cloned())).chain(
                marks.iter().map(|m| (m.get("seq").and_then(Value::as_i64), m.get("at").cloned())),
            );
            for (s, t) in timed {
                if let (Some(s), Some(t)) = (s, t) {
                    let t = t.as_str().filter(|t| util::is_time_text(t)).ok_or_else(|| {
                        AuditError::InvalidDigest(
                            "row times must look like 2026-01-31T12:00:00.000000Z".into(),
                        )
                    })?;
                    a.timed.push((s, t.to_string()));
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

/// Compares one anchored position with the table; a problem description if it no longer holds.
/// `retention` is the retention the record says was in force when it was taken: it can only have
/// grown since, so a row it protected until now cannot have been pruned. `rows` reads the table
/// (opened once per table by the caller; None when its chain index is missing).
fn check_anchor(
    t: &AuditTable,
    rows: Option<&ChainReader>,
    a: &Anchor,
    retention: Option<Retention>,
) -> Option<(&'static str, Option<i64>, String)> {
    let heads = catalog::heads(t.relid, Some(a.chain), catalog::active_snapshot()).ok()?;
    let Some(h) = heads.first() else {
        return Some(("catalog_mismatch", None, format!("chain {} has no recorded head", a.chain)));
    };
    let last = chain::own_head_seq(t.relid, a.chain).unwrap_or(h.seq);
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
    // A copy (an adopted table, a replica) may hold more than its source still does: rows its
    // source pruned since. Its base then lies before the recorded one, which is fine as long as
    // the row at the recorded base carries the recorded hash.
    let holds_base = |base_seq: i64, base_hash: &str| {
        t.adopted
            && rows.and_then(|r| r.first_from(a.chain, base_seq)).is_some_and(|r| {
                r.seq == base_seq && r.hash.map(hex::encode).as_deref() == Some(base_hash)
            })
    };
    if let Some((base_seq, base_hash)) = &a.base {
        if (h.base_seq < *base_seq && !holds_base(*base_seq, base_hash))
            || (h.base_seq == *base_seq && hex::encode(h.base_hash) != *base_hash)
        {
            return Some((
                "anchor_mismatch",
                Some(h.base_seq),
                format!(
                    "an anchor records the chain's base at {base_seq} ({base_hash}), but chain_heads now says {} ({}): the base was moved back or rewritten",
                    h.base_seq,
                    hex::encode(h.base_hash)
                ),
            ));
        }
    }
    if let Some(r) = retention {
        if let Some((seq, at)) = a.timed.iter().find(|(s, at)| *s <= h.base_seq && r.protects(at)) {
            return Some((
                "row_missing",
                Some(*seq),
                format!(
                    "rows up to {} were removed, but row {seq} was recorded at {at} and the retention in force when it was anchored \
                     ({r}) still protects it: no prune can have removed it",
                    h.base_seq
                ),
            ));
        }
    }
    if a.seq < h.base_seq {
        // An adopted table never held the rows before where its adopt record made it begin:
        // only a prune made here since can have removed an anchored row.
        if let Some(adopt_base) = adopt_base(t, a.chain).filter(|&b| a.seq < b) {
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
    let now = if a.seq == h.base_seq {
        Some(hex::encode(h.base_hash))
    } else {
        rows.and_then(|r| r.first_from(a.chain, a.seq))
            .filter(|r| r.seq == a.seq)
            .and_then(|r| r.hash.map(hex::encode))
    };
    match now {
        Some(x) if x == a.hash => None,
        Some(x) => Some((
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

/// Where chain `chain` of an adopted table began when audit_adopt registered it (its adopt
/// record's base), if the table was adopted.
fn adopt_base(t: &AuditTable, chain: i32) -> Option<i64> {
    if !t.adopted {
        return None;
    }
    util::select_one_with_args::<i64>(
        "SELECT (e->>'base_seq')::pg_catalog.int8 \
           FROM audit_chain.checkpoints c, pg_catalog.jsonb_array_elements(c.body->'chains') e \
          WHERE c.relid = $1 AND c.kind = 'adopt' AND c.body->>'table_uuid' = $2 \
            AND (e->>'chain')::pg_catalog.int4 = $3 \
          ORDER BY c.id DESC LIMIT 1",
        &[t.relid.into(), util::uuid_text(&t.table_uuid).into(), chain.into()],
    )
    // No adopt record: treat every anchor as one the table never held.
    .or(Some(i64::MAX))
}

fn warn(msg: String) {
    pg_sys::panic::ErrorReport::new(PgSqlErrorCode::ERRCODE_DATA_CORRUPTED, msg, "audit_chain")
        .report(PgLogLevel::WARNING)
}

/// Verifies one digest; every reason it fails is reported as a WARNING.
fn verify_digest(d: &Value) -> Result<bool> {
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
        let rows = ChainReader::of(t.relid);
        for a in &dg.checked.anchors.chains {
            if let Some((kind, seq, detail)) =
                check_anchor(&t, rows.as_ref(), a, dg.checked.anchors.retention)
            {
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
/// checkpoint's anchors against the table, and the prune anchors against the chain heads.
pub fn check_catalog(tables: &[AuditTable], only: Option<Oid>, report: &mut Report) {
    let broken: Vec<(Oid, i64, &str)> = util::read_rows(
        "SELECT id, relid::pg_catalog.oid, \
                (hash = pg_catalog.sha256(pg_catalog.convert_to(body::pg_catalog.text, 'UTF8'))), \
                (body->>'prev_checkpoint_hash') = coalesce(pg_catalog.encode(pg_catalog.lag(hash) OVER w, 'hex'), pg_catalog.repeat('0', 64)), \
                (id = pg_catalog.row_number() OVER w AND (body->>'checkpoint_id')::pg_catalog.int8 = id), \
                (kind = body->>'kind' AND (retired.uuid IS NOT NULL OR NOT EXISTS (SELECT FROM audit_chain.tables t \
                     WHERE (t.table_uuid::pg_catalog.text = c.body->>'table_uuid') \
                       <> (t.relid::pg_catalog.oid = c.relid::pg_catalog.oid)))), \
                retired.uuid IS NOT NULL \
                  OR EXISTS (SELECT FROM audit_chain.tables t WHERE t.table_uuid::pg_catalog.text = c.body->>'table_uuid') \
           FROM audit_chain.checkpoints c \
           LEFT JOIN (SELECT DISTINCT r.body->>'table_uuid' AS uuid FROM audit_chain.checkpoints r \
                       WHERE r.kind = 'retire' AND NOT EXISTS (SELECT FROM audit_chain.tables t \
                             WHERE t.table_uuid::pg_catalog.text = r.body->>'table_uuid')) retired \
                  ON retired.uuid = c.body->>'table_uuid' \
          WINDOW w AS (ORDER BY id) ORDER BY id",
        &[],
        |r| {
            let ok = |i| r.get::<bool>(i).unwrap_or(false);
            let why = if !ok(2) {
                "its hash does not match its contents"
            } else if !ok(3) {
                "it does not link to the checkpoint before it"
            } else if !ok(4) {
                "checkpoint ids are not consecutive: a checkpoint was removed"
            } else if !ok(5) {
                "its kind or relid column disagrees with the kind and table_uuid its hashed body records"
            } else if !ok(6) {
                "it anchors a table_uuid that no audit table has and no retire record names: that table's registration was removed"
            } else {
                ""
            };
            (r.get::<Oid>(1).unwrap_or(pg_sys::InvalidOid), r.get::<i64>(0).unwrap_or(0), why)
        },
    )
    .into_iter()
    .filter(|b| !b.2.is_empty())
    .collect();
    // A retire record must be one audit_retire could have written: a retention at least every
    // earlier record of the table recorded, final heads no earlier than its checkpoints', and a
    // newest row the retention no longer protected (by the same arithmetic, at its recorded_at).
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
    let retire_problems = retire_record.into_iter().filter(|r| !r.2.is_empty()).map(|(relid, id, why)| {
        (relid, format!("retire record {id}: {why}: the table was retired against its retention, or the record was forged"))
    });
    let record_problems =
        broken.into_iter().map(|(relid, id, why)| (relid, format!("checkpoint {id}: {why}")));
    for (relid, detail) in retire_problems.chain(record_problems) {
        if only.is_none_or(|o| o == relid) {
            report.add(relid, None, None, "checkpoint_broken", detail);
        }
    }
    for t in tables.iter().filter(|t| only.is_none_or(|o| o == t.relid)) {
        if !util::relation_exists(t.relid) {
            continue;
        }
        // Selected by the unhashed columns, which the pass above checked against every body, so
        // that only this table's bodies are read.
        let records: Vec<(i64, Option<JsonB>)> = util::read_rows(
            "SELECT id, body FROM audit_chain.checkpoints \
              WHERE relid = $1 AND kind = 'checkpoint' AND body->>'table_uuid' = $2 ORDER BY id",
            &[t.relid.into(), util::uuid_text(&t.table_uuid).into()],
            |r| (r.get::<i64>(0).unwrap_or(0), r.get::<JsonB>(1)),
        );
        let current = Retention::of(t.relid);
        let rows = ChainReader::of(t.relid);
        let (mut shortened, mut rechained) = (false, false);
        for (id, body) in records {
            match body.map(|b| anchors_of(&b.0)) {
                Some(Ok(anchors)) => {
                    if let Some(r) = anchors.retention.filter(|r| !shortened && !current.covers(r))
                    {
                        shortened = true;
                        report.add(
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
                    let listed: Vec<i32> = anchors.chains.iter().map(|a| a.chain).collect();
                    if !rechained
                        && anchors.retention.is_some()
                        && listed != (0..t.chains).collect::<Vec<_>>()
                    {
                        rechained = true;
                        report.add(
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
                    for a in &anchors.chains {
                        if let Some((kind, seq, detail)) =
                            check_anchor(t, rows.as_ref(), a, anchors.retention)
                        {
                            report.add(
                                t.relid,
                                Some(a.chain),
                                seq,
                                kind,
                                format!("checkpoint {id}: {detail}"),
                            );
                        }
                    }
                }
                Some(Err(e)) => report.add(
                    t.relid,
                    None,
                    None,
                    "checkpoint_broken",
                    format!("checkpoint {id}: {e}"),
                ),
                None => report.add(
                    t.relid,
                    None,
                    None,
                    "checkpoint_broken",
                    format!("checkpoint {id} has no body"),
                ),
            }
        }
        crate::prune::check_prune_anchors(t, report);
    }
}
