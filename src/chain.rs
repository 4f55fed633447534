//! Chain state of the current transaction: which chain it writes to for each audit table, and
//! where that chain's head is. This is what keeps bulk inserts linear: the head is read once per
//! transaction (under the chain's lock, from `audit_chain.chain_heads`), advanced in backend
//! memory for every row, and written back once, just before commit.
//!
//! Savepoints: each change is stamped with the subtransaction that made it; rolling back to a
//! savepoint drops the changes stamped by it and its children, exactly as PostgreSQL drops their
//! rows, so the chain never links to a row that no longer exists.

use crate::catalog::{self, Head};
use crate::encoding::Hash;
use crate::error::{AuditError, Result};
use pgrx::pg_sys::{self, Oid, SubTransactionId};
use pgrx::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// Marks our advisory locks in pg_locks (objsubid) and keeps them apart from the locks taken by
/// pg_advisory_lock(), which use 1 and 2 here.
const LOCK_TAG_KIND: u16 = 0xAC1E;

#[derive(Clone, Copy)]
struct Frame {
    subxid: SubTransactionId,
    seq: i64,
    hash: Hash,
    recorded_at: Option<i64>,
}

/// The last row linked into a chain of a table that INSERT ... ON CONFLICT DO NOTHING may write:
/// PostgreSQL decides whether to skip a row only after the chain trigger linked it. Before the
/// chain is used again, the row is looked up; if it was skipped, the chain goes back to the link
/// before it, so the next row takes its place and no gap is left.
#[derive(Clone, Copy)]
struct Pending {
    subxid: SubTransactionId,
    seq: i64,
    prev: Hash,
    prev_at: Option<i64>,
    chain_index: Oid,
}

struct TxChain {
    read: Head,
    frames: Vec<Frame>,
    pending: Option<Pending>,
}

thread_local! {
    /// Keyed by table and chain. A transaction takes one chain per table, except on a replica
    /// table (rows arrive with their chain) where it may hold several.
    static TX: RefCell<HashMap<(Oid, i32), TxChain>> = RefCell::new(HashMap::new());
    /// Set once this transaction's chain heads were written (at pre-commit): a row inserted after
    /// that, e.g. by another extension's pre-commit callback, would commit past the recorded head.
    static HEADS_WRITTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Tables an INSERT ... ON CONFLICT DO NOTHING ran on in this transaction (seen by the
    /// ExecutorStart hook): their linked rows are confirmed before the chain moves on.
    static DO_NOTHING: RefCell<std::collections::HashSet<Oid>> = RefCell::new(std::collections::HashSet::new());
    /// Set when the library was loaded inside a transaction: the statements already running then
    /// passed ExecutorStart before the hook existed, so every linked row is confirmed until the
    /// transaction ends.
    static CONFIRM_ALL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called by the ExecutorStart hook for an INSERT ... ON CONFLICT DO NOTHING into `relid`.
pub fn note_do_nothing(relid: Oid) {
    DO_NOTHING.with(|d| d.borrow_mut().insert(relid));
}

/// Called when the library is loaded: see `CONFIRM_ALL`.
pub fn note_loaded() {
    if unsafe { pg_sys::IsTransactionState() } {
        CONFIRM_ALL.with(|c| c.set(true));
    }
}

/// The chains of `relid` this transaction holds.
fn held(relid: Oid) -> Vec<i32> {
    TX.with(|tx| tx.borrow().keys().filter(|k| k.0 == relid).map(|k| k.1).collect())
}

/// If the last row linked into one of `relid`'s chains was not inserted after all (ON CONFLICT DO
/// NOTHING skipped it), takes the chain back to the link before it.
fn settle(relid: Oid) {
    for chain in held(relid) {
        settle_chain(relid, chain);
    }
}

fn settle_chain(relid: Oid, chain: i32) {
    let key = (relid, chain);
    let pending = TX.with(|tx| tx.borrow().get(&key).and_then(|c| c.pending));
    let Some(p) = pending else { return };
    // The lookup may raise an ERROR (a cancel): the pending row stays pending until it succeeds.
    let exists = unsafe { crate::layout::chain_row_exists(relid, p.chain_index, chain, p.seq) };
    TX.with(|tx| {
        let mut tx = tx.borrow_mut();
        let Some(c) = tx.get_mut(&key) else { return };
        c.pending = None;
        if exists {
            return;
        }
        if let Some(top) = c.frames.last_mut().filter(|top| top.seq == p.seq) {
            top.seq = p.seq - 1;
            top.hash = p.prev;
            top.recorded_at = p.prev_at;
        }
    });
}

/// Where the next row of a chain goes.
pub struct Link {
    pub chain: i32,
    pub seq: i64,
    pub prev: Hash,
    pub prev_at: Option<i64>,
}

pub fn chain_locktag(relid: Oid, chain: i32) -> pg_sys::LOCKTAG {
    pg_sys::LOCKTAG {
        locktag_field1: unsafe { pg_sys::MyDatabaseId }.to_u32(),
        locktag_field2: relid.to_u32(),
        locktag_field3: chain as u32,
        locktag_field4: LOCK_TAG_KIND,
        locktag_type: pg_sys::LockTagType::LOCKTAG_ADVISORY as u8,
        locktag_lockmethodid: pg_sys::USER_LOCKMETHOD as u8,
    }
}

fn lock_chain(relid: Oid, chain: i32, wait: bool) -> bool {
    let tag = chain_locktag(relid, chain);
    let r = unsafe { pg_sys::LockAcquire(&tag, pg_sys::ExclusiveLock as i32, false, !wait) };
    r != pg_sys::LockAcquireResult::LOCKACQUIRE_NOT_AVAIL
}

/// The "chain" whose lock two prunes of one table take in turn (chains are numbered from 0).
pub const PRUNE_LOCK: i32 = -1;

/// Most chains a table can have (audit_enable's limit, and how far writers add chains).
pub const MAX_CHAINS: i32 = 1024;

thread_local! {
    /// Per table, how many chain numbers this backend has seen in use, and the chain it took last:
    /// hints where to look first. A backend that goes on writing finds its last chain free again
    /// (no other writer starts there), so under a steady load each takes a chain at its first try.
    static KNOWN: RefCell<HashMap<Oid, (i32, i32)>> = RefCell::new(HashMap::new());
    /// Per table and chain, the TID of the `chain_heads` row version this backend last read or
    /// wrote: the next transaction taking the chain looks there first (`catalog::chain_head_at`).
    /// Only a hint: a version that is no longer the head is not used.
    static HEAD_TIDS: RefCell<HashMap<(Oid, i32), pg_sys::ItemPointerData>> = RefCell::new(HashMap::new());
}

fn release_chain(relid: Oid, chain: i32) {
    let tag = chain_locktag(relid, chain);
    unsafe { pg_sys::LockRelease(&tag, pg_sys::ExclusiveLock as i32, false) };
}

/// What the insert path knows of a table when it takes a chain.
pub struct TableChains<'a> {
    pub relid: Oid,
    /// The chains audit_enable created: they always exist.
    pub min_chains: i32,
    pub table_uuid: &'a [u8; 16],
}

impl TableChains<'_> {
    fn name(&self) -> String {
        crate::util::qualified_name(self.relid)
    }
}

/// The link for the next row this transaction inserts into `t`'s table.
///
/// A transaction takes a chain of the table for itself until it ends: the first free one, starting
/// from the chain this backend took last (at first, from a place that depends on the backend, so
/// that concurrent writers spread out). When every chain is busy it adds a chain (a new row of
/// `chain_heads`, starting at the chain's genesis hash) rather than wait: writers never wait for
/// each other, however many there are, up to `MAX_CHAINS` chains (then it waits for one, through
/// the lock manager, so that its deadlock detector covers it).
pub fn next_link(t: &TableChains) -> Result<Link> {
    let relid = t.relid;
    if HEADS_WRITTEN.with(|w| w.get()) {
        return Err(AuditError::InvalidState(format!(
            "cannot insert into audit table {} while the transaction commits: its chain heads were already written",
            t.name()
        )));
    }
    // Outside replica mode a transaction holds at most one chain of a table: found without
    // allocating (this runs for every row).
    let chain = TX.with(|tx| tx.borrow().keys().find(|k| k.0 == relid).map(|k| k.1));
    if let Some(chain) = chain {
        settle_chain(relid, chain);
        return Ok(own_link(relid, chain));
    }
    let (known, last) = KNOWN.with(|k| k.borrow().get(&relid).copied()).unwrap_or((0, -1));
    let known = known.max(t.min_chains);
    let start = if (0..known).contains(&last) {
        last
    } else {
        unsafe { pg_sys::MyProcPid }.rem_euclid(known)
    };
    let candidates = (0..known).map(|i| (start + i) % known).chain(known..MAX_CHAINS);
    for c in candidates {
        if !lock_chain(relid, c, false) {
            continue;
        }
        match take_chain(t, c)? {
            Some(link) => {
                KNOWN.with(|k| k.borrow_mut().insert(relid, (known.max(c + 1), c)));
                return Ok(link);
            }
            None => release_chain(relid, c),
        }
    }
    lock_chain(relid, start, true);
    take_chain(t, start)?.ok_or_else(|| {
        AuditError::Catalog(format!("no head recorded for chain {start} of {}", t.name()))
    })
}

/// The link after the last row this transaction gave chain `chain` of `relid` (which it holds).
fn own_link(relid: Oid, chain: i32) -> Link {
    TX.with(|tx| {
        let tx = tx.borrow();
        let c = tx.get(&(relid, chain)).expect("chain not held");
        let top = c.frames.last().expect("chain state without frames");
        Link { chain, seq: top.seq + 1, prev: top.hash, prev_at: top.recorded_at }
    })
}

/// The link for the next row of chain `chain` of the replica table `t`: the row must be exactly
/// this one. Waits for another transaction holding the chain.
pub fn replica_link(t: &TableChains, chain: i32) -> Result<Link> {
    let relid = t.relid;
    if HEADS_WRITTEN.with(|w| w.get()) {
        return Err(AuditError::InvalidState(format!(
            "cannot insert into audit table {} while the transaction commits: its chain heads were already written",
            t.name()
        )));
    }
    settle_chain(relid, chain);
    if held(relid).contains(&chain) {
        return Ok(own_link(relid, chain));
    }
    lock_chain(relid, chain, true);
    take_chain(t, chain)?.ok_or_else(|| {
        AuditError::Catalog(format!(
            "chain {chain} of {} has rows but no recorded head; run audit_verify()",
            t.name()
        ))
    })
}

/// Starts this transaction's use of chain `chain` of `t`'s table, whose lock it holds, from its
/// head. A chain that does not exist yet (beyond the ones audit_enable created) is added, starting
/// at its genesis hash, unless rows of that chain are in the table without a head (only a
/// superuser removing the head can do that; verification reports it): then None, and the caller
/// tries another chain.
fn take_chain(t: &TableChains, chain: i32) -> Result<Option<Link>> {
    let relid = t.relid;
    // The head row's TID is kept until commit: VACUUM FULL or CLUSTER of chain_heads, which would
    // move it, waits for this transaction.
    catalog::pin_heads()?;
    let snapshot = catalog::latest_snapshot();
    let hint = HEAD_TIDS.with(|h| h.borrow().get(&(relid, chain)).copied());
    let known = match hint {
        Some(tid) => catalog::chain_head_at(relid, chain, tid, snapshot)?,
        None => None,
    };
    let head =
        match known.map_or_else(|| catalog::chain_head(relid, chain, snapshot), |h| Ok(Some(h)))? {
            Some(head) => head,
            None if chain < t.min_chains => {
                return Err(AuditError::Catalog(format!(
                    "no head recorded for chain {chain} of {}",
                    t.name()
                )))
            }
            None => {
                if chain_has_rows(relid, chain) {
                    return Ok(None);
                }
                let genesis = crate::encoding::genesis_hash(t.table_uuid, chain);
                let mut head = Head::new(chain, 0, genesis, None, (0, genesis));
                head.tid = catalog::insert_chain(relid, &head)?;
                head
            }
        };
    HEAD_TIDS.with(|h| h.borrow_mut().insert((relid, chain), head.tid));
    let frame = Frame {
        subxid: unsafe { pg_sys::GetCurrentSubTransactionId() },
        seq: head.seq,
        hash: head.hash,
        recorded_at: head.recorded_at,
    };
    let link = Link { chain, seq: head.seq + 1, prev: head.hash, prev_at: head.recorded_at };
    TX.with(|tx| {
        tx.borrow_mut()
            .insert((relid, chain), TxChain { read: head, frames: vec![frame], pending: None })
    });
    Ok(Some(link))
}

/// Chain numbers of `relid` whose lock another transaction holds: chains in use, and chains being
/// added by transactions still in progress (or prepared). A checkpoint lists the latter, so that a
/// chain it does not list and whose rows are older than it is known not to have existed then.
/// Each number is probed without waiting, and released at once.
pub fn chains_held_by_others(relid: Oid) -> Vec<i32> {
    let mine = held(relid);
    (0..MAX_CHAINS)
        .filter(|c| !mine.contains(c))
        .filter(|&c| {
            let free = lock_chain(relid, c, false);
            if free {
                release_chain(relid, c);
            }
            !free
        })
        .collect()
}

/// Whether chain `chain` of `relid` has a head: committed, or added by this transaction.
pub fn exists(relid: Oid, chain: i32) -> bool {
    TX.with(|tx| tx.borrow().contains_key(&(relid, chain)))
        || catalog::chain_head(relid, chain, catalog::latest_snapshot()).is_ok_and(|h| h.is_some())
}

/// Whether the table holds a row of chain `chain` (newest snapshot; the chain's lock is held).
fn chain_has_rows(relid: Oid, chain: i32) -> bool {
    let Some(reader) = crate::layout::ChainReader::of(relid) else { return false };
    unsafe { pg_sys::PushActiveSnapshot(pg_sys::GetLatestSnapshot()) };
    let found = reader.first_from(chain, i64::MIN).is_some();
    unsafe { pg_sys::PopActiveSnapshot() };
    found
}

/// The last sequence number this transaction gave chain `chain` of `relid`, if it holds it.
pub fn own_head_seq(relid: Oid, chain: i32) -> Option<i64> {
    settle_chain(relid, chain);
    TX.with(|tx| tx.borrow().get(&(relid, chain)).and_then(|c| c.frames.last().map(|f| f.seq)))
}

/// Whether this transaction holds a chain of `relid` (it inserted rows there).
pub fn holds(relid: Oid) -> bool {
    !held(relid).is_empty()
}

/// Takes chain `chain` of `relid` for this transaction, waiting for its current holder. (Chain 0
/// of relation 0, which is never an audit table, serialises writers of the checkpoint catalog.)
pub fn lock_chain_wait(relid: Oid, chain: i32) {
    lock_chain(relid, chain, true);
}

/// Records that the row `link.seq` with `hash` was written to this transaction's chain of `relid`.
/// `skippable` is the table's chain index if ON CONFLICT DO NOTHING can skip its rows (see
/// `Layout::skippable`): then the row is confirmed before the chain is used again.
pub fn advance(relid: Oid, link: &Link, hash: Hash, recorded_at: i64, skippable: Option<Oid>) {
    let subxid = unsafe { pg_sys::GetCurrentSubTransactionId() };
    let confirm = skippable.filter(|_| {
        CONFIRM_ALL.with(|c| c.get()) || DO_NOTHING.with(|d| d.borrow().contains(&relid))
    });
    let seq = link.seq;
    TX.with(|tx| {
        if let Some(c) = tx.borrow_mut().get_mut(&(relid, link.chain)) {
            c.pending = confirm.map(|chain_index| Pending {
                subxid,
                seq,
                prev: link.prev,
                prev_at: link.prev_at,
                chain_index,
            });
            let frame = Frame { subxid, seq, hash, recorded_at: Some(recorded_at) };
            match c.frames.last_mut() {
                Some(top) if top.subxid == subxid => *top = frame,
                _ => c.frames.push(frame),
            }
        }
    });
}

/// This transaction's own view of `relid`'s chain heads: rows it inserted are not in
/// `chain_heads` before commit, so verification inside the same transaction must apply them.
pub fn apply_own_heads(relid: Oid, heads: &mut [Head]) {
    settle(relid);
    TX.with(|tx| {
        for ((r, chain), c) in tx.borrow().iter() {
            if *r != relid {
                continue;
            }
            if let (Some(top), Some(h)) =
                (c.frames.last(), heads.iter_mut().find(|h| h.chain == *chain))
            {
                h.seq = top.seq;
                h.hash = top.hash;
                h.recorded_at = top.recorded_at;
            }
        }
    })
}

fn flush_heads() {
    let keys: Vec<(Oid, i32)> = TX.with(|tx| tx.borrow().keys().copied().collect());
    for (relid, chain) in keys {
        settle_chain(relid, chain);
    }
    let pending: Vec<(Oid, Head)> = TX.with(|tx| {
        tx.borrow()
            .iter()
            .filter_map(|(&(relid, _), c)| {
                let top = c.frames.last()?;
                (top.seq != c.read.seq).then(|| {
                    let mut h = c.read.clone();
                    h.seq = top.seq;
                    h.hash = top.hash;
                    h.recorded_at = top.recorded_at;
                    (relid, h)
                })
            })
            .collect()
    });
    for (relid, head) in pending {
        match catalog::write_head(relid, &head) {
            Ok(tid) => HEAD_TIDS.with(|h| h.borrow_mut().insert((relid, head.chain), tid)),
            Err(e) => e.report(),
        };
    }
}

#[pg_guard]
pub(crate) unsafe extern "C-unwind" fn on_xact(
    event: pg_sys::XactEvent::Type,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::XactEvent::*;
    match event {
        XACT_EVENT_PRE_COMMIT | XACT_EVENT_PRE_PREPARE => {
            flush_heads();
            HEADS_WRITTEN.with(|w| w.set(true));
        }
        XACT_EVENT_COMMIT | XACT_EVENT_ABORT | XACT_EVENT_PREPARE => {
            TX.with(|tx| tx.borrow_mut().clear());
            HEADS_WRITTEN.with(|w| w.set(false));
            DO_NOTHING.with(|d| d.borrow_mut().clear());
            CONFIRM_ALL.with(|c| c.set(false));
        }
        _ => {}
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_subxact(
    event: pg_sys::SubXactEvent::Type,
    my_subid: SubTransactionId,
    parent_subid: SubTransactionId,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::SubXactEvent::*;
    match event {
        SUBXACT_EVENT_ABORT_SUB => TX.with(|tx| {
            // The chain lock, if it was taken inside the aborted subtransaction, is released by
            // PostgreSQL together with it; the state goes with it.
            tx.borrow_mut().retain(|_, c| {
                c.frames.retain(|f| f.subxid < my_subid);
                if c.pending.is_some_and(|p| p.subxid >= my_subid) {
                    c.pending = None;
                }
                !c.frames.is_empty()
            })
        }),
        SUBXACT_EVENT_COMMIT_SUB => TX.with(|tx| {
            for c in tx.borrow_mut().values_mut() {
                if let Some(p) = c.pending.as_mut().filter(|p| p.subxid >= my_subid) {
                    p.subxid = parent_subid;
                }
                let Some(top) = c.frames.last().copied() else { continue };
                if top.subxid < my_subid {
                    continue;
                }
                c.frames.retain(|f| f.subxid < my_subid);
                let merged = Frame { subxid: parent_subid, ..top };
                match c.frames.last_mut() {
                    Some(last) if last.subxid == parent_subid => *last = merged,
                    _ => c.frames.push(merged),
                }
            }
        }),
        _ => {}
    }
}

pub fn register_callbacks() {
    unsafe {
        pg_sys::RegisterXactCallback(Some(on_xact), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subxact), std::ptr::null_mut());
    }
}
