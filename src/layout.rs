//! The physical layout of an audit table: where its chain columns are (the five of every format,
//! and from format 2 on the four provenance columns) and how its user columns are encoded. Shared
//! by the insert path, audit_enable and verification.

use crate::encoding::RowPlan;
use crate::error::{AuditError, Result};
use pgrx::pg_sys::{self, Datum, Oid};

/// The chain columns audit_enable adds, in this order.
pub const CHAIN_COLUMNS: [&str; 5] =
    ["audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash"];
pub const CHAIN_ID: usize = 0;
pub const SEQ: usize = 1;
pub const AT: usize = 2;
pub const PREV: usize = 3;
pub const HASH: usize = 4;

/// The provenance columns audit_enable adds after the five from row format 2 on, in this order,
/// with their types: who wrote the row (login and effective role), in which top-level transaction,
/// from which client address. Their values are hashed in the row's header (docs/FORMAT.md).
pub const PROVENANCE_COLUMNS: [(&str, &str); 4] = [
    ("audit_login", "text"),
    ("audit_role", "text"),
    ("audit_xid", "xid8"),
    ("audit_client", "inet"),
];
pub const LOGIN: usize = 0;
pub const ROLE: usize = 1;
pub const XID: usize = 2;
pub const CLIENT: usize = 3;

fn provenance_type(i: usize) -> Oid {
    [pg_sys::TEXTOID, pg_sys::TEXTOID, pg_sys::XID8OID, pg_sys::INETOID][i]
}

/// Whether `name` is a chain column of some row format: reserved on audit tables.
pub fn is_chain_column(name: &str) -> bool {
    CHAIN_COLUMNS.contains(&name) || PROVENANCE_COLUMNS.iter().any(|(c, _)| *c == name)
}

/// The row format of a table audit_chain has not registered (yet): 2 if it has the provenance
/// columns, all four with their types (a table audit_enable is making, or a table restored or
/// replicated from a format-2 audit table), else 1. Registered tables keep the format their
/// registration records.
pub unsafe fn format_of_columns(desc: pg_sys::TupleDesc) -> i32 {
    let attrs = crate::compat::attrs(desc);
    let all = (0..PROVENANCE_COLUMNS.len()).all(|i| {
        find_column(desc, PROVENANCE_COLUMNS[i].0)
            .is_some_and(|a| attrs[a].atttypid == provenance_type(i))
    });
    if all {
        2
    } else {
        1
    }
}

pub struct Layout {
    /// Zero-based attribute index of each chain column, in CHAIN_COLUMNS order.
    pub chain_attrs: [usize; 5],
    /// Row format 2 on: attribute index of each provenance column, in PROVENANCE_COLUMNS order.
    pub provenance: Option<[usize; 4]>,
    pub plan: RowPlan,
}

/// Attribute index of the live column `name`, if any.
pub unsafe fn find_column(desc: pg_sys::TupleDesc, name: &str) -> Option<usize> {
    crate::compat::attrs(desc).iter().position(|a| {
        !a.attisdropped
            && std::ffi::CStr::from_ptr(a.attname.data.as_ptr()).to_bytes() == name.as_bytes()
    })
}

/// Attribute indexes of the five chain columns, in CHAIN_COLUMNS order.
unsafe fn chain_attrs_of(desc: pg_sys::TupleDesc, table_name: &str) -> Result<[usize; 5]> {
    let mut chain_attrs = [0usize; 5];
    for (i, name) in CHAIN_COLUMNS.iter().enumerate() {
        chain_attrs[i] = find_column(desc, name).ok_or_else(|| {
            AuditError::Catalog(format!("chain column {name} of {table_name} is missing"))
        })?;
    }
    Ok(chain_attrs)
}

/// The chain index of the open table `rel` whose chain columns are at `chain_attrs`: the unique,
/// valid, live index on exactly (audit_chain_id, audit_seq), if the table has it intact.
/// Verification walks it, pruning deletes along it.
unsafe fn chain_index_of(rel: pg_sys::Relation, chain_attrs: &[usize; 5]) -> Option<Oid> {
    crate::catalog::index_oids(rel).into_iter().find(|&oid| {
        let idx = pg_sys::index_open(oid, pg_sys::AccessShareLock as i32);
        let form = (*idx).rd_index;
        let keys = (*form).indkey.values.as_slice((*form).indnkeyatts as usize);
        let ok = (*form).indisunique
            && (*form).indisvalid
            && (*form).indisready
            && (*form).indislive
            && (*form).indnkeyatts == 2
            && keys[0] as usize == chain_attrs[CHAIN_ID] + 1
            && keys[1] as usize == chain_attrs[SEQ] + 1
            // Ascending keys (no DESC, NULLS FIRST): the walk reads each chain upwards.
            && (0..2).all(|k| *(*idx).rd_indoption.add(k) == 0)
            && crate::catalog::index_is_plain(idx);
        pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
        ok
    })
}

/// Attribute indexes of the four provenance columns, checked to have their types: their values
/// are read as those types.
unsafe fn provenance_attrs_of(desc: pg_sys::TupleDesc, table_name: &str) -> Result<[usize; 4]> {
    let attrs = crate::compat::attrs(desc);
    let mut out = [0usize; 4];
    for (i, (name, ty)) in PROVENANCE_COLUMNS.iter().enumerate() {
        let a = find_column(desc, name).ok_or_else(|| {
            AuditError::Catalog(format!("chain column {name} of {table_name} is missing"))
        })?;
        if attrs[a].atttypid != provenance_type(i) {
            return Err(AuditError::Catalog(format!(
                "chain column {name} of {table_name} is not of type {ty}"
            )));
        }
        out[i] = a;
    }
    Ok(out)
}

impl Layout {
    /// The layout of the open table `rel`, of the row format its registration records (or, not
    /// registered, that its columns show: see `format_of_columns`).
    pub unsafe fn of(rel: pg_sys::Relation, table_name: &str) -> Result<Layout> {
        let format =
            match crate::catalog::audit_table((*rel).rd_id, crate::catalog::latest_snapshot()) {
                Ok(Some(t)) => t.format_version,
                _ => format_of_columns((*rel).rd_att),
            };
        Layout::of_format(rel, table_name, format)
    }

    pub unsafe fn of_format(
        rel: pg_sys::Relation,
        table_name: &str,
        format: i32,
    ) -> Result<Layout> {
        let desc = (*rel).rd_att;
        let chain_attrs = chain_attrs_of(desc, table_name)?;
        let provenance =
            if format >= 2 { Some(provenance_attrs_of(desc, table_name)?) } else { None };
        let mut skip = chain_attrs.to_vec();
        skip.extend(provenance.iter().flatten());
        let plan = RowPlan::new(desc, &skip).with_provenance(provenance);
        Ok(Layout { chain_attrs, provenance, plan })
    }

    /// The table's chain index (see `chain_index_of`).
    pub unsafe fn chain_index(&self, rel: pg_sys::Relation) -> Option<Oid> {
        chain_index_of(rel, &self.chain_attrs)
    }

    /// Whether an INSERT ... ON CONFLICT DO NOTHING can skip a row of this table after the chain
    /// trigger linked it: only if the table has a unique or exclusion index besides the chain
    /// index (the chain index itself never conflicts: sequence numbers are given under the chain's
    /// lock). Returns the chain index to confirm linked rows with (see `chain_row_exists`).
    pub unsafe fn skippable(&self, rel: pg_sys::Relation) -> Option<Oid> {
        let chain_index = self.chain_index(rel)?;
        let arbiter = crate::catalog::index_oids(rel).into_iter().any(|oid| {
            if oid == chain_index {
                return false;
            }
            let idx = pg_sys::index_open(oid, pg_sys::AccessShareLock as i32);
            let form = (*idx).rd_index;
            let unique = (*form).indisunique || (*form).indisexclusion;
            pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
            unique
        });
        arbiter.then_some(chain_index)
    }
}

/// Walks chain `chain` of table `relid` along its chain index `index`, from sequence number
/// `from` upwards (only `from` itself when `exact`), under `snapshot`, calling `f` with each row's
/// slot until it returns false.
/// Index scans plan nothing and run no user code: the extension reads audit tables this way,
/// never with SQL that would be planned (and could evaluate the table's index expressions) with
/// the rights of whoever runs it.
pub unsafe fn walk_chain(
    relid: Oid,
    index: Oid,
    chain: i32,
    from: i64,
    exact: bool,
    snapshot: pg_sys::Snapshot,
    mut f: impl FnMut(*mut pg_sys::TupleTableSlot) -> bool,
) {
    let rel = pg_sys::table_open(relid, pg_sys::AccessShareLock as i32);
    let idx = pg_sys::index_open(index, pg_sys::AccessShareLock as i32);
    let mut keys: [pg_sys::ScanKeyData; 2] = std::mem::zeroed();
    pg_sys::ScanKeyInit(
        &mut keys[0],
        1,
        pg_sys::BTEqualStrategyNumber as u16,
        Oid::from(pg_sys::F_INT4EQ),
        Datum::from(chain),
    );
    let (strategy, op) = if exact {
        (pg_sys::BTEqualStrategyNumber, pg_sys::F_INT8EQ)
    } else {
        (pg_sys::BTGreaterEqualStrategyNumber, pg_sys::F_INT8GE)
    };
    pg_sys::ScanKeyInit(&mut keys[1], 2, strategy as u16, Oid::from(op), Datum::from(from));
    let scan = crate::compat::index_beginscan(rel, idx, snapshot, 2, 0);
    pg_sys::index_rescan(scan, keys.as_mut_ptr(), 2, std::ptr::null_mut(), 0);
    let slot = pg_sys::table_slot_create(rel, std::ptr::null_mut());
    while pg_sys::index_getnext_slot(scan, pg_sys::ScanDirection::ForwardScanDirection, slot) {
        pgrx::check_for_interrupts!();
        if !f(slot) {
            break;
        }
    }
    pg_sys::ExecDropSingleTupleTableSlot(slot);
    pg_sys::index_endscan(scan);
    pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
    pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
}

/// Column `attr` (zero-based) of a slot, or None when it is NULL.
pub unsafe fn slot_value(slot: *mut pg_sys::TupleTableSlot, attr: usize) -> Option<Datum> {
    let mut isnull = false;
    let d = pg_sys::slot_getattr(slot, attr as i32 + 1, &mut isnull);
    (!isnull).then_some(d)
}

/// The rows of chain `chain` of an audit table, read through its chain index.
pub struct ChainReader {
    relid: Oid,
    index: Oid,
    attrs: [usize; 5],
}

/// One row as `ChainReader` returns it.
pub struct ChainRow {
    pub seq: i64,
    pub at: Option<i64>,
    pub hash: Option<Vec<u8>>,
}

impl ChainReader {
    /// None if the table's chain index is missing (verification reports that).
    pub fn of(relid: Oid) -> Option<ChainReader> {
        unsafe {
            // Only the chain columns and index: reading chain values needs no row plan.
            let rel = pg_sys::table_open(relid, pg_sys::AccessShareLock as i32);
            let r = chain_attrs_of((*rel).rd_att, "").ok().and_then(|attrs| {
                chain_index_of(rel, &attrs).map(|index| ChainReader { relid, index, attrs })
            });
            pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
            r
        }
    }

    /// Rows of `chain` from sequence number `from` on, under the active snapshot, while `f` says so.
    pub fn walk(&self, chain: i32, from: i64, mut f: impl FnMut(ChainRow) -> bool) {
        unsafe {
            walk_chain(
                self.relid,
                self.index,
                chain,
                from,
                false,
                pg_sys::GetActiveSnapshot(),
                |slot| {
                    let seq =
                        slot_value(slot, self.attrs[SEQ]).map_or(i64::MAX, |d| d.value() as i64);
                    let at = slot_value(slot, self.attrs[AT]).map(|d| d.value() as i64);
                    let hash = slot_value(slot, self.attrs[HASH])
                        .map(|d| crate::encoding::varlena_bytes(d).to_vec());
                    f(ChainRow { seq, at, hash })
                },
            )
        }
    }

    /// The first row of `chain` at or after sequence number `from`.
    pub fn first_from(&self, chain: i32, from: i64) -> Option<ChainRow> {
        let mut out = None;
        self.walk(chain, from, |row| {
            out = Some(row);
            false
        });
        out
    }
}

/// The rows of an audit table looked up one position at a time through its chain index, with one
/// index scan kept open and repositioned for each lookup (an index descent), under the snapshot
/// that was active when it was opened. Checking many anchors (every checkpoint record's) costs a
/// descent each, not an open and close of the table and its index.
pub struct ChainProbe {
    rel: pg_sys::Relation,
    idx: pg_sys::Relation,
    snap: pg_sys::Snapshot,
    scan: pg_sys::IndexScanDesc,
    slot: *mut pg_sys::TupleTableSlot,
    attrs: [usize; 5],
}

impl ChainProbe {
    /// None if the table's chain columns or chain index are missing (verification reports that).
    pub fn open(relid: Oid) -> Option<ChainProbe> {
        unsafe {
            let rel = pg_sys::table_open(relid, pg_sys::AccessShareLock as i32);
            let found = chain_attrs_of((*rel).rd_att, "")
                .ok()
                .and_then(|attrs| chain_index_of(rel, &attrs).map(|index| (attrs, index)));
            let Some((attrs, index)) = found else {
                pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
                return None;
            };
            let idx = pg_sys::index_open(index, pg_sys::AccessShareLock as i32);
            let snap = pg_sys::RegisterSnapshot(pg_sys::GetActiveSnapshot());
            let scan = crate::compat::index_beginscan(rel, idx, snap, 2, 0);
            let slot = pg_sys::table_slot_create(rel, std::ptr::null_mut());
            Some(ChainProbe { rel, idx, snap, scan, slot, attrs })
        }
    }

    /// The row at sequence number `seq` of `chain`, if there is one. (An equality on both keys,
    /// so that the index page is read up to that row only.)
    pub fn at(&mut self, chain: i32, seq: i64) -> Option<ChainRow> {
        self.first(chain, seq_key(pg_sys::BTEqualStrategyNumber, seq))
    }

    fn first(&mut self, chain: i32, seq: pg_sys::ScanKeyData) -> Option<ChainRow> {
        unsafe {
            let mut keys = [chain_key(chain), seq];
            pg_sys::index_rescan(self.scan, keys.as_mut_ptr(), 2, std::ptr::null_mut(), 0);
            if !pg_sys::index_getnext_slot(
                self.scan,
                pg_sys::ScanDirection::ForwardScanDirection,
                self.slot,
            ) {
                return None;
            }
            let slot = self.slot;
            let seq = slot_value(slot, self.attrs[SEQ]).map_or(i64::MAX, |d| d.value() as i64);
            let at = slot_value(slot, self.attrs[AT]).map(|d| d.value() as i64);
            let hash = slot_value(slot, self.attrs[HASH])
                .map(|d| crate::encoding::varlena_bytes(d).to_vec());
            Some(ChainRow { seq, at, hash })
        }
    }
}

impl Drop for ChainProbe {
    fn drop(&mut self) {
        // After an ERROR the transaction's abort releases all of it (and this may run while the
        // error unwinds): only the normal path closes it here.
        if std::thread::panicking() {
            return;
        }
        unsafe {
            pg_sys::ExecDropSingleTupleTableSlot(self.slot);
            pg_sys::index_endscan(self.scan);
            pg_sys::UnregisterSnapshot(self.snap);
            pg_sys::index_close(self.idx, pg_sys::AccessShareLock as i32);
            pg_sys::table_close(self.rel, pg_sys::AccessShareLock as i32);
        }
    }
}

/// Scan key of a chain index: audit_chain_id = `chain`.
pub fn chain_key(chain: i32) -> pg_sys::ScanKeyData {
    int_key(1, pg_sys::BTEqualStrategyNumber, pg_sys::F_INT4EQ, Datum::from(chain))
}

/// Scan key of a chain index: audit_seq compared with `seq` by a btree `strategy`.
pub fn seq_key(strategy: u32, seq: i64) -> pg_sys::ScanKeyData {
    let op = match strategy {
        pg_sys::BTLessStrategyNumber => pg_sys::F_INT8LT,
        pg_sys::BTLessEqualStrategyNumber => pg_sys::F_INT8LE,
        pg_sys::BTEqualStrategyNumber => pg_sys::F_INT8EQ,
        pg_sys::BTGreaterEqualStrategyNumber => pg_sys::F_INT8GE,
        _ => pg_sys::F_INT8GT,
    };
    int_key(2, strategy, op, Datum::from(seq))
}

/// Scan key of a chain index: audit_chain_id compared with `chain` by a btree `strategy`.
pub fn chain_range_key(strategy: u32, chain: i32) -> pg_sys::ScanKeyData {
    let op = match strategy {
        pg_sys::BTLessStrategyNumber => pg_sys::F_INT4LT,
        pg_sys::BTLessEqualStrategyNumber => pg_sys::F_INT4LE,
        pg_sys::BTEqualStrategyNumber => pg_sys::F_INT4EQ,
        pg_sys::BTGreaterEqualStrategyNumber => pg_sys::F_INT4GE,
        _ => pg_sys::F_INT4GT,
    };
    int_key(1, strategy, op, Datum::from(chain))
}

/// Scan key of a chain index: column `attno` (1 = audit_chain_id, 2 = audit_seq) IS NULL.
pub fn null_key(attno: i16) -> pg_sys::ScanKeyData {
    unsafe {
        let mut k: pg_sys::ScanKeyData = std::mem::zeroed();
        pg_sys::ScanKeyEntryInitialize(
            &mut k,
            (pg_sys::SK_ISNULL | pg_sys::SK_SEARCHNULL) as i32,
            attno,
            0, // InvalidStrategy: an IS NULL key compares nothing
            pg_sys::InvalidOid,
            pg_sys::InvalidOid,
            pg_sys::InvalidOid,
            Datum::from(0usize),
        );
        k
    }
}

fn int_key(attno: i16, strategy: u32, op: u32, arg: Datum) -> pg_sys::ScanKeyData {
    unsafe {
        let mut k: pg_sys::ScanKeyData = std::mem::zeroed();
        pg_sys::ScanKeyInit(&mut k, attno, strategy as u16, Oid::from(op), arg);
        k
    }
}

/// Whether row (`chain`, `seq`) of table `relid` exists as this transaction sees it, its own
/// current command included (SnapshotSelf): a row that ON CONFLICT DO NOTHING skipped, or whose
/// speculative insertion was undone, is not there.
pub unsafe fn chain_row_exists(relid: Oid, index: Oid, chain: i32, seq: i64) -> bool {
    let mut snap: pg_sys::SnapshotData = std::mem::zeroed();
    snap.snapshot_type = pg_sys::SnapshotType::SNAPSHOT_SELF;
    let mut found = false;
    walk_chain(relid, index, chain, seq, true, &mut snap, |_| {
        found = true;
        false
    });
    found
}
