//! The differences between the PostgreSQL major versions audit_chain is built and tested for (15
//! and 18), in one place: the rest of the code calls these and reads the same for every version.

use pgrx::pg_sys::{self, Oid};

/// The attributes of a tuple descriptor. (18 keeps a compact array before them; 15 has them inline.)
pub unsafe fn attrs<'a>(desc: pg_sys::TupleDesc) -> &'a [pg_sys::FormData_pg_attribute] {
    let natts = (*desc).natts as usize;
    #[cfg(feature = "pg15")]
    {
        (*desc).attrs.as_slice(natts)
    }
    #[cfg(feature = "pg18")]
    {
        if natts == 0 {
            return &[];
        }
        std::slice::from_raw_parts(pg_sys::TupleDescAttr(desc, 0), natts)
    }
}

/// Begins an index scan (18 added an instrumentation argument, unused here).
pub unsafe fn index_beginscan(
    heap: pg_sys::Relation,
    index: pg_sys::Relation,
    snapshot: pg_sys::Snapshot,
    nkeys: i32,
    norderbys: i32,
) -> pg_sys::IndexScanDesc {
    #[cfg(feature = "pg15")]
    {
        pg_sys::index_beginscan(heap, index, snapshot, nkeys, norderbys)
    }
    #[cfg(feature = "pg18")]
    {
        pg_sys::index_beginscan(heap, index, snapshot, std::ptr::null_mut(), nkeys, norderbys)
    }
}

/// Replaces a heap tuple in place (16 added an output saying which indexes need new entries; the
/// caller rebuilds the table's indexes afterwards anyway).
pub unsafe fn simple_heap_update(
    rel: pg_sys::Relation,
    otid: pg_sys::ItemPointer,
    tuple: pg_sys::HeapTuple,
) {
    #[cfg(feature = "pg15")]
    {
        pg_sys::simple_heap_update(rel, otid, tuple)
    }
    #[cfg(feature = "pg18")]
    {
        let mut update_indexes = pg_sys::TU_UpdateIndexes::TU_None;
        pg_sys::simple_heap_update(rel, otid, tuple, &mut update_indexes)
    }
}

/// Whether `role` owns relation `relid` (or is a superuser). 16 replaced the per-class checks by
/// object_ownercheck.
pub unsafe fn owns_relation(relid: Oid, role: Oid) -> bool {
    #[cfg(feature = "pg15")]
    {
        pg_sys::pg_class_ownercheck(relid, role)
    }
    #[cfg(feature = "pg18")]
    {
        pg_sys::object_ownercheck(pg_sys::RelationRelationId, relid, role)
    }
}

/// Whether an ALTER TABLE subcommand adds a column (15 also had a separate "recursing" variant).
#[allow(non_upper_case_globals)]
pub fn is_add_column(t: pg_sys::AlterTableType::Type) -> bool {
    use pg_sys::AlterTableType::*;
    #[cfg(feature = "pg15")]
    {
        t == AT_AddColumn || t == AT_AddColumnRecurse
    }
    #[cfg(feature = "pg18")]
    {
        t == AT_AddColumn
    }
}

/// Whether an ALTER TABLE subcommand drops a column (15 also had a separate "recursing" variant).
#[allow(non_upper_case_globals)]
pub fn is_drop_column(t: pg_sys::AlterTableType::Type) -> bool {
    use pg_sys::AlterTableType::*;
    #[cfg(feature = "pg15")]
    {
        t == AT_DropColumn || t == AT_DropColumnRecurse
    }
    #[cfg(feature = "pg18")]
    {
        t == AT_DropColumn
    }
}

/// Makes SIGTERM end this process as it ends a backend (PostgreSQL's `die`): the next
/// CHECK_FOR_INTERRUPTS raises FATAL, which aborts the open transaction and exits, so a long
/// verification stops promptly and leaves nothing half-written. (18 installs backend signal
/// handlers with pqsignal_be.)
pub unsafe fn sigterm_dies() {
    // PostgreSQL's own handler, not pgrx's guarded wrapper of it: a signal handler is called by
    // the kernel, with C's calling convention.
    unsafe extern "C-unwind" {
        fn die(postgres_signal_arg: std::ffi::c_int);
    }
    #[cfg(feature = "pg15")]
    {
        pg_sys::pqsignal(pg_sys::SIGTERM as i32, Some(die));
    }
    #[cfg(feature = "pg18")]
    {
        pg_sys::pqsignal_be(pg_sys::SIGTERM as i32, Some(die));
    }
}
