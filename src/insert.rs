//! The insert path: a BEFORE INSERT row trigger that fills the chain columns of every new row
//! (with format 2, its provenance columns too: see provenance.rs), whatever the client sent in them. Per row it costs one SHA-256 over the row's canonical
//! encoding and one tuple rebuild; the chain head is read once per transaction (see chain.rs).

use crate::catalog;
use crate::chain;
use crate::encoding::RowHeader;
use crate::error::AuditError;
use crate::layout::{self, Layout};
use crate::util;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

struct TableInfo {
    /// The tracked table whose history this audit table is, if it is one (`audit_track`).
    tracked: Option<Oid>,
    /// The chains audit_enable created (writers add more when all are busy).
    chains: i32,
    table_uuid: [u8; 16],
    /// Rows arrive with their chain values, which must extend the chains (replica mode).
    replica: bool,
    layout: Layout,
    /// The chain index, if ON CONFLICT DO NOTHING can skip rows of the table (`Layout::skippable`).
    skippable: Option<Oid>,
}

thread_local! {
    static TABLES: RefCell<HashMap<Oid, Rc<TableInfo>>> = RefCell::new(HashMap::new());
    /// Counts relcache invalidations: an entry whose build saw the counter move (an invalidation
    /// processed while it read the catalogs, e.g. of a composite type it encodes) is not cached.
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Forgets what this backend knew of a table when PostgreSQL invalidates its relcache entry
/// (ALTER TABLE ADD COLUMN, for one), or that of a composite type one of its columns uses
/// (ALTER TYPE ... ADD ATTRIBUTE): the encoder must see the type as verification will.
#[pg_guard]
unsafe extern "C-unwind" fn on_relcache_invalidate(_arg: Datum, relid: Oid) {
    GENERATION.with(|g| g.set(g.get() + 1));
    catalog::forget(relid);
    TABLES.with(|t| {
        let mut t = t.borrow_mut();
        if relid == pg_sys::InvalidOid {
            t.clear();
        } else {
            t.retain(|&r, info| r != relid && !info.layout.plan.composites.contains(&relid));
        }
    });
}

pub fn register_callbacks() {
    unsafe {
        pg_sys::CacheRegisterRelcacheCallback(Some(on_relcache_invalidate), Datum::from(0usize))
    };
}

unsafe fn table_info(rel: pg_sys::Relation) -> Rc<TableInfo> {
    let relid = (*rel).rd_id;
    if let Some(info) = TABLES.with(|t| t.borrow().get(&relid).cloned()) {
        return info;
    }
    let name = util::qualified_name(relid);
    let table = match catalog::audit_table(relid, catalog::latest_snapshot()) {
        Ok(Some(t)) => t,
        // The triggers and chain columns without the registration: a table restored from a dump of
        // itself alone. Say what to run.
        Ok(None) if Layout::of(rel, &name).is_ok() => AuditError::NotRegistered(name).report(),
        Ok(None) => AuditError::NotAuditTable(name).report(),
        Err(e) => e.report(),
    };
    // Built again if an invalidation arrived meanwhile (it may concern a type the plan encodes).
    let mut attempts = 0;
    loop {
        let generation = GENERATION.with(|g| g.get());
        let layout =
            Layout::of_format(rel, &name, table.format_version).unwrap_or_else(|e| e.report());
        let skippable = layout.skippable(rel);
        let info = Rc::new(TableInfo {
            tracked: crate::track::tracked_by(relid),
            chains: table.chains,
            table_uuid: table.table_uuid,
            replica: table.replica,
            layout,
            skippable,
        });
        attempts += 1;
        if GENERATION.with(|g| g.get()) == generation {
            TABLES.with(|t| t.borrow_mut().insert(relid, info.clone()));
            return info;
        }
        if attempts == 3 {
            return info; // used for this row, not kept
        }
    }
}

fn chains_of(relid: Oid, info: &TableInfo) -> chain::TableChains<'_> {
    chain::TableChains { relid, min_chains: info.chains, table_uuid: &info.table_uuid }
}

crate::pg_function_info!(pg_finfo_audit_chain_insert_trigger);

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_insert_trigger(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(tg) = util::trigger_data(fcinfo) else {
        AuditError::InvalidArgument(
            "audit_chain.insert_trigger() must be called as a trigger".into(),
        )
        .report()
    };
    let ev = tg.tg_event;
    if ev & pg_sys::TRIGGER_EVENT_OPMASK != pg_sys::TRIGGER_EVENT_INSERT
        || ev & pg_sys::TRIGGER_EVENT_ROW == 0
        || ev & pg_sys::TRIGGER_EVENT_BEFORE == 0
    {
        AuditError::InvalidArgument(
            "audit_chain.insert_trigger() must be a BEFORE INSERT row trigger".into(),
        )
        .report();
    }
    let rel = tg.tg_relation;
    let relid = (*rel).rd_id;
    let info = table_info(rel);
    let lay = &info.layout;
    let desc = (*rel).rd_att;

    let natts = (*desc).natts as usize;
    let mut values = vec![Datum::from(0usize); natts];
    let mut nulls = vec![true; natts];
    pg_sys::heap_deform_tuple(tg.tg_trigtuple, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
    if info.replica {
        accept_replica_row(relid, &info, &values, &nulls);
        return Datum::from(tg.tg_trigtuple);
    }
    // The history of a tracked table takes the rows its tracking writes, no others: a row
    // inserted directly would read as a recorded change.
    if let Some(tracked) = info.tracked.filter(|_| !crate::track::is_recording()) {
        AuditError::TrackedDdlRefused {
            what: format!(
                "writing into its history {} other than through its tracking",
                util::qualified_name(relid)
            ),
            table: util::qualified_name(tracked),
        }
        .refuse(tracked);
    }

    // Format 2: who writes, as the server knows it (a client's values are overwritten).
    crate::provenance::fill(lay, &mut values, &mut nulls);
    let link = chain::next_link(&chains_of(relid, &info)).unwrap_or_else(|e| e.report());
    // Recording times never go backwards along a chain, even if the clock does.
    let now = pg_sys::GetCurrentTimestamp();
    let recorded_at = link.prev_at.map_or(now, |p| p.max(now));
    let header = RowHeader { prev: &link.prev, chain: link.chain, seq: link.seq, recorded_at };
    let hash = lay.plan.hash(&header, &values, &nulls);

    let a = lay.chain_attrs;
    values[a[layout::CHAIN_ID]] = Datum::from(link.chain);
    values[a[layout::SEQ]] = Datum::from(link.seq);
    values[a[layout::AT]] = Datum::from(recorded_at);
    values[a[layout::PREV]] =
        Datum::from(pgrx::varlena::rust_byte_slice_to_bytea(&link.prev).into_pg());
    values[a[layout::HASH]] = Datum::from(pgrx::varlena::rust_byte_slice_to_bytea(&hash).into_pg());
    for i in a {
        nulls[i] = false;
    }
    let tuple = pg_sys::heap_form_tuple(desc, values.as_mut_ptr(), nulls.as_mut_ptr());
    chain::advance(relid, &link, hash, recorded_at, info.skippable);
    Datum::from(tuple)
}

/// Replica mode: the row comes with its chain values (copied by logical replication, a data-only
/// restore or an INSERT that names them); it is accepted, unchanged, only if it is exactly the next
/// row of its chain: the next sequence number, linked to the chain's last hash, not recorded before
/// it, and hashing (recomputed here) to the hash it carries.
unsafe fn accept_replica_row(relid: Oid, info: &TableInfo, values: &[Datum], nulls: &[bool]) {
    let a = info.layout.chain_attrs;
    let name = || util::qualified_name(relid);
    let refuse = |row: String, why: String| -> ! {
        AuditError::ReplicaRowRefused { table: name(), row, why }.report()
    };
    // A role that may only INSERT could compute a row that extends a chain (SHA-256 is public):
    // rows with chain values come from logical replication or the table's owner (a data-only
    // restore), no one else.
    if !pg_sys::IsLogicalWorker() && !crate::access::is_owner(relid) {
        AuditError::ModificationRefused {
            operation: "INSERT by a role other than the owner or logical replication".into(),
            table: name(),
        }
        .refuse(relid);
    }
    let value = |i: usize| (!nulls[a[i]]).then(|| values[a[i]]);
    let (Some(chain), Some(seq), Some(at), Some(prev), Some(hash)) = (
        value(layout::CHAIN_ID).map(|d| d.value() as i32),
        value(layout::SEQ).map(|d| d.value() as i64),
        value(layout::AT).map(|d| d.value() as i64),
        value(layout::PREV).map(|d| crate::encoding::varlena_bytes(d)),
        value(layout::HASH).map(|d| crate::encoding::varlena_bytes(d)),
    ) else {
        refuse(
            "a row without chain values".into(),
            "replica mode takes rows with all five chain columns, as their source recorded them"
                .into(),
        )
    };
    let row = format!("row {seq} of chain {chain}");
    if !(0..chain::MAX_CHAINS).contains(&chain) {
        refuse(row.clone(), format!("chain numbers lie in 0..{}", chain::MAX_CHAINS - 1));
    }
    // A chain the table does not have yet comes only from logical replication (the source added
    // it): a new chain has no earlier row to bound its first row's time, so the owner's
    // data-only restore may only extend the chains the table was adopted with.
    if !pg_sys::IsLogicalWorker() && !chain::exists(relid, chain) {
        refuse(
            row.clone(),
            "the table has no such chain: rows of a chain added at the source arrive only by logical replication (adopt again with a newer digest to restore them)".into(),
        );
    }
    let link = chain::replica_link(&chains_of(relid, info), chain).unwrap_or_else(|e| e.report());
    if seq != link.seq {
        refuse(row.clone(), format!("the chain's next sequence number is {}", link.seq));
    }
    if prev != link.prev {
        refuse(row.clone(), format!("it does not link to row {} of the chain", link.seq - 1));
    }
    if link.prev_at.is_some_and(|p| at < p) {
        refuse(row.clone(), format!("it was recorded before row {}", link.seq - 1));
    }
    let header = RowHeader { prev: &link.prev, chain, seq, recorded_at: at };
    let computed = info.layout.plan.hash(&header, values, nulls);
    if computed[..] != hash[..] {
        refuse(row.clone(), "its values do not hash to the audit_hash it carries".into());
    }
    chain::advance(relid, &link, computed, at, info.skippable);
}
