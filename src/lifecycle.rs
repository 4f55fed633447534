//! Tables entering and leaving audit_chain other than by audit_enable:
//! - `audit_adopt`: a table that arrives with its chain columns filled (restored from a dump of
//!   itself alone, or created to receive logical replication) becomes an audit table again, after
//!   its rows were verified as chains; with a digest of its source, continuity with the source is
//!   proven, and the table keeps the source's identity, so the source's digests verify it.
//! - replica mode (`audit_adopt(..., replica => true)`, `audit_promote`): rows arrive with their
//!   chain values and are accepted only if they extend the chains exactly (see insert.rs).
//! - `audit_retire`: the owner ends a table's life as an audit table; its final heads stay in the
//!   checkpoint chain for good.

use crate::catalog::{self, AuditTable, Head};
use crate::checkpoint::{self, Retention};
use crate::enable;
use crate::encoding::{genesis_hash, Hash};
use crate::error::{AuditError, Result};
use crate::guards::TRIGGERS;
use crate::layout::CHAIN_COLUMNS;
use crate::util::{self, as_extension_owner, run_sql};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::{json, Value};

/// Chains given to a table adopted without a digest, when its rows use fewer.
const DEFAULT_CHAINS: i32 = 8;

/// A chain's first and last row in the table.
struct Span {
    first_seq: i64,
    first_prev: Hash,
    last_seq: i64,
    last_hash: Hash,
    last_at: i64,
}

fn hash32(v: Option<Vec<u8>>) -> Option<Hash> {
    v.filter(|b| b.len() == 32).map(|b| {
        let mut h = [0u8; 32];
        h.copy_from_slice(&b);
        h
    })
}

fn unhex(s: &str) -> Hash {
    let mut h = [0u8; 32];
    let _ = hex::decode_to_slice(s, &mut h);
    h
}

/// Each chain's first and last row, by chain.
fn spans(name: &str) -> Result<std::collections::BTreeMap<i32, Span>> {
    let ends = |order: &str| {
        util::read_rows(
            &format!(
                "SELECT DISTINCT ON (audit_chain_id) audit_chain_id, audit_seq, audit_prev, audit_hash, audit_at \
                   FROM {name} WHERE audit_chain_id IS NOT NULL AND audit_seq IS NOT NULL \
                  ORDER BY audit_chain_id, audit_seq {order}"
            ),
            &[],
            |r| {
                (
                    r.get::<i32>(0).unwrap_or(-1),
                    r.get::<i64>(1).unwrap_or(0),
                    hash32(r.get::<Vec<u8>>(2)),
                    hash32(r.get::<Vec<u8>>(3)),
                    r.get::<pgrx::datum::TimestampWithTimeZone>(4).map(|t| t.into_inner()),
                )
            },
        )
    };
    let mut out = std::collections::BTreeMap::new();
    let lasts = ends("DESC");
    for (chain, seq, prev, _, _) in ends("ASC") {
        let Some(&(_, last_seq, _, last_hash, last_at)) = lasts.iter().find(|l| l.0 == chain)
        else {
            continue;
        };
        let (Some(first_prev), Some(last_hash), Some(last_at)) = (prev, last_hash, last_at) else {
            return Err(AuditError::RowsDoNotVerify {
                table: name.to_string(),
                problems: format!("chain {chain}: a row's audit_prev, audit_hash or audit_at is missing or malformed"),
            });
        };
        out.insert(chain, Span { first_seq: seq, first_prev, last_seq, last_hash, last_at });
    }
    Ok(out)
}

/// Checks that the five chain columns are there with their types.
fn check_chain_columns(relid: Oid, name: &str) -> Result<()> {
    let found = util::read_rows(
        "SELECT a.attname::pg_catalog.text, a.atttypid::pg_catalog.regtype::pg_catalog.text \
           FROM pg_catalog.pg_attribute a \
          WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped \
            AND a.attname::pg_catalog.text = ANY ($2)",
        &[relid.into(), CHAIN_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>().into()],
        |r| (r.get::<String>(0).unwrap_or_default(), r.get::<String>(1).unwrap_or_default()),
    );
    let types = ["integer", "bigint", "timestamp with time zone", "bytea", "bytea"];
    for (col, ty) in CHAIN_COLUMNS.iter().zip(types) {
        match found.iter().find(|(c, _)| c == col) {
            Some((_, t)) if t == ty => {}
            Some((_, t)) => {
                return Err(AuditError::AdoptRefused {
                    table: name.to_string(),
                    why: format!("its column {col} is of type {t}, not {ty}"),
                })
            }
            None => {
                return Err(AuditError::AdoptRefused {
                    table: name.to_string(),
                    why: format!(
                        "it has no column {col}: audit_adopt takes a table that kept its chain columns \
                         (restored or replicated from an audit table); audit_enable makes an ordinary table an audit table"
                    ),
                })
            }
        }
    }
    Ok(())
}

pub fn adopt(relid: Oid, digest: Option<Value>, replica: bool) -> Result<String> {
    let name = util::qualified_name(relid);
    enable::check_table(relid, &name)?;
    if !unsafe { crate::compat::owns_relation(relid, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    run_sql(&format!("LOCK TABLE {name} IN ACCESS EXCLUSIVE MODE"));
    if catalog::audit_table(relid, catalog::latest_snapshot())?.is_some() {
        return Err(AuditError::AlreadyEnabled(name));
    }
    check_chain_columns(relid, &name)?;
    enable::check_late_triggers(relid, &name)?;
    let refuse = |why: String| AuditError::AdoptRefused { table: name.clone(), why };

    let source = digest.as_ref().map(checkpoint::check_form).transpose()?;
    if replica && source.is_none() {
        return Err(refuse(
            "a replica needs a digest of its source (audit_checkpoint on the source): it takes the source's \
             identity and chains from it, or it could accept none of the source's rows"
                .into(),
        ));
    }
    if source.as_ref().is_some_and(|s| s.kind != "checkpoint") {
        return Err(AuditError::InvalidDigest("kind must be \"checkpoint\"".into()));
    }
    let table_uuid = match &source {
        Some(s) => util::parse_uuid(&s.uuid)
            .ok_or_else(|| AuditError::InvalidDigest("table_uuid must be a UUID".into()))?,
        None => enable::random_uuid(),
    };
    if let Some(other) = catalog::audit_tables(catalog::latest_snapshot())?
        .into_iter()
        .find(|t| t.table_uuid == table_uuid)
    {
        return Err(refuse(format!(
            "the digest's table is {} of this database, still registered: a copy in the same database \
             cannot share its identity (restore it into another database, or audit_retire the original first)",
            util::qualified_name(other.relid)
        )));
    }
    // An identity this database's checkpoint chain already knows (a table retired here): adopting
    // it again would let a rewritten table answer for the old one's records and digests.
    let known = as_extension_owner(|| {
        util::select_one_with_args::<i64>(
            "SELECT min(id) FROM audit_chain.checkpoints WHERE body->>'table_uuid' = $1",
            &[util::uuid_text(&table_uuid).into()],
        )
    })?;
    if let Some(id) = known {
        return Err(refuse(format!(
            "this database's checkpoint chain already has records of the digest's table (from record {id} on): \
             a table that was an audit table here cannot be adopted here again"
        )));
    }
    let nulls = util::select_one::<i64>(&format!(
        "SELECT count(*) FROM {name} WHERE audit_chain_id IS NULL OR audit_seq IS NULL OR audit_at IS NULL \
            OR audit_prev IS NULL OR audit_hash IS NULL"
    ))
    .unwrap_or(0);
    if nulls > 0 {
        return Err(AuditError::RowsDoNotVerify {
            table: name,
            problems: format!("{nulls} rows have no chain values (NULL in a chain column)"),
        });
    }
    let spans = spans(&name)?;
    // The chains to register: those the digest lists (writers add chains beyond the ones
    // audit_enable created, so above the first ones the numbers may have gaps), or 0.. up to the
    // last chain with rows. `chains`, the number recorded in audit_chain.tables, is how many
    // chains from 0 on are listed without a gap: they must always exist.
    let ids: Vec<i32> = match &source {
        Some(s) => {
            let listed: Vec<i32> = s.anchors.chains.iter().map(|a| a.chain).collect();
            if listed.first() != Some(&0)
                || listed.windows(2).any(|w| w[0] >= w[1])
                || listed.last().is_some_and(|&c| c >= enable::MAX_CHAINS)
            {
                return Err(AuditError::InvalidDigest(format!(
                    "its chains must be numbered from 0 upwards, in order, below {}",
                    enable::MAX_CHAINS
                )));
            }
            listed
        }
        None => {
            let n = spans
                .keys()
                .next_back()
                .map_or(DEFAULT_CHAINS, |&c| (c + 1).max(DEFAULT_CHAINS))
                .min(enable::MAX_CHAINS);
            (0..n).collect()
        }
    };
    let chains = ids.iter().enumerate().take_while(|&(i, &c)| c == i as i32).count() as i32;
    // A chain writers added at the source after the digest was taken (the dump came later): its
    // rows must begin at that chain's genesis in the digest's table, like any chain added there.
    let mut ids = ids;
    for (&c, sp) in &spans {
        if source.is_some()
            && !ids.contains(&c)
            && (chains..enable::MAX_CHAINS).contains(&c)
            && sp.first_seq == 1
            && sp.first_prev == genesis_hash(&table_uuid, c)
        {
            ids.push(c);
        }
    }
    ids.sort_unstable();
    if let Some((&c, _)) = spans.iter().find(|(c, _)| !ids.contains(c)) {
        return Err(refuse(match &source {
            Some(_) => format!(
                "it has rows in chain {c}, which the digest does not list and which do not begin at that chain's genesis"
            ),
            None => format!("it has rows in chain {c}, outside 0..{}", enable::MAX_CHAINS - 1),
        }));
    }

    // Each chain's base and head: from its rows, or for a chain without rows, from the digest (a
    // replica receives the source's rows later) or its genesis.
    let mut heads: Vec<Head> = Vec::new();
    for &c in &ids {
        let anchor = source.as_ref().and_then(|s| s.anchors.chains.iter().find(|a| a.chain == c));
        let genesis = genesis_hash(&table_uuid, c);
        let head = match (spans.get(&c), anchor) {
            (Some(sp), _) => Head::new(
                c,
                sp.last_seq,
                sp.last_hash,
                Some(sp.last_at),
                (sp.first_seq - 1, sp.first_prev),
            ),
            (None, Some(a)) if a.seq > 0 && !replica => {
                return Err(refuse(format!(
                    "the digest anchors row {} of chain {c}, and the table has no row of that chain: rows are missing",
                    a.seq
                )))
            }
            (None, Some(a)) => {
                let (base_seq, base_hash) = match &a.base {
                    Some((s, h)) => (*s, unhex(h)),
                    None if a.seq == 0 => (0, genesis),
                    None => {
                        return Err(refuse(
                            "a replica without rows needs a digest of format v2 (taken by audit_chain 0.4.0 or later), which records where each chain begins".into(),
                        ))
                    }
                };
                Head::new(c, base_seq, base_hash, None, (base_seq, base_hash))
            }
            (None, None) => Head::new(c, 0, genesis, None, (0, genesis)),
        };
        if source.is_some() && head.base_seq == 0 && head.base_hash != genesis {
            return Err(refuse(format!(
                "chain {c} does not begin with the genesis of the digest's table: the rows are not from that table"
            )));
        }
        heads.push(head);
    }

    // The row format is the one its columns show: the provenance columns come with the rows of
    // a format-2 table.
    let format_version = unsafe {
        let rel = pg_sys::table_open(relid, pg_sys::NoLock as i32);
        let format = crate::layout::format_of_columns((*rel).rd_att);
        pg_sys::table_close(rel, pg_sys::NoLock as i32);
        format
    };
    enable::install_guards(relid, &name)?;
    unsafe { pg_sys::CommandCounterIncrement() };
    let provisional =
        AuditTable { relid, table_uuid, chains, replica, adopted: true, format_version };

    // Continuity with the source: every anchored row must be in the table with the anchored hash.
    if let Some(s) = &source {
        let rows = crate::layout::ChainReader::of(relid);
        util::with_fresh_snapshot(|| -> Result<()> {
            for a in &s.anchors.chains {
                let h = &heads[a.chain as usize];
                if a.seq > h.seq {
                    if replica {
                        continue; // checked as the rows arrive, and by audit_verify_digest
                    }
                    return Err(refuse(format!(
                        "the digest anchors row {} of chain {}, but the table's rows of that chain end at {}: \
                         the dump was taken before the digest, or rows are missing",
                        a.seq, a.chain, h.seq
                    )));
                }
                if a.seq < h.base_seq {
                    return Err(refuse(format!(
                        "the table's rows of chain {} begin at {}, after row {} that the digest anchors: \
                         take a newer digest of the source",
                        a.chain,
                        h.base_seq + 1,
                        a.seq
                    )));
                }
                let now = if a.seq == h.base_seq {
                    Some(hex::encode(h.base_hash))
                } else {
                    rows.as_ref()
                        .and_then(|r| r.first_from(a.chain, a.seq))
                        .filter(|r| r.seq == a.seq)
                        .and_then(|r| r.hash.map(hex::encode))
                };
                if now.as_deref() != Some(a.hash.as_str()) {
                    return Err(AuditError::RowsDoNotVerify {
                        table: name.clone(),
                        problems: format!(
                            "chain {} row {}: the digest anchors hash {}, the table has {}: it is not the history the digest records",
                            a.chain,
                            a.seq,
                            a.hash,
                            now.as_deref().unwrap_or("no such row")
                        ),
                    });
                }
            }
            Ok(())
        })?;
    }

    // The rows must verify as chains from their bases to their heads, as audit_verify checks them.
    let mut report = Report { problems: Vec::new(), truncated: false };
    util::with_fresh_snapshot(|| unsafe {
        crate::verify::verify_rows(&provisional, &heads, &mut report)
    });
    if !report.problems.is_empty() {
        let shown: Vec<String> = report
            .problems
            .iter()
            .take(5)
            .map(|p| {
                format!(
                    "chain {} seq {}: {}: {}",
                    p.chain.map_or("-".into(), |c| c.to_string()),
                    p.seq.map_or("-".into(), |s| s.to_string()),
                    p.kind,
                    p.detail
                )
            })
            .collect();
        let more = report.problems.len().saturating_sub(5);
        return Err(AuditError::RowsDoNotVerify {
            table: name,
            problems: format!(
                "{}{}",
                shown.join("; "),
                if more > 0 { format!(" (and {more} more)") } else { String::new() }
            ),
        });
    }

    // Registered under the source's retention, if the digest records one.
    let retention = source
        .as_ref()
        .and_then(|s| s.anchors.retention)
        .filter(|r| !r.is_zero())
        .map(|r| r.to_string())
        .unwrap_or_else(|| "0 seconds".into());
    catalog::register(&provisional, &retention, &heads)?;
    unsafe { pg_sys::CacheInvalidateRelcacheByRelid(relid) };

    // The adopt record: where each chain begins here (checked like a prune record's bases), and
    // the source it was proven against.
    let bases: Vec<Value> = heads.iter().map(checkpoint::head_json).collect();
    let from = match (&source, &digest) {
        (Some(s), Some(d)) => json!({
            "table": d.get("table"), "database": s.database, "checkpoint_id": s.id,
            "checkpoint_hash": s.hash, "recorded_at": s.recorded,
        }),
        _ => Value::Null,
    };
    checkpoint::append(
        &provisional,
        "adopt",
        Value::Array(bases),
        json!({"source": from, "replica": replica}),
    )?;
    checkpoint::checkpoint(&provisional)
}

/// Ends replica mode: from now on the table chains the rows inserted into it itself.
pub fn promote(t: &AuditTable) -> Result<()> {
    let name = util::qualified_name(t.relid);
    if !unsafe { crate::compat::owns_relation(t.relid, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    if !t.replica {
        return Err(AuditError::InvalidState(format!("{name} is not a replica")));
    }
    // Waits for the transactions writing to it (a replication worker applying a transaction).
    run_sql(&format!("LOCK TABLE {name} IN SHARE ROW EXCLUSIVE MODE"));
    as_extension_owner(|| {
        Spi::run_with_args(
            "UPDATE audit_chain.tables SET replica = false WHERE relid = $1",
            &[t.relid.into()],
        )
    })?
    .map_err(|e| AuditError::Catalog(e.to_string()))?;
    unsafe { pg_sys::CacheInvalidateRelcacheByRelid(t.relid) };
    Ok(())
}

/// Retires an audit table: records its final chain heads in the checkpoint chain (a record of kind
/// 'retire', whose digest is returned), removes its registration and audit_chain's triggers. The
/// table stays, an ordinary table with its rows and chain columns, for the owner to keep or drop.
pub fn retire(t: &AuditTable) -> Result<String> {
    let name = util::qualified_name(t.relid);
    if !unsafe { crate::compat::owns_relation(t.relid, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    if crate::chain::holds(t.relid) {
        return Err(AuditError::InvalidState(format!(
            "cannot retire {name} in a transaction that inserted into it"
        )));
    }
    if let Some(tracked) = crate::track::tracked_by(t.relid) {
        return Err(AuditError::InvalidState(format!(
            "cannot retire {name}: it is the history of tracked table {}, whose contents it proves",
            util::qualified_name(tracked)
        )));
    }
    run_sql(&format!("LOCK TABLE {name} IN ACCESS EXCLUSIVE MODE"));
    let heads = catalog::heads(t.relid, None, catalog::latest_snapshot())?;
    let retention = Retention::of(t.relid);
    let newest = heads.iter().filter_map(|h| h.recorded_at).max();
    if let (false, Some(at)) = (retention.is_zero(), newest) {
        // Judged at the transaction's time, which the retire record carries as its recorded_at,
        // so that verification can check the record by the same arithmetic.
        let protected = util::select_one_with_args::<bool>(
            "SELECT ($1::pg_catalog.timestamptz AT TIME ZONE 'UTC') OPERATOR(pg_catalog.>=) \
                    ((pg_catalog.now() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) retention) \
               FROM audit_chain.tables WHERE relid = $2",
            &[util::time_text(at).as_str().into(), t.relid.into()],
        )
        .unwrap_or(true);
        if protected {
            let until = util::select_one_with_args::<String>(
                &format!(
                    "SELECT pg_catalog.to_char(($1::pg_catalog.timestamptz AT TIME ZONE 'UTC') OPERATOR(pg_catalog.+) retention, {}) \
                       FROM audit_chain.tables WHERE relid = $2",
                    util::TIME_FORMAT_SQL
                ),
                &[util::time_text(at).as_str().into(), t.relid.into()],
            )
            .unwrap_or_default();
            return Err(AuditError::RetentionNotPassed { table: name, until });
        }
    }
    let chains: Vec<Value> = heads.iter().map(checkpoint::head_json).collect();
    let digest = checkpoint::append(
        t,
        "retire",
        Value::Array(chains),
        json!({"retention": retention.json()}),
    )?;
    as_extension_owner(|| -> std::result::Result<(), pgrx::spi::Error> {
        let bases = (!catalog::legacy_bases()).then_some("chain_bases");
        for table in ["grants", "chain_heads"].into_iter().chain(bases).chain(["tables"]) {
            Spi::run_with_args(
                &format!("DELETE FROM audit_chain.{table} WHERE relid = $1"),
                &[t.relid.into()],
            )?;
        }
        Ok(())
    })?
    .map_err(|e| AuditError::Catalog(e.to_string()))?;
    unsafe { pg_sys::CommandCounterIncrement() };
    for (trigger, ..) in TRIGGERS {
        run_sql(&format!("DROP TRIGGER {trigger} ON {name}"));
    }
    Ok(digest)
}

crate::pg_function_info!(
    pg_finfo_audit_chain_adopt,
    pg_finfo_audit_chain_promote,
    pg_finfo_audit_chain_retire
);

/// audit_adopt(tbl regclass, digest jsonb DEFAULT NULL, replica boolean DEFAULT false) RETURNS jsonb:
/// the digest of a checkpoint taken once the table is adopted.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_adopt(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let run = || -> Result<String> {
        let rel = util::arg(fcinfo, 0)
            .ok_or_else(|| AuditError::InvalidArgument("table must not be NULL".into()))?;
        let relid = Oid::from(rel.value() as u32);
        if !util::relation_exists(relid) {
            return Err(AuditError::InvalidArgument(format!(
                "relation with OID {} does not exist",
                relid.to_u32()
            )));
        }
        let digest =
            util::arg(fcinfo, 1).map(|d| JsonB::from_datum(d, false).map_or(Value::Null, |j| j.0));
        let replica = util::arg(fcinfo, 2)
            .ok_or_else(|| AuditError::InvalidArgument("replica must not be NULL".into()))?
            .value()
            != 0;
        adopt(relid, digest, replica)
    };
    let digest = run().unwrap_or_else(|e| e.report());
    let value: Value = serde_json::from_str(&digest).unwrap_or(Value::Null);
    JsonB(value).into_datum().unwrap_or_else(|| util::return_null(fcinfo))
}

/// audit_promote(tbl regclass) RETURNS void
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_promote(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let run = || -> Result<()> {
        let t = crate::access::audit_table_arg(util::arg(fcinfo, 0), "table")?;
        promote(&t)
    };
    run().unwrap_or_else(|e| e.report());
    util::return_null(fcinfo)
}

/// audit_retire(tbl regclass) RETURNS jsonb: the digest of the retire record.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_retire(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let run = || -> Result<String> {
        let t = crate::access::audit_table_arg(util::arg(fcinfo, 0), "table")?;
        retire(&t)
    };
    let digest = run().unwrap_or_else(|e| e.report());
    let value: Value = serde_json::from_str(&digest).unwrap_or(Value::Null);
    JsonB(value).into_datum().unwrap_or_else(|| util::return_null(fcinfo))
}
