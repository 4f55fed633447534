//! Retention: audit_prune() and audit_set_retention().
//!
//! Pruning is the only way rows leave an audit table. Per chain it removes a prefix of rows
//! recorded before a time — never the chain's last committed row — and moves the chain's base
//! (its row of audit_chain.chain_bases) to the last removed row, so the first remaining row still
//! links to something verifiable. Each prune is recorded, hash-chained, in audit_chain.checkpoints
//! (kind 'prune'), which is what audit_verify() checks the bases against.
//!
//! Pruning takes no chain lock: the rows it removes lie before every chain's committed head, which
//! no writer changes, and writers never touch a chain's base. So inserts go on while it runs, and
//! a transaction holding a chain (idle in transaction, or prepared) does not hold pruning up. Two
//! prunes of one table take turns (a lock of their own per table).

use crate::access;
use crate::catalog::{self, AuditTable};
use crate::chain;
use crate::checkpoint::{self, Retention};
use crate::error::{AuditError, Result};
use crate::layout::{self, Layout};
use crate::util::{self, as_extension_owner};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum};
use pgrx::prelude::*;

crate::pg_function_info!(pg_finfo_audit_chain_prune, pg_finfo_audit_chain_set_retention);

fn prune(t: &AuditTable, older_than: i64) -> Result<i64> {
    let name = util::qualified_name(t.relid);
    access::require_admin(t.relid, "prune")?;
    if chain::holds(t.relid) {
        return Err(AuditError::InvalidState(format!(
            "cannot prune {name} in a transaction that has inserted into it"
        )));
    }
    let older = pgrx::datum::TimestampWithTimeZone::try_from(older_than)
        .map_err(|_| AuditError::InvalidArgument("older_than is out of range".into()))?;
    // The retention period ends in UTC: interval arithmetic on timestamptz would follow the
    // session's TimeZone across daylight-saving changes.
    let too_young = util::select_one_with_args::<String>(
        "SELECT pg_catalog.format('rows of %s must be kept for %s: older_than must be at most %s', $2, retention, \
                pg_catalog.to_char(((pg_catalog.clock_timestamp() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) retention), 'YYYY-MM-DD HH24:MI:SS.US') || ' UTC') \
           FROM audit_chain.tables WHERE relid = $1 AND retention OPERATOR(pg_catalog.>) INTERVAL '0' \
            AND $3 OPERATOR(pg_catalog.>) ((pg_catalog.clock_timestamp() AT TIME ZONE 'UTC') OPERATOR(pg_catalog.-) retention) AT TIME ZONE 'UTC'",
        &[t.relid.into(), name.as_str().into(), older.into()],
    );
    if let Some(msg) = too_young {
        return Err(AuditError::InvalidState(msg));
    }
    // Until ALTER EXTENSION UPDATE to 0.6.0 a chain's base is in its head row, which writers
    // update: then each chain is pruned under its lock, as before.
    let legacy = catalog::legacy_bases();
    // Another prune of the table waits for this one (it would read the bases this one moves).
    chain::lock_chain_wait(t.relid, chain::PRUNE_LOCK);
    let mut removed_total = 0i64;
    let mut entries = Vec::new();
    for head in catalog::heads(t.relid, None, catalog::latest_snapshot())? {
        let c = head.chain;
        let head = if legacy {
            chain::lock_chain_wait(t.relid, c);
            match catalog::heads(t.relid, Some(c), catalog::latest_snapshot())?.pop() {
                Some(h) => h,
                None => continue,
            }
        } else {
            head
        };
        // Recording times never decrease along a chain, so this is a prefix; the head stays.
        // (Read under the newest snapshot: rows up to the committed head never change, and a
        // writer holding the chain only adds rows after it.)
        let (removed, cut) = unsafe {
            delete_prefix(t.relid, &name, c, head.base_seq, |seq, at| {
                seq < head.seq && at.is_some_and(|at| at < older_than)
            })?
        };
        let Some((upto, hash)) = cut else {
            continue;
        };
        let base = hash;
        if legacy {
            let mut head = head;
            head.base_seq = upto;
            head.base_hash = base;
            catalog::write_head(t.relid, &head)?;
        } else {
            catalog::write_base(t.relid, c, upto, &base)?;
        }
        unsafe { pg_sys::CommandCounterIncrement() };
        removed_total += removed;
        entries.push(serde_json::json!({
            "chain": c, "base_seq": upto, "base_hash": hex::encode(hash), "removed": removed
        }));
    }
    if !entries.is_empty() {
        let extra = serde_json::json!({"older_than": util::time_text(older_than)});
        checkpoint::append(t, "prune", serde_json::Value::Array(entries), extra)?;
    }
    Ok(removed_total)
}

/// The last row a prune removed from a chain: its sequence number and hash (the chain's new base).
type Cut = (i64, [u8; 32]);

/// Deletes the rows of chain `chain` after sequence number `after`, in chain order, while
/// `prunable(seq, audit_at)` says so, walking the chain index once; returns how many, and the
/// sequence number and hash of the last one removed (the chain's new base). The rows are removed
/// with plain heap deletes: no DELETE statement runs, so the guards that refuse DELETE to everyone
/// stay untouched, and no per-row executor or trigger work is done (user triggers on the table do
/// not fire for pruning either).
unsafe fn delete_prefix(
    relid: pg_sys::Oid,
    name: &str,
    chain: i32,
    after: i64,
    prunable: impl Fn(i64, Option<i64>) -> bool,
) -> Result<(i64, Option<Cut>)> {
    let rel = pg_sys::table_open(relid, pg_sys::RowExclusiveLock as i32);
    let lay = Layout::of(rel, name)?;
    let Some(index) = lay.chain_index(rel) else {
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
        return Err(AuditError::Catalog(format!(
            "the chain index of {name} is missing; run audit_verify()"
        )));
    };
    let idx = pg_sys::index_open(index, pg_sys::RowExclusiveLock as i32);
    let snap = pg_sys::RegisterSnapshot(pg_sys::GetLatestSnapshot());
    let mut keys: [pg_sys::ScanKeyData; 2] = std::mem::zeroed();
    pg_sys::ScanKeyInit(
        &mut keys[0],
        1,
        pg_sys::BTEqualStrategyNumber as u16,
        pg_sys::Oid::from(pg_sys::F_INT4EQ),
        Datum::from(chain),
    );
    pg_sys::ScanKeyInit(
        &mut keys[1],
        2,
        pg_sys::BTGreaterStrategyNumber as u16,
        pg_sys::Oid::from(pg_sys::F_INT8GT),
        Datum::from(after),
    );
    let scan = crate::compat::index_beginscan(rel, idx, snap, 2, 0);
    pg_sys::index_rescan(scan, keys.as_mut_ptr(), 2, std::ptr::null_mut(), 0);
    let slot = pg_sys::table_slot_create(rel, std::ptr::null_mut());
    let a = lay.chain_attrs;
    let mut removed = 0i64;
    let mut last = None;
    let mut damaged = None;
    while pg_sys::index_getnext_slot(scan, pg_sys::ScanDirection::ForwardScanDirection, slot) {
        pgrx::check_for_interrupts!();
        let Some(seq) = layout::slot_value(slot, a[layout::SEQ]).map(|d| d.value() as i64) else {
            break;
        };
        let at = layout::slot_value(slot, a[layout::AT]).map(|d| d.value() as i64);
        if !prunable(seq, at) {
            break;
        }
        let hash = layout::slot_value(slot, a[layout::HASH])
            .map(|d| crate::encoding::varlena_bytes(d))
            .filter(|h| h.len() == 32);
        let Some(hash) = hash else {
            damaged = Some(seq);
            break;
        };
        let mut h = [0u8; 32];
        h.copy_from_slice(hash);
        let mut tid = (*slot).tts_tid;
        pg_sys::simple_table_tuple_delete(rel, &mut tid, snap);
        removed += 1;
        last = Some((seq, h));
    }
    pg_sys::ExecDropSingleTupleTableSlot(slot);
    pg_sys::index_endscan(scan);
    pg_sys::UnregisterSnapshot(snap);
    pg_sys::index_close(idx, pg_sys::RowExclusiveLock as i32);
    pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
    if let Some(seq) = damaged {
        return Err(AuditError::Catalog(format!(
            "row {seq} of chain {chain} of {name} has a damaged hash; run audit_verify()"
        )));
    }
    Ok((removed, last))
}

/// audit_prune(tbl regclass, older_than timestamptz) RETURNS bigint: rows removed.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_prune(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let t = access::audit_table_arg(util::arg(fcinfo, 0), "table").unwrap_or_else(|e| e.report());
    let Some(older) = util::arg(fcinfo, 1) else {
        AuditError::InvalidArgument("older_than must not be NULL".into()).report()
    };
    let micros = older.value() as i64;
    if micros == i64::MAX || micros == i64::MIN {
        AuditError::InvalidArgument("older_than must be a finite time".into()).report();
    }
    Datum::from(prune(&t, micros).unwrap_or_else(|e| e.report()))
}

/// audit_set_retention(tbl regclass, keep interval): rows younger than `keep` cannot be pruned.
/// The period can be lengthened, never shortened.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_set_retention(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let run = || -> Result<()> {
        let t = access::audit_table_arg(util::arg(fcinfo, 0), "table")?;
        let keep = util::arg(fcinfo, 1)
            .ok_or_else(|| AuditError::InvalidArgument("retention must not be NULL".into()))?;
        access::require_admin(t.relid, "set the retention of")?;
        let keep = pgrx::datum::Interval::from_datum(keep, false)
            .ok_or_else(|| AuditError::InvalidArgument("retention must not be NULL".into()))?;
        if keep.months() < 0 || keep.days() < 0 || keep.micros() < 0 {
            return Err(AuditError::InvalidArgument(
                "retention must not be negative in any of its parts (months, days, time)".into(),
            ));
        }
        // Times are computed as now - retention, which must stay within PostgreSQL's range.
        const MAX_YEARS: i64 = 1000;
        if i64::from(keep.months()) > MAX_YEARS * 12
            || i64::from(keep.days()) > MAX_YEARS * 366
            || keep.micros() > MAX_YEARS * 366 * 86_400_000_000
        {
            return Err(AuditError::InvalidArgument(format!(
                "retention must be at most {MAX_YEARS} years in each of its parts"
            )));
        }
        as_extension_owner(|| -> Result<()> {
            // Locked, so that two calls cannot both pass the check against the same old value.
            let old = Spi::get_one_with_args::<pgrx::datum::Interval>(
                "SELECT retention FROM audit_chain.tables WHERE relid = $1 FOR UPDATE",
                &[t.relid.into()],
            )
            .map_err(|e| AuditError::Catalog(e.to_string()))?;
            // Each part may only grow: comparing whole intervals counts a month as 30 days, so
            // '1 year' -> '360 days' or '-1200 mons 36400 days' would pass as "not shorter".
            if let Some(old) = old {
                if keep.months() < old.months()
                    || keep.days() < old.days()
                    || keep.micros() < old.micros()
                {
                    return Err(AuditError::InvalidState(format!(
                        "the retention of {} can be lengthened but never shortened: each of its months, days and time must be at least {}",
                        util::qualified_name(t.relid),
                        Retention::from(old)
                    )));
                }
            }
            Spi::run_with_args(
                "UPDATE audit_chain.tables SET retention = $2 WHERE relid = $1",
                &[t.relid.into(), keep.into()],
            )
            .map_err(|e| AuditError::Catalog(e.to_string()))
        })?
    };
    if let Err(e) = run() {
        e.report();
    }
    util::return_null(fcinfo)
}

/// The base of every pruned (or adopted) chain must be where the latest prune or adopt record put
/// it, and a chain no such record names must begin at sequence 0: a base moved otherwise (in
/// `chain_bases`, or `chain_heads` where no prune moved it) is a tampered anchor.
pub fn check_prune_anchors(t: &AuditTable, report: &mut Report) {
    let records: std::collections::HashMap<i32, (i64, i64, String)> = util::read_rows(
        "SELECT DISTINCT ON ((e->>'chain')::pg_catalog.int4) (e->>'chain')::pg_catalog.int4, c.id, \
                (e->>'base_seq')::pg_catalog.int8, e->>'base_hash' \
           FROM audit_chain.checkpoints c, pg_catalog.jsonb_array_elements(c.body->'chains') e \
          WHERE c.relid = $1 AND c.kind IN ('prune', 'adopt') AND c.body->>'table_uuid' = $2 \
          ORDER BY (e->>'chain')::pg_catalog.int4, c.id DESC",
        &[t.relid.into(), crate::util::uuid_text(&t.table_uuid).into()],
        |r| {
            (
                r.get::<i32>(0).unwrap_or(-1),
                (
                    r.get::<i64>(1).unwrap_or(0),
                    r.get::<i64>(2).unwrap_or(-1),
                    r.get::<String>(3).unwrap_or_default(),
                ),
            )
        },
    )
    .into_iter()
    .collect();
    let heads = match catalog::heads(t.relid, None, catalog::active_snapshot()) {
        Ok(h) => h,
        Err(e) => return report.add(t.relid, None, None, "catalog_mismatch", e.to_string()),
    };
    for h in heads {
        let base_hash = hex::encode(h.base_hash);
        let recorded = records.get(&h.chain);
        let problem = match recorded {
            None if h.base_seq != 0 => Some(format!(
                "the chain's base is recorded at {} ({base_hash}) but no prune record moved it there",
                h.base_seq
            )),
            Some((id, seq, hash)) if (*seq, hash.as_str()) != (h.base_seq, base_hash.as_str()) => {
                Some(format!(
                    "the chain's base is recorded at {} ({base_hash}) but the last prune record (checkpoint {id}) says {seq} ({hash})",
                    h.base_seq
                ))
            }
            _ => None,
        };
        if let Some(d) = problem {
            report.add(t.relid, Some(h.chain), None, "anchor_mismatch", d);
        }
    }
}
