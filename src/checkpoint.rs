//! Anchored checkpoints and external digests.
//!
//! A checkpoint records every chain head of a table in `audit_chain.checkpoints`, a catalog that
//! is itself append-only and hash-chained: each checkpoint's body names the previous checkpoint's
//! hash, and its hash is SHA-256 of the body's canonical jsonb text. audit_checkpoint() returns the
//! body plus its hash — the digest — to be kept outside the database; audit_verify_digest() checks
//! that the table still holds exactly the history the digest anchors. Pruning writes records of
//! kind 'prune' into the same catalog (see prune.rs).

use crate::access;
use crate::catalog::{self, AuditTable};
use crate::chain;
use crate::error::{AuditError, Result};
use crate::util::{self, as_extension_owner};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::Value;

pub const FORMAT: &str = "audit_chain.checkpoint.v1";

/// Serialises writers of the checkpoint catalog so that ids stay gap-free and each record links
/// to the one before it. (Relation 0 is never an audit table, so the key is free.)
pub fn lock_checkpoint_chain() {
    chain::lock_chain_wait(pg_sys::InvalidOid, 0);
}

/// Appends a record to the checkpoint chain and returns the digest (body + checkpoint_hash).
/// `kind` is 'checkpoint' or 'prune'; `chains` the jsonb array to anchor; `extra` more fields.
pub fn append(t: &AuditTable, kind: &str, chains: &str, extra: &str) -> Result<String> {
    lock_checkpoint_chain();
    let relid = t.relid.to_u32();
    let name = spi::quote_literal(util::qualified_name(t.relid));
    let sql = format!(
        "WITH last AS (SELECT id, hash FROM audit_chain.checkpoints ORDER BY id DESC LIMIT 1), \
         b AS (SELECT jsonb_build_object( \
           'format', '{FORMAT}', 'kind', '{kind}', 'database', pg_catalog.current_database(), \
           'table', {name}, 'table_uuid', t.table_uuid::text, \
           'checkpoint_id', coalesce((SELECT id FROM last), 0) + 1, \
           'prev_checkpoint_hash', coalesce((SELECT pg_catalog.encode(hash, 'hex') FROM last), pg_catalog.repeat('0', 64)), \
           'recorded_at', pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), \
           'chains', ({chains})::jsonb) {extra} AS body \
           FROM audit_chain.tables t WHERE t.relid = {relid}::oid) \
         INSERT INTO audit_chain.checkpoints (id, relid, kind, body, hash) \
         SELECT (body->>'checkpoint_id')::bigint, {relid}::oid, '{kind}', body, \
                pg_catalog.sha256(pg_catalog.convert_to(body::text, 'UTF8')) FROM b \
         RETURNING (body || jsonb_build_object('checkpoint_hash', pg_catalog.encode(hash, 'hex')))::text"
    );
    let digest = as_extension_owner(|| Spi::get_one::<String>(&sql))?
        .map_err(|e| AuditError::Catalog(e.to_string()))?
        .ok_or_else(|| AuditError::Catalog("checkpoint was not recorded".into()))?;
    pgrx::log!("audit_chain {kind}: {digest}");
    Ok(digest)
}

fn checkpoint(t: &AuditTable) -> Result<String> {
    access::require_admin(t.relid, "checkpoint")?;
    let chains = format!(
        "(SELECT pg_catalog.jsonb_agg(jsonb_build_object('chain', chain, 'seq', seq, 'hash', pg_catalog.encode(hash, 'hex')) \
           ORDER BY chain) FROM audit_chain.chain_heads WHERE relid = {}::oid)",
        t.relid.to_u32()
    );
    append(t, "checkpoint", &chains, "")
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

/// One anchored chain position of a digest.
struct Anchor {
    chain: i32,
    seq: i64,
    hash: String,
}

/// Checks a digest's form and origin; returns its table, checkpoint id, hash and anchors.
fn parse_digest(d: &Value) -> Result<(AuditTable, i64, String, Vec<Anchor>)> {
    if !d.is_object() {
        return Err(AuditError::InvalidDigest("a digest must be a JSON object".into()));
    }
    if field(d, "format")?.as_str() != Some(FORMAT) {
        return Err(AuditError::InvalidDigest(format!("format must be \"{FORMAT}\"")));
    }
    if field(d, "kind")?.as_str() != Some("checkpoint") {
        return Err(AuditError::InvalidDigest("kind must be \"checkpoint\"".into()));
    }
    let database = field(d, "database")?
        .as_str()
        .ok_or_else(|| AuditError::InvalidDigest("database must be a string".into()))?;
    let here = util::select_one::<String>("SELECT pg_catalog.current_database()::text")
        .unwrap_or_default();
    if database != here {
        return Err(AuditError::InvalidDigest(format!(
            "the digest is from database \"{database}\", not from this database (\"{here}\")"
        )));
    }
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
    let mut anchors = Vec::new();
    for c in field(d, "chains")?
        .as_array()
        .ok_or_else(|| AuditError::InvalidDigest("chains must be an array".into()))?
    {
        let chain = c.get("chain").and_then(Value::as_i64);
        let seq = c.get("seq").and_then(Value::as_i64);
        let (Some(chain), Some(seq)) = (chain, seq) else {
            return Err(AuditError::InvalidDigest(
                "each chain needs integer \"chain\" and \"seq\"".into(),
            ));
        };
        let h = hex32(c.get("hash").unwrap_or(&Value::Null), "chain hash")?;
        anchors.push(Anchor { chain: chain as i32, seq, hash: h });
    }
    // The digest must hash to its own checkpoint_hash: otherwise it was altered.
    let body = {
        let mut b = d.clone();
        b.as_object_mut().map(|o| o.remove("checkpoint_hash"));
        b
    };
    let recomputed = util::select_one_with_args::<String>(
        "SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to($1::text, 'UTF8')), 'hex')",
        &[JsonB(body).into()],
    )
    .unwrap_or_default();
    if recomputed != hash {
        return Err(AuditError::InvalidDigest(
            "its contents do not hash to its checkpoint_hash: the digest was altered".into(),
        ));
    }
    let shape_ok = recorded.len() == 27
        && recorded.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            19 => b == b'.',
            26 => b == b'Z',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(AuditError::InvalidDigest(
            "recorded_at must look like 2026-01-31T12:00:00.000000Z".into(),
        ));
    }
    let future = util::select_one_with_args::<bool>(
        "SELECT $1::timestamptz > pg_catalog.clock_timestamp()",
        &[recorded.to_string().into()],
    )
    .unwrap_or(false);
    if future {
        return Err(AuditError::InvalidDigest(format!(
            "it was recorded at {recorded}, in the future"
        )));
    }
    let table = catalog::audit_tables(catalog::latest_snapshot())?
        .into_iter()
        .find(|t| util::uuid_text(&t.table_uuid) == uuid.to_ascii_lowercase())
        .ok_or_else(|| {
            AuditError::InvalidDigest(format!(
                "it anchors table {} (table_uuid {uuid}), which is not an audit table of this database",
                d.get("table").and_then(Value::as_str).unwrap_or("?")
            ))
        })?;
    Ok((table, id, hash, anchors))
}

/// Hash (hex) of row (chain, seq) of the table, if the row exists.
pub fn row_hash_hex(relid: Oid, chain: i32, seq: i64) -> Option<String> {
    let sql = format!(
        "SELECT pg_catalog.encode(audit_hash, 'hex') FROM {} WHERE audit_chain_id = {chain} AND audit_seq = {seq}",
        util::qualified_name(relid)
    );
    as_extension_owner(|| util::select_one::<String>(&sql)).ok().flatten()
}

/// Compares one anchored position with the table; a problem description if it no longer holds.
fn check_anchor(t: &AuditTable, a: &Anchor) -> Option<(&'static str, Option<i64>, String)> {
    let heads = catalog::heads(t.relid, Some(a.chain), catalog::active_snapshot()).ok()?;
    let Some(h) = heads.first() else {
        return Some(("catalog_mismatch", None, format!("chain {} has no recorded head", a.chain)));
    };
    let last = chain::own_head_seq(t.relid, a.chain).unwrap_or(h.seq);
    if a.seq > last {
        return Some((
            "row_missing",
            Some(last + 1),
            format!(
                "an anchor records chain {} up to sequence {}, but it now ends at {last}: newer rows were removed or an older backup was restored",
                a.chain, a.seq
            ),
        ));
    }
    if a.seq < h.base_seq {
        return None; // pruned since; the prune records carry the chain on
    }
    let now = if a.seq == h.base_seq {
        Some(hex::encode(h.base_hash))
    } else {
        row_hash_hex(t.relid, a.chain, a.seq)
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

/// Verifies one digest; every reason it fails is reported as a WARNING.
fn verify_digest(d: &Value) -> Result<bool> {
    let (t, id, hash, anchors) = parse_digest(d)?;
    let name = util::qualified_name(t.relid);
    let mut ok = true;
    let warn = |msg: String| {
        pg_sys::panic::ErrorReport::new(PgSqlErrorCode::ERRCODE_DATA_CORRUPTED, msg, "audit_chain")
            .report(PgLogLevel::WARNING)
    };
    let stored = util::select_one::<String>(&format!(
        "SELECT pg_catalog.encode(hash, 'hex') FROM audit_chain.checkpoints WHERE id = {id}"
    ));
    if stored.as_deref() != Some(hash.as_str()) {
        ok = false;
        warn(format!("audit_chain: checkpoint {id} of {name} is missing from or altered in audit_chain.checkpoints"));
    }
    for a in &anchors {
        if let Some((kind, seq, detail)) = check_anchor(&t, a) {
            ok = false;
            warn(format!(
                "audit_chain: {name} chain {} seq {}: {kind}: {detail}",
                a.chain,
                seq.unwrap_or(a.seq)
            ));
        }
    }
    // The chain from the anchors to the head must be intact as well.
    if !crate::verify::verify_and_warn(Some(t.relid)) {
        ok = false;
    }
    Ok(ok)
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
    let broken = Spi::connect(|client| {
        let rows = client.select(
            "SELECT id, relid::oid AS relid, \
                    (hash = pg_catalog.sha256(pg_catalog.convert_to(body::text, 'UTF8'))) AS self_ok, \
                    (body->>'prev_checkpoint_hash') = coalesce(pg_catalog.encode(lag(hash) OVER w, 'hex'), pg_catalog.repeat('0', 64)) AS link_ok, \
                    (id = row_number() OVER w AND (body->>'checkpoint_id')::bigint = id) AS id_ok \
               FROM audit_chain.checkpoints WINDOW w AS (ORDER BY id) ORDER BY id",
            None,
            &[],
        );
        let mut out = Vec::new();
        if let Ok(rows) = rows {
            for r in rows {
                let id: i64 = r.get_by_name("id").ok().flatten().unwrap_or(0);
                let relid: Oid =
                    r.get_by_name("relid").ok().flatten().unwrap_or(pg_sys::InvalidOid);
                let self_ok: bool = r.get_by_name("self_ok").ok().flatten().unwrap_or(false);
                let link_ok: bool = r.get_by_name("link_ok").ok().flatten().unwrap_or(false);
                let id_ok: bool = r.get_by_name("id_ok").ok().flatten().unwrap_or(false);
                if !(self_ok && link_ok && id_ok) {
                    let why = if !self_ok {
                        "its hash does not match its contents"
                    } else if !link_ok {
                        "it does not link to the checkpoint before it"
                    } else {
                        "checkpoint ids are not consecutive: a checkpoint was removed"
                    };
                    out.push((relid, id, why));
                }
            }
        }
        out
    });
    for (relid, id, why) in broken {
        if only.is_none_or(|o| o == relid) {
            report.add(relid, None, None, "checkpoint_broken", format!("checkpoint {id}: {why}"));
        }
    }
    for t in tables.iter().filter(|t| only.is_none_or(|o| o == t.relid)) {
        if !util::relation_exists(t.relid) {
            continue;
        }
        let anchors: Vec<(i64, Anchor)> = Spi::connect(|client| {
            let rows = client.select(
                &format!(
                    "SELECT c.id, (e->>'chain')::int AS chain, (e->>'seq')::bigint AS seq, e->>'hash' AS hash \
                       FROM audit_chain.checkpoints c, pg_catalog.jsonb_array_elements(c.body->'chains') e \
                      WHERE c.relid = {}::oid AND c.kind = 'checkpoint' ORDER BY c.id",
                    t.relid.to_u32()
                ),
                None,
                &[],
            );
            let mut out = Vec::new();
            if let Ok(rows) = rows {
                for r in rows {
                    let id: i64 = r.get_by_name("id").ok().flatten().unwrap_or(0);
                    let chain: i32 = r.get_by_name("chain").ok().flatten().unwrap_or(-1);
                    let seq: i64 = r.get_by_name("seq").ok().flatten().unwrap_or(-1);
                    let hash: String = r.get_by_name("hash").ok().flatten().unwrap_or_default();
                    out.push((id, Anchor { chain, seq, hash }));
                }
            }
            out
        });
        for (id, a) in &anchors {
            if let Some((kind, seq, detail)) = check_anchor(t, a) {
                report.add(t.relid, Some(a.chain), seq, kind, format!("checkpoint {id}: {detail}"));
            }
        }
        crate::prune::check_prune_anchors(t, report);
    }
}
