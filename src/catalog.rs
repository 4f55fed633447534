//! Access to the extension's own catalog tables in schema `audit_chain`. The insert path reads and
//! writes them with plain heap access rather than SQL: it runs as whatever role is inserting, must
//! see the newest committed chain heads whatever that transaction's isolation level, and must stay
//! cheap enough to run once per transaction.

use crate::encoding::Hash;
use crate::error::{AuditError, Result};
use pgrx::pg_sys::{self, Datum, Oid};

pub const SCHEMA: &std::ffi::CStr = c"audit_chain";
const TABLES: &std::ffi::CStr = c"tables";
const HEADS: &std::ffi::CStr = c"chain_heads";

/// One row of `audit_chain.tables`.
#[derive(Clone, Debug)]
pub struct AuditTable {
    pub relid: Oid,
    pub table_uuid: [u8; 16],
    pub chains: i32,
}

/// One row of `audit_chain.chain_heads`: where a chain ends, and where it starts.
#[derive(Clone, Debug)]
pub struct Head {
    pub chain: i32,
    pub seq: i64,
    pub hash: Hash,
    pub recorded_at: Option<i64>,
    pub base_seq: i64,
    pub base_hash: Hash,
    pub tid: pg_sys::ItemPointerData,
}

pub fn catalog_oid(name: &std::ffi::CStr) -> Result<Oid> {
    unsafe {
        let ns = pg_sys::get_namespace_oid(SCHEMA.as_ptr(), true);
        let oid = if ns == pg_sys::InvalidOid {
            ns
        } else {
            pg_sys::get_relname_relid(name.as_ptr(), ns)
        };
        if oid == pg_sys::InvalidOid {
            return Err(AuditError::Catalog(format!(
                "table audit_chain.{} is missing",
                name.to_string_lossy()
            )));
        }
        Ok(oid)
    }
}

unsafe fn hash_of(d: Datum) -> Hash {
    let bytes =
        pgrx::varlena::varlena_to_byte_slice(pg_sys::pg_detoast_datum_packed(d.cast_mut_ptr()));
    let mut h = [0u8; 32];
    if bytes.len() == 32 {
        h.copy_from_slice(bytes);
    }
    h
}

/// Scans a catalog table with `snapshot`, calling `f` with each tuple's values, nulls and TID.
unsafe fn scan(
    table: Oid,
    snapshot: pg_sys::Snapshot,
    mut f: impl FnMut(&[Datum], &[bool], pg_sys::ItemPointerData),
) {
    let rel = pg_sys::table_open(table, pg_sys::AccessShareLock as i32);
    let desc = (*rel).rd_att;
    let natts = (*desc).natts as usize;
    let mut values = vec![Datum::from(0usize); natts];
    let mut nulls = vec![true; natts];
    let scan = pg_sys::table_beginscan(rel, snapshot, 0, std::ptr::null_mut());
    loop {
        let tup = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
        if tup.is_null() {
            break;
        }
        pg_sys::heap_deform_tuple(tup, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
        f(&values, &nulls, (*tup).t_self);
    }
    pg_sys::table_endscan(scan);
    pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
}

/// The newest committed state, as seen by a transaction that holds a chain's lock.
pub fn latest_snapshot() -> pg_sys::Snapshot {
    unsafe { pg_sys::GetLatestSnapshot() }
}

pub fn active_snapshot() -> pg_sys::Snapshot {
    unsafe { pg_sys::GetActiveSnapshot() }
}

pub fn audit_tables(snapshot: pg_sys::Snapshot) -> Result<Vec<AuditTable>> {
    let oid = catalog_oid(TABLES)?;
    let mut out = Vec::new();
    unsafe {
        let snap = pg_sys::RegisterSnapshot(snapshot);
        scan(oid, snap, |v, n, _| {
            if n[0] || n[1] || n[2] {
                return;
            }
            let mut table_uuid = [0u8; 16];
            table_uuid.copy_from_slice(std::slice::from_raw_parts(v[1].cast_mut_ptr::<u8>(), 16));
            out.push(AuditTable {
                relid: Oid::from(v[0].value() as u32),
                table_uuid,
                chains: v[2].value() as i32,
            });
        });
        pg_sys::UnregisterSnapshot(snap);
    }
    Ok(out)
}

pub fn audit_table(relid: Oid, snapshot: pg_sys::Snapshot) -> Result<Option<AuditTable>> {
    Ok(audit_tables(snapshot)?.into_iter().find(|t| t.relid == relid))
}

/// Heads of `relid`'s chains (all of them when `chain` is None), sorted by chain.
pub fn heads(relid: Oid, chain: Option<i32>, snapshot: pg_sys::Snapshot) -> Result<Vec<Head>> {
    let oid = catalog_oid(HEADS)?;
    let mut out = Vec::new();
    unsafe {
        let snap = pg_sys::RegisterSnapshot(snapshot);
        scan(oid, snap, |v, n, tid| {
            if n[0] || Oid::from(v[0].value() as u32) != relid || n[1] {
                return;
            }
            let c = v[1].value() as i32;
            if chain.is_some_and(|want| want != c) || n[2] || n[3] || n[5] || n[6] {
                return;
            }
            out.push(Head {
                chain: c,
                seq: v[2].value() as i64,
                hash: hash_of(v[3]),
                recorded_at: if n[4] { None } else { Some(v[4].value() as i64) },
                base_seq: v[5].value() as i64,
                base_hash: hash_of(v[6]),
                tid,
            });
        });
        pg_sys::UnregisterSnapshot(snap);
    }
    out.sort_by_key(|h| h.chain);
    Ok(out)
}

/// Replaces a chain's head row in place. Runs at commit under the chain's lock, so no other
/// transaction can be updating the same row.
pub fn write_head(relid: Oid, head: &Head) -> Result<()> {
    let oid = catalog_oid(HEADS)?;
    unsafe {
        let rel = pg_sys::table_open(oid, pg_sys::RowExclusiveLock as i32);
        let hash = pgrx::varlena::rust_byte_slice_to_bytea(&head.hash).into_pg();
        let base = pgrx::varlena::rust_byte_slice_to_bytea(&head.base_hash).into_pg();
        let mut values = [
            Datum::from(relid.to_u32()),
            Datum::from(head.chain),
            Datum::from(head.seq),
            Datum::from(hash),
            Datum::from(head.recorded_at.unwrap_or(0)),
            Datum::from(head.base_seq),
            Datum::from(base),
        ];
        let mut nulls = [false, false, false, false, head.recorded_at.is_none(), false, false];
        let tup = pg_sys::heap_form_tuple((*rel).rd_att, values.as_mut_ptr(), nulls.as_mut_ptr());
        let mut tid = head.tid;
        simple_update(rel, &mut tid, tup);
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
    }
    Ok(())
}

#[cfg(any(feature = "pg13", feature = "pg14", feature = "pg15"))]
unsafe fn simple_update(
    rel: pg_sys::Relation,
    tid: &mut pg_sys::ItemPointerData,
    tup: pg_sys::HeapTuple,
) {
    pg_sys::simple_heap_update(rel, tid, tup);
}

#[cfg(not(any(feature = "pg13", feature = "pg14", feature = "pg15")))]
unsafe fn simple_update(
    rel: pg_sys::Relation,
    tid: &mut pg_sys::ItemPointerData,
    tup: pg_sys::HeapTuple,
) {
    let mut update_indexes = pg_sys::TU_UpdateIndexes::TU_None;
    pg_sys::simple_heap_update(rel, tid, tup, &mut update_indexes);
}
