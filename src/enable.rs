//! audit_enable(): turns an ordinary table into an audit table.

use crate::catalog;
use crate::encoding::{genesis_hash, RowHeader};
use crate::error::{AuditError, Result};
use crate::guards::{GUARD_TRIGGER, INSERT_TRIGGER, TRIGGERS};
use crate::layout::{self, find_column, Layout, CHAIN_COLUMNS, PROVENANCE_COLUMNS};
use crate::util::{self, run_sql};
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;

pub use crate::chain::MAX_CHAINS;

crate::pg_function_info!(pg_finfo_audit_chain_enable);

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_enable(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let Some(rel) = util::arg(fcinfo, 0) else {
        AuditError::InvalidArgument("table must not be NULL".into()).report()
    };
    let chains = match util::arg(fcinfo, 1) {
        Some(d) => d.value() as i32,
        None => AuditError::InvalidArgument("chains must not be NULL".into()).report(),
    };
    if let Err(e) = enable(Oid::from(rel.value() as u32), chains) {
        e.report();
    }
    util::return_null(fcinfo)
}

pub fn check_table(relid: Oid, name: &str) -> Result<()> {
    // get_rel_persistence() raises an internal error for a missing relation: ask relkind first.
    let kind = unsafe { pg_sys::get_rel_relkind(relid) as u8 };
    if kind == 0 {
        return Err(AuditError::InvalidArgument(format!(
            "relation with OID {} does not exist",
            relid.to_u32()
        )));
    }
    let persistence = unsafe { pg_sys::get_rel_persistence(relid) as u8 };
    let partition =
        format!("SELECT relispartition FROM pg_catalog.pg_class WHERE oid = {}", relid.to_u32());
    if util::select_one::<bool>(&partition) == Some(true) {
        return Err(AuditError::Unsupported {
            what: format!("partition {name}"),
            hint: "Partitions cannot have columns of their own; audit an ordinary table.",
        });
    }
    let inheritance = format!(
        "SELECT EXISTS (SELECT FROM pg_catalog.pg_inherits WHERE inhrelid = {0} OR inhparent = {0})",
        relid.to_u32()
    );
    if util::select_one::<bool>(&inheritance) == Some(true) {
        return Err(AuditError::Unsupported {
            what: format!("table {name} in an inheritance hierarchy"),
            hint: "Rows of a child table show in queries of its parent without being chained, and DDL on a parent reaches its children; detach with ALTER TABLE ... NO INHERIT first.",
        });
    }
    match kind {
        b'r' => {}
        b'p' => {
            return Err(AuditError::Unsupported {
                what: format!("partitioned table {name}"),
                hint: "Partitioned tables are not supported; audit an ordinary table.",
            })
        }
        b'v' => return Err(AuditError::WrongObjectType { what: format!("view {name}") }),
        b'm' => {
            return Err(AuditError::WrongObjectType { what: format!("materialized view {name}") })
        }
        b'f' => return Err(AuditError::WrongObjectType { what: format!("foreign table {name}") }),
        _ => return Err(AuditError::WrongObjectType { what: format!("relation {name}") }),
    }
    match persistence {
        b't' => Err(AuditError::Unsupported {
            what: format!("temporary table {name}"),
            hint: "Temporary tables vanish at the end of the session; audit a permanent table.",
        }),
        b'u' => Err(AuditError::Unsupported {
            what: format!("unlogged table {name}"),
            hint:
                "Unlogged tables are emptied after a crash; run ALTER TABLE ... SET LOGGED first.",
        }),
        _ => Ok(()),
    }
}

pub fn random_uuid() -> [u8; 16] {
    let mut u = [0u8; 16];
    unsafe {
        if !pg_sys::pg_strong_random(u.as_mut_ptr() as *mut _, 16) {
            AuditError::Catalog("could not generate random bytes".into()).report();
        }
    }
    u[6] = (u[6] & 0x0f) | 0x40;
    u[8] = (u[8] & 0x3f) | 0x80;
    u
}

/// Chains the rows already in the table, in physical order, into chain 0, and writes each row's
/// chain values into it. The rows are rewritten with plain heap updates, not UPDATE statements: no
/// user trigger, rule or foreign-key check runs, so nothing can change a row after it was hashed
/// (a BEFORE UPDATE trigger of the application would otherwise rewrite it). The table is locked
/// ACCESS EXCLUSIVE; its indexes are rebuilt afterwards for the new row versions. With format 2,
/// the rows get the provenance of the session that chains them (they were not written through
/// audit_chain). Returns the last row's sequence number and hash, if there were rows.
unsafe fn chain_existing(
    relid: Oid,
    name: &str,
    genesis: [u8; 32],
    at: i64,
) -> Result<Option<(i64, [u8; 32])>> {
    let rel = pg_sys::table_open(relid, pg_sys::NoLock as i32);
    let lay = match Layout::of(rel, name) {
        Ok(l) => l,
        Err(e) => {
            pg_sys::table_close(rel, pg_sys::NoLock as i32);
            return Err(e);
        }
    };
    let desc = (*rel).rd_att;
    let natts = (*desc).natts as usize;
    let mut values = vec![Datum::from(0usize); natts];
    let mut nulls = vec![true; natts];
    let mut replace = vec![false; natts];
    for a in lay.chain_attrs.into_iter().chain(lay.provenance.into_iter().flatten()) {
        replace[a] = true;
    }
    let snap = pg_sys::RegisterSnapshot(pg_sys::GetLatestSnapshot());
    // No synchronized scan: it could start mid-table and make the order depend on other scans.
    let scan = pg_sys::table_beginscan_strat(rel, snap, 0, std::ptr::null_mut(), true, false);
    let mut tids = Vec::new();
    let mut rows = Vec::new();
    let mut prev = genesis;
    loop {
        let tup = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
        if tup.is_null() {
            break;
        }
        pg_sys::heap_deform_tuple(tup, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
        crate::provenance::fill(&lay, &mut values, &mut nulls);
        let seq = rows.len() as i64 + 1;
        let header = RowHeader { prev: &prev, chain: 0, seq, recorded_at: at };
        let hash = lay.plan.hash(&header, &values, &nulls);
        tids.push((*tup).t_self);
        rows.push((prev, hash));
        prev = hash;
    }
    pg_sys::table_endscan(scan);
    let a = lay.chain_attrs;
    for (i, (tid, (prev, hash))) in tids.iter().zip(&rows).enumerate() {
        let mut tuple: pg_sys::HeapTupleData = std::mem::zeroed();
        tuple.t_self = *tid;
        let mut buf: pg_sys::Buffer = 0;
        if !pg_sys::heap_fetch(rel, snap, &mut tuple, &mut buf, false) {
            pg_sys::UnregisterSnapshot(snap);
            pg_sys::table_close(rel, pg_sys::NoLock as i32);
            return Err(AuditError::Catalog(format!(
                "a row of {name} vanished while it was chained"
            )));
        }
        crate::provenance::fill(&lay, &mut values, &mut nulls);
        values[a[layout::CHAIN_ID]] = Datum::from(0i32);
        values[a[layout::SEQ]] = Datum::from(i as i64 + 1);
        values[a[layout::AT]] = Datum::from(at);
        values[a[layout::PREV]] =
            Datum::from(pgrx::varlena::rust_byte_slice_to_bytea(prev).into_pg());
        values[a[layout::HASH]] =
            Datum::from(pgrx::varlena::rust_byte_slice_to_bytea(hash).into_pg());
        for c in a {
            nulls[c] = false;
        }
        let new = pg_sys::heap_modify_tuple(
            &mut tuple,
            desc,
            values.as_mut_ptr(),
            nulls.as_mut_ptr(),
            replace.as_mut_ptr(),
        );
        pg_sys::ReleaseBuffer(buf);
        let mut otid = *tid;
        crate::compat::simple_heap_update(rel, &mut otid, new);
        pg_sys::heap_freetuple(new);
    }
    pg_sys::UnregisterSnapshot(snap);
    pg_sys::table_close(rel, pg_sys::NoLock as i32);
    if !rows.is_empty() {
        pg_sys::CommandCounterIncrement();
        run_sql(&format!("REINDEX TABLE {name}"));
    }
    Ok(rows.last().map(|(_, h)| (rows.len() as i64, *h)))
}

/// Refuses a BEFORE INSERT row trigger that would fire after audit_chain's (triggers fire in name
/// order): it could change rows after they were hashed.
pub fn check_late_triggers(relid: Oid, name: &str) -> Result<()> {
    let late_trigger = util::select_one_with_args::<String>(
        "SELECT tgname::pg_catalog.text FROM pg_catalog.pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal \
            AND tgtype::pg_catalog.int4 & 7 = 7 AND tgname::pg_catalog.text COLLATE \"C\" > $2 \
          ORDER BY tgname LIMIT 1",
        &[relid.into(), INSERT_TRIGGER.into()],
    );
    match late_trigger {
        Some(t) => Err(AuditError::DdlRefused {
            what: format!(
                "BEFORE INSERT row trigger {} (it would fire after {INSERT_TRIGGER})",
                spi::quote_identifier(t)
            ),
            table: name.to_string(),
        }),
        None => Ok(()),
    }
}

/// What makes a table with chain columns an audit table, besides its registration: NOT NULL chain
/// columns, the chain index, and audit_chain's triggers enabled ALWAYS. A valid chain index already
/// there (on a table restored from a dump of itself) is kept; the triggers are always created
/// afresh. (The provenance columns may be NULL: the row hash tells a NULL from a value.)
pub fn install_guards(relid: Oid, name: &str) -> Result<()> {
    let not_null: Vec<String> =
        CHAIN_COLUMNS.iter().map(|c| format!("ALTER COLUMN {c} SET NOT NULL")).collect();
    run_sql(&format!("ALTER TABLE {name} {}", not_null.join(", ")));
    if crate::layout::ChainReader::of(relid).is_none() {
        run_sql(&format!("CREATE UNIQUE INDEX ON {name} (audit_chain_id, audit_seq)"));
    }
    // Created afresh, also when a table restored from a dump brought them: a same-named trigger
    // that fires less often (a WHEN condition, fewer events) must not pass for a guard.
    for (trigger, func, _) in TRIGGERS {
        let exists = util::select_one_with_args::<bool>(
            "SELECT true FROM pg_catalog.pg_trigger WHERE tgrelid = $1 AND tgname = $2",
            &[relid.into(), trigger.into()],
        )
        .is_some();
        if exists {
            run_sql(&format!("DROP TRIGGER {trigger} ON {name}"));
        }
        let when = match trigger {
            INSERT_TRIGGER => "BEFORE INSERT ON {t} FOR EACH ROW",
            GUARD_TRIGGER => "BEFORE UPDATE OR DELETE OR TRUNCATE ON {t} FOR EACH STATEMENT",
            _ => "BEFORE UPDATE OR DELETE ON {t} FOR EACH ROW",
        };
        run_sql(&format!(
            "CREATE TRIGGER {trigger} {} EXECUTE FUNCTION audit_chain.{func}()",
            when.replace("{t}", name)
        ));
    }
    let always: Vec<String> =
        TRIGGERS.iter().map(|(t, ..)| format!("ENABLE ALWAYS TRIGGER {t}")).collect();
    run_sql(&format!("ALTER TABLE {name} {}", always.join(", ")));
    Ok(())
}

pub fn enable(relid: Oid, chains: i32) -> Result<()> {
    let name = util::qualified_name(relid);
    check_table(relid, &name)?;
    if !(1..=MAX_CHAINS).contains(&chains) {
        return Err(AuditError::InvalidArgument(format!(
            "chains must be between 1 and {MAX_CHAINS}, not {chains}"
        )));
    }
    if !unsafe { crate::compat::owns_relation(relid, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    // Serialises concurrent audit_enable calls and keeps writers out while existing rows are chained.
    run_sql(&format!("LOCK TABLE {name} IN ACCESS EXCLUSIVE MODE"));
    if catalog::audit_table(relid, catalog::latest_snapshot())?.is_some() {
        return Err(AuditError::AlreadyEnabled(name));
    }
    unsafe {
        let rel = pg_sys::table_open(relid, pg_sys::NoLock as i32);
        let desc = (*rel).rd_att;
        let clash = CHAIN_COLUMNS
            .iter()
            .chain(PROVENANCE_COLUMNS.iter().map(|(c, _)| c))
            .find(|c| find_column(desc, c).is_some());
        let all = CHAIN_COLUMNS.iter().all(|c| find_column(desc, c).is_some());
        pg_sys::table_close(rel, pg_sys::NoLock as i32);
        if all {
            // A table restored from a dump of an audit table: audit_adopt, not audit_enable.
            return Err(AuditError::NotRegistered(name));
        }
        if let Some(c) = clash {
            return Err(AuditError::ReservedColumn { column: c.to_string(), table: name });
        }
    }
    check_late_triggers(relid, &name)?;

    run_sql(&format!(
        "ALTER TABLE {name} ADD COLUMN {} integer, ADD COLUMN {} bigint, ADD COLUMN {} timestamptz, \
         ADD COLUMN {} bytea, ADD COLUMN {} bytea, {}",
        CHAIN_COLUMNS[layout::CHAIN_ID],
        CHAIN_COLUMNS[layout::SEQ],
        CHAIN_COLUMNS[layout::AT],
        CHAIN_COLUMNS[layout::PREV],
        CHAIN_COLUMNS[layout::HASH],
        PROVENANCE_COLUMNS.map(|(c, ty)| format!("ADD COLUMN {c} {ty}")).join(", ")
    ));

    let table_uuid = random_uuid();
    let at = unsafe { pg_sys::GetCurrentTimestamp() };
    let last = unsafe { chain_existing(relid, &name, genesis_hash(&table_uuid, 0), at)? };

    install_guards(relid, &name)?;

    // Registered with SPI arguments: no literal depends on the session's
    // standard_conforming_strings or any other setting.
    let heads: Vec<catalog::Head> = (0..chains)
        .map(|c| {
            let genesis = genesis_hash(&table_uuid, c);
            match last {
                Some((seq, hash)) if c == 0 => {
                    catalog::Head::new(c, seq, hash, Some(at), (0, genesis))
                }
                _ => catalog::Head::new(c, 0, genesis, None, (0, genesis)),
            }
        })
        .collect();
    let t = catalog::AuditTable {
        relid,
        table_uuid,
        chains,
        replica: false,
        adopted: false,
        format_version: crate::encoding::FORMAT_VERSION,
    };
    catalog::register(&t, "0 seconds", &heads)?;
    Ok(())
}
