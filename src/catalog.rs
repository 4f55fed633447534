//! Access to the extension's own catalog tables in schema `audit_chain`. The insert path reads and
//! writes them with plain heap access rather than SQL: it runs as whatever role is inserting, must
//! see the newest committed chain heads whatever that transaction's isolation level, and must stay
//! cheap enough to run once per transaction.

use crate::encoding::Hash;
use crate::error::{AuditError, Result};
use pgrx::pg_sys::{self, Datum, Oid};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CStr;

pub const SCHEMA: &CStr = c"audit_chain";
const TABLES: &CStr = c"tables";
const TABLES_KEY: &CStr = c"tables_pkey";
const HEADS: &CStr = c"chain_heads";
const HEADS_KEY: &CStr = c"chain_heads_pkey";
const BASES: &CStr = c"chain_bases";
const BASES_KEY: &CStr = c"chain_bases_pkey";
pub const CHECKPOINTS: &CStr = c"checkpoints";

/// One row of `audit_chain.tables`.
#[derive(Clone, Debug)]
pub struct AuditTable {
    pub relid: Oid,
    pub table_uuid: [u8; 16],
    pub chains: i32,
    /// Takes rows with their chain values, only if they extend its chains (replica mode).
    pub replica: bool,
    /// Registered by audit_adopt: restored or replicated from another database.
    pub adopted: bool,
    /// The row format its rows are hashed with (docs/FORMAT.md).
    pub format_version: i32,
}

/// A chain: where it ends (its row of `audit_chain.chain_heads`, which the insert path updates)
/// and where it starts: where a prune moved its base (its row of `audit_chain.chain_bases`, which
/// only pruning writes), or else where it began (`chain_heads.base_*`, written when the chain is
/// registered or added and never changed since 0.6.0). Pruning thus never touches a row a writer
/// updates, and takes no chain lock.
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

impl Head {
    /// A head that is not (yet) a row of `chain_heads`.
    pub fn new(
        chain: i32,
        seq: i64,
        hash: Hash,
        recorded_at: Option<i64>,
        base: (i64, Hash),
    ) -> Head {
        Head {
            chain,
            seq,
            hash,
            recorded_at,
            base_seq: base.0,
            base_hash: base.1,
            tid: pg_sys::ItemPointerData::default(),
        }
    }
}

/// Registers audit table `t` with its retention (interval text) and the head of each chain: what
/// audit_enable and audit_adopt write. Runs as the extension's owner, with SPI arguments.
pub fn register(t: &AuditTable, retention: &str, heads: &[Head]) -> Result<()> {
    use pgrx::prelude::*;
    // A table audit_enable registers names only the columns every release's catalog has: the
    // new library also runs with an earlier release's objects until ALTER EXTENSION UPDATE.
    let plain = !t.replica && !t.adopted && retention == "0 seconds";
    let run = || -> std::result::Result<(), pgrx::spi::Error> {
        let args = [
            t.relid.into(),
            crate::util::uuid_text(&t.table_uuid).into(),
            t.chains.into(),
            t.format_version.into(),
            retention.into(),
            t.replica.into(),
            t.adopted.into(),
        ];
        if plain {
            Spi::run_with_args(
                "INSERT INTO audit_chain.tables (relid, table_uuid, chains, format_version) \
                 VALUES ($1, $2::pg_catalog.uuid, $3, $4)",
                &args[..4],
            )?;
        } else {
            Spi::run_with_args(
                "INSERT INTO audit_chain.tables (relid, table_uuid, chains, format_version, retention, replica, adopted_at) \
                 VALUES ($1, $2::pg_catalog.uuid, $3, $4, $5::pg_catalog.interval, $6, \
                         CASE WHEN $7 THEN pg_catalog.now() END)",
                &args,
            )?;
        }
        Ok(())
    };
    crate::util::as_extension_owner(run)?.map_err(|e| AuditError::Catalog(e.to_string()))?;
    for h in heads {
        insert_chain(t.relid, h)?;
    }
    Ok(())
}

thread_local! {
    /// OIDs of the catalog tables and their key indexes, looked up once per backend and forgotten
    /// when PostgreSQL invalidates one of them (DROP EXTENSION, for one): see `forget`.
    static OIDS: RefCell<HashMap<&'static CStr, Oid>> = RefCell::new(HashMap::new());
    /// Whether every index of a catalog table the insert path writes is a plain column index
    /// (see `indexes_are_plain`), by table.
    static PLAIN_INDEXES: RefCell<HashMap<Oid, bool>> = RefCell::new(HashMap::new());
}

/// Whether `relid` is one of the extension's own tables (schema audit_chain).
pub fn is_catalog_table(relid: Oid) -> bool {
    unsafe {
        let ns = pg_sys::get_namespace_oid(SCHEMA.as_ptr(), true);
        ns != pg_sys::InvalidOid
            && relid != pg_sys::InvalidOid
            && pg_sys::get_rel_namespace(relid) == ns
    }
}

/// Called for every relcache invalidation: drops the cached OIDs if `relid` is one of them.
pub fn forget(relid: Oid) {
    OIDS.with(|o| {
        let mut o = o.borrow_mut();
        if relid == pg_sys::InvalidOid || o.values().any(|&v| v == relid) {
            o.clear();
            PLAIN_INDEXES.with(|p| p.borrow_mut().clear());
        }
    });
}

fn cached(name: &'static CStr, lookup: impl FnOnce() -> Oid) -> Oid {
    if let Some(oid) = OIDS.with(|o| o.borrow().get(name).copied()) {
        return oid;
    }
    let oid = lookup();
    if oid != pg_sys::InvalidOid {
        OIDS.with(|o| o.borrow_mut().insert(name, oid));
    }
    oid
}

fn relation_in_schema(name: &CStr) -> Oid {
    unsafe {
        let ns = pg_sys::get_namespace_oid(SCHEMA.as_ptr(), true);
        if ns == pg_sys::InvalidOid {
            ns
        } else {
            pg_sys::get_relname_relid(name.as_ptr(), ns)
        }
    }
}

pub fn catalog_oid(name: &'static CStr) -> Result<Oid> {
    let oid = cached(name, || relation_in_schema(name));
    if oid == pg_sys::InvalidOid {
        return Err(AuditError::Catalog(format!(
            "table audit_chain.{} is missing",
            name.to_string_lossy()
        )));
    }
    Ok(oid)
}

/// The OIDs of the indexes of the open relation `rel`.
pub unsafe fn index_oids(rel: pg_sys::Relation) -> Vec<Oid> {
    let list = pg_sys::RelationGetIndexList(rel);
    if list.is_null() {
        return Vec::new();
    }
    let oids = (0..(*list).length as usize).map(|i| (*(*list).elements.add(i)).oid_value).collect();
    pg_sys::list_free(list);
    oids
}

/// Whether the open index `idx` has only plain columns: no expressions, no predicate, no exclusion
/// constraint. (`rd_indexprs` and `rd_indpred` are filled lazily, so pg_index is read.)
pub unsafe fn index_is_plain(idx: pg_sys::Relation) -> bool {
    let tuple = (*idx).rd_indextuple;
    let null = |attnum: u32| pg_sys::heap_attisnull(tuple, attnum as i32, std::ptr::null_mut());
    null(pg_sys::Anum_pg_index_indexprs)
        && null(pg_sys::Anum_pg_index_indpred)
        && !(*(*idx).rd_index).indisexclusion
}

/// Whether `CatalogTupleUpdate` can maintain every index of the open relation `rel`: it handles
/// plain column indexes only (and crashes on an expression index). Cached per backend; an
/// index created or dropped on `chain_heads` invalidates its relcache entry, which clears it.
unsafe fn indexes_are_plain(rel: pg_sys::Relation) -> bool {
    let relid = (*rel).rd_id;
    if let Some(plain) = PLAIN_INDEXES.with(|p| p.borrow().get(&relid).copied()) {
        return plain;
    }
    let mut plain = true;
    for oid in index_oids(rel) {
        let idx = pg_sys::index_open(oid, pg_sys::AccessShareLock as i32);
        plain &= index_is_plain(idx);
        pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
    }
    PLAIN_INDEXES.with(|p| p.borrow_mut().insert(relid, plain));
    plain
}

/// The unique index `index` of catalog table `table` whose key columns are exactly the table's
/// first `keys` columns, if it is there and valid. Lookups fall back to a heap scan without it.
fn key_index(table: Oid, index: &'static CStr, keys: usize) -> Option<Oid> {
    let oid = cached(index, || unsafe {
        let oid = relation_in_schema(index);
        if oid == pg_sys::InvalidOid {
            return oid;
        }
        let idx = pg_sys::index_open(oid, pg_sys::AccessShareLock as i32);
        let form = &*(*idx).rd_index;
        let cols = form.indkey.values.as_slice(form.indnatts as usize);
        let fits = form.indrelid == table
            && form.indisunique
            && form.indisvalid
            && form.indisready
            && form.indnkeyatts as usize == keys
            && index_is_plain(idx)
            && cols.iter().enumerate().all(|(i, &c)| c as usize == i + 1);
        pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
        if fits {
            oid
        } else {
            pg_sys::InvalidOid
        }
    });
    (oid != pg_sys::InvalidOid).then_some(oid)
}

unsafe fn hash_of(d: Datum) -> Hash {
    let bytes = crate::encoding::varlena_bytes(d);
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

/// A key column value: the datum and the equality function of its type (`F_OIDEQ`, ...). Key
/// columns are pass-by-value types.
type Key = (Datum, u32);

/// Like `scan`, but only for the tuples whose first columns equal `keys`: through `index` (see
/// `key_index`) when there is one, so the cost does not grow with the number of audit tables;
/// otherwise by scanning the whole table.
unsafe fn lookup(
    table: Oid,
    index: Option<Oid>,
    keys: &[Key],
    snapshot: pg_sys::Snapshot,
    mut f: impl FnMut(&[Datum], &[bool], pg_sys::ItemPointerData),
) {
    let Some(index) = index else {
        return scan(table, snapshot, |v, n, tid| {
            if keys.iter().enumerate().all(|(i, k)| !n[i] && v[i].value() == k.0.value()) {
                f(v, n, tid)
            }
        });
    };
    let rel = pg_sys::table_open(table, pg_sys::AccessShareLock as i32);
    let idx = pg_sys::index_open(index, pg_sys::AccessShareLock as i32);
    let mut scankeys: Vec<pg_sys::ScanKeyData> = keys
        .iter()
        .enumerate()
        .map(|(i, &(value, eq))| {
            let mut k: pg_sys::ScanKeyData = std::mem::zeroed();
            pg_sys::ScanKeyInit(
                &mut k,
                (i + 1) as pg_sys::AttrNumber,
                pg_sys::BTEqualStrategyNumber as u16,
                Oid::from(eq),
                value,
            );
            k
        })
        .collect();
    let n = scankeys.len() as i32;
    let scan = crate::compat::index_beginscan(rel, idx, snapshot, n, 0);
    pg_sys::index_rescan(scan, scankeys.as_mut_ptr(), n, std::ptr::null_mut(), 0);
    let slot = pg_sys::table_slot_create(rel, std::ptr::null_mut());
    let natts = (*(*rel).rd_att).natts as usize;
    while pg_sys::index_getnext_slot(scan, pg_sys::ScanDirection::ForwardScanDirection, slot) {
        pg_sys::slot_getallattrs(slot);
        let values = std::slice::from_raw_parts((*slot).tts_values, natts);
        let nulls = std::slice::from_raw_parts((*slot).tts_isnull, natts);
        f(values, nulls, (*slot).tts_tid);
    }
    pg_sys::ExecDropSingleTupleTableSlot(slot);
    pg_sys::index_endscan(scan);
    pg_sys::index_close(idx, pg_sys::AccessShareLock as i32);
    pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
}

/// The newest committed state, as seen by a transaction that holds a chain's lock.
pub fn latest_snapshot() -> pg_sys::Snapshot {
    unsafe { pg_sys::GetLatestSnapshot() }
}

pub fn active_snapshot() -> pg_sys::Snapshot {
    unsafe { pg_sys::GetActiveSnapshot() }
}

unsafe fn table_row(v: &[Datum], n: &[bool]) -> Option<AuditTable> {
    if n[0] || n[1] || n[2] {
        return None;
    }
    let mut table_uuid = [0u8; 16];
    table_uuid.copy_from_slice(std::slice::from_raw_parts(v[1].cast_mut_ptr::<u8>(), 16));
    // replica and adopted_at (columns 8 and 9) exist from 0.5.0 on: absent while the SQL objects
    // of an older release are in place.
    Some(AuditTable {
        relid: Oid::from(v[0].value() as u32),
        table_uuid,
        chains: v[2].value() as i32,
        replica: v.len() > 7 && !n[7] && v[7].value() != 0,
        adopted: v.len() > 8 && !n[8],
        format_version: if n[3] { 1 } else { v[3].value() as i32 },
    })
}

pub fn audit_tables(snapshot: pg_sys::Snapshot) -> Result<Vec<AuditTable>> {
    let oid = catalog_oid(TABLES)?;
    let mut out = Vec::new();
    unsafe {
        let snap = pg_sys::RegisterSnapshot(snapshot);
        scan(oid, snap, |v, n, _| out.extend(table_row(v, n)));
        pg_sys::UnregisterSnapshot(snap);
    }
    Ok(out)
}

pub fn audit_table(relid: Oid, snapshot: pg_sys::Snapshot) -> Result<Option<AuditTable>> {
    let oid = catalog_oid(TABLES)?;
    let mut out = None;
    unsafe {
        let snap = pg_sys::RegisterSnapshot(snapshot);
        let keys = [(Datum::from(relid.to_u32()), pg_sys::F_OIDEQ)];
        lookup(oid, key_index(oid, TABLES_KEY, 1), &keys, snap, |v, n, _| {
            out = out.take().or_else(|| table_row(v, n));
        });
        pg_sys::UnregisterSnapshot(snap);
    }
    Ok(out)
}

/// Whether this database's objects predate `chain_bases` (releases before 0.6.0, until ALTER
/// EXTENSION UPDATE): then a prune moves a chain's base in its head row, under the chain's lock.
pub fn legacy_bases() -> bool {
    cached(BASES, || relation_in_schema(BASES)) == pg_sys::InvalidOid
}

fn head_of(v: &[Datum], n: &[bool], tid: pg_sys::ItemPointerData) -> Option<Head> {
    if n[1] || n[2] || n[3] || n[5] || n[6] {
        return None;
    }
    Some(Head {
        chain: v[1].value() as i32,
        seq: v[2].value() as i64,
        hash: unsafe { hash_of(v[3]) },
        recorded_at: if n[4] { None } else { Some(v[4].value() as i64) },
        base_seq: v[5].value() as i64,
        base_hash: unsafe { hash_of(v[6]) },
        tid,
    })
}

/// Heads of `relid`'s chains (all of them when `chain` is None), sorted by chain, each with its
/// base: where a prune moved it (`chain_bases`), else where the chain began (`chain_heads`).
pub fn heads(relid: Oid, chain: Option<i32>, snapshot: pg_sys::Snapshot) -> Result<Vec<Head>> {
    let mut out = read_heads(relid, chain, snapshot)?;
    if !legacy_bases() {
        let mut bases = HashMap::new();
        chain_rows(BASES, BASES_KEY, relid, chain, snapshot, |v, n, _| {
            if !(n[1] || n[2] || n[3]) {
                bases.insert(v[1].value() as i32, (v[2].value() as i64, unsafe { hash_of(v[3]) }));
            }
        })?;
        for h in &mut out {
            if let Some(&(seq, hash)) = bases.get(&h.chain) {
                h.base_seq = seq;
                h.base_hash = hash;
            }
        }
    }
    Ok(out)
}

/// The rows of catalog table `table`, keyed by (relid, chain) through its index `key`, of
/// `relid` (and of `chain` when given), under `snapshot`.
fn chain_rows(
    table: &'static CStr,
    key: &'static CStr,
    relid: Oid,
    chain: Option<i32>,
    snapshot: pg_sys::Snapshot,
    f: impl FnMut(&[Datum], &[bool], pg_sys::ItemPointerData),
) -> Result<()> {
    let oid = catalog_oid(table)?;
    unsafe {
        let snap = pg_sys::RegisterSnapshot(snapshot);
        let mut keys = vec![(Datum::from(relid.to_u32()), pg_sys::F_OIDEQ)];
        keys.extend(chain.map(|c| (Datum::from(c), pg_sys::F_INT4EQ)));
        lookup(oid, key_index(oid, key, 2), &keys, snap, f);
        pg_sys::UnregisterSnapshot(snap);
    }
    Ok(())
}

/// The head of chain `chain` of `relid` as the insert path needs it: its `chain_heads` row, which
/// it writes back as it read it but for the end (never the base a prune moved: see `heads`).
pub fn chain_head(relid: Oid, chain: i32, snapshot: pg_sys::Snapshot) -> Result<Option<Head>> {
    Ok(read_heads(relid, Some(chain), snapshot)?.into_iter().next())
}

/// The head of chain `chain` of `relid` if the `chain_heads` row version at `tid` (the one this
/// backend last read or wrote) is still the chain's head under `snapshot`: fetched by its TID, without
/// the index. None when that version is no longer visible (another transaction, a prune, a
/// superuser or an aborted commit changed it) or the TID now holds another row (a rewrite): the
/// caller then reads the head through the index. The caller holds the lock `pin_heads` takes.
///
/// This saves the index descent and the walk along the head row's HOT chain, about a twentieth of
/// a one-row transaction's time (bench/HISTORY.md).
pub fn chain_head_at(
    relid: Oid,
    chain: i32,
    tid: pg_sys::ItemPointerData,
    snapshot: pg_sys::Snapshot,
) -> Result<Option<Head>> {
    let oid = catalog_oid(HEADS)?;
    let mut out = None;
    unsafe {
        let rel = pg_sys::table_open(oid, pg_sys::NoLock as i32);
        let block = (u32::from(tid.ip_blkid.bi_hi) << 16) | u32::from(tid.ip_blkid.bi_lo);
        let nblocks =
            pg_sys::RelationGetNumberOfBlocksInFork(rel, pg_sys::ForkNumber::MAIN_FORKNUM);
        if block < nblocks {
            let snap = pg_sys::RegisterSnapshot(snapshot);
            let mut tuple: pg_sys::HeapTupleData = std::mem::zeroed();
            tuple.t_self = tid;
            let mut buf: pg_sys::Buffer = pg_sys::InvalidBuffer as pg_sys::Buffer;
            if pg_sys::heap_fetch(rel, snap, &mut tuple, &mut buf, false) {
                let desc = (*rel).rd_att;
                let natts = (*desc).natts as usize;
                let mut v = vec![Datum::from(0usize); natts];
                let mut n = vec![true; natts];
                pg_sys::heap_deform_tuple(&mut tuple, desc, v.as_mut_ptr(), n.as_mut_ptr());
                if !n[0] && v[0].value() as u32 == relid.to_u32() {
                    out = head_of(&v, &n, tid).filter(|h| h.chain == chain);
                }
                // Index scans prune the page as they pass; this read must too, or the head's
                // updates would soon find no room on it and stop being HOT.
                pg_sys::heap_page_prune_opt(rel, buf);
                pg_sys::ReleaseBuffer(buf);
            }
            pg_sys::UnregisterSnapshot(snap);
        }
        pg_sys::table_close(rel, pg_sys::NoLock as i32);
    }
    Ok(out)
}

fn read_heads(relid: Oid, chain: Option<i32>, snapshot: pg_sys::Snapshot) -> Result<Vec<Head>> {
    let mut out = Vec::new();
    chain_rows(HEADS, HEADS_KEY, relid, chain, snapshot, |v, n, tid| {
        out.extend(head_of(v, n, tid))
    })?;
    out.sort_by_key(|h| h.chain);
    Ok(out)
}

/// Locks `chain_heads` against rewrites (VACUUM FULL, CLUSTER, ALTER TABLE) until this transaction
/// ends: the insert path keeps a head row's TID from reading it to updating it at commit.
pub fn pin_heads() -> Result<()> {
    let oid = catalog_oid(HEADS)?;
    unsafe { pg_sys::LockRelationOid(oid, pg_sys::RowExclusiveLock as i32) };
    Ok(())
}

/// Opens catalog table `name` for writing, refusing when one of its indexes is one that
/// `CatalogTupleInsert`/`CatalogTupleUpdate` cannot maintain.
unsafe fn open_for_write(name: &'static CStr) -> Result<pg_sys::Relation> {
    let oid = catalog_oid(name)?;
    let rel = pg_sys::table_open(oid, pg_sys::RowExclusiveLock as i32);
    if !indexes_are_plain(rel) {
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
        return Err(AuditError::InvalidState(format!(
            "audit_chain.{} has an index with expressions, a predicate or an exclusion \
             constraint, which audit_chain cannot maintain: drop that index",
            name.to_string_lossy()
        )));
    }
    Ok(rel)
}

/// A `chain_heads` tuple for `head`.
unsafe fn head_tuple(rel: pg_sys::Relation, relid: Oid, head: &Head) -> pg_sys::HeapTuple {
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
    pg_sys::heap_form_tuple((*rel).rd_att, values.as_mut_ptr(), nulls.as_mut_ptr())
}

/// Replaces a chain's head row in place. Runs at commit under the chain's lock, so no other
/// transaction can be updating the same row (pruning moves bases in `chain_bases`).
/// Returns the TID of the row's new version.
pub fn write_head(relid: Oid, head: &Head) -> Result<pg_sys::ItemPointerData> {
    unsafe {
        let rel = open_for_write(HEADS)?;
        let tup = head_tuple(rel, relid, head);
        let mut tid = head.tid;
        // Like simple_heap_update, plus the key index entry when the new row version does not
        // stay on the page (the key never changes, so updates are usually HOT and skip it).
        pg_sys::CatalogTupleUpdate(rel, &mut tid, tup);
        let new_tid = (*tup).t_self;
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
        Ok(new_tid)
    }
}

/// Records a new chain of `relid`, beginning at `head`'s base. Returns the head row's TID (the
/// insert path updates it at commit). A writer adding a chain runs this under the chain's lock.
pub fn insert_chain(relid: Oid, head: &Head) -> Result<pg_sys::ItemPointerData> {
    unsafe {
        let rel = open_for_write(HEADS)?;
        let tup = head_tuple(rel, relid, head);
        pg_sys::CatalogTupleInsert(rel, tup);
        let tid = (*tup).t_self;
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
        pg_sys::CommandCounterIncrement();
        Ok(tid)
    }
}

/// Moves where chain `chain` of `relid` starts (a prune): its `chain_bases` row, replaced or
/// inserted. (In `legacy_bases` objects the base is in the head row: see prune.rs.) Two prunes of
/// a table take turns, so no other transaction is changing the row.
pub fn write_base(relid: Oid, chain: i32, seq: i64, hash: &[u8; 32]) -> Result<()> {
    unsafe {
        let rel = open_for_write(BASES)?;
        let desc = (*rel).rd_att;
        let natts = (*desc).natts as usize;
        let mut values = vec![Datum::from(0usize); natts];
        let mut nulls = vec![true; natts];
        let h = pgrx::varlena::rust_byte_slice_to_bytea(hash).into_pg();
        for (i, d) in
            [Datum::from(relid.to_u32()), Datum::from(chain), Datum::from(seq), Datum::from(h)]
                .into_iter()
                .enumerate()
                .take(natts)
        {
            values[i] = d;
            nulls[i] = false;
        }
        let tup = pg_sys::heap_form_tuple(desc, values.as_mut_ptr(), nulls.as_mut_ptr());
        {
            let oid = (*rel).rd_id;
            let mut found = None;
            let keys = [
                (Datum::from(relid.to_u32()), pg_sys::F_OIDEQ),
                (Datum::from(chain), pg_sys::F_INT4EQ),
            ];
            let snap = pg_sys::RegisterSnapshot(pg_sys::GetLatestSnapshot());
            lookup(oid, key_index(oid, BASES_KEY, 2), &keys, snap, |_, _, tid| found = Some(tid));
            pg_sys::UnregisterSnapshot(snap);
            match found {
                Some(mut tid) => pg_sys::CatalogTupleUpdate(rel, &mut tid, tup),
                None => pg_sys::CatalogTupleInsert(rel, tup),
            }
        }
        pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
    }
    Ok(())
}
