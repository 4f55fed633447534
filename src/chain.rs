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

struct TxChain {
    read: Head,
    frames: Vec<Frame>,
}

thread_local! {
    static TX: RefCell<HashMap<Oid, TxChain>> = RefCell::new(HashMap::new());
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

/// Takes a chain of `relid` for this transaction: the first free one, starting from a place that
/// depends on the backend so that concurrent writers spread out; if all are busy, waits for one.
/// Waiting goes through the lock manager, so its deadlock detector covers it.
fn acquire_chain(relid: Oid, chains: i32) -> i32 {
    let start = unsafe { pg_sys::MyProcPid }.rem_euclid(chains);
    for i in 0..chains {
        let c = (start + i) % chains;
        if lock_chain(relid, c, false) {
            return c;
        }
    }
    lock_chain(relid, start, true);
    start
}

/// The link for the next row this transaction inserts into `relid`.
pub fn next_link(relid: Oid, chains: i32, table_name: &dyn Fn() -> String) -> Result<Link> {
    let existing = TX.with(|tx| {
        tx.borrow().get(&relid).map(|c| {
            let top = c.frames.last().expect("chain state without frames");
            Link { chain: c.read.chain, seq: top.seq + 1, prev: top.hash, prev_at: top.recorded_at }
        })
    });
    if let Some(link) = existing {
        return Ok(link);
    }
    let chain = acquire_chain(relid, chains);
    let head = catalog::heads(relid, Some(chain), catalog::latest_snapshot())?
        .into_iter()
        .next()
        .ok_or_else(|| {
        AuditError::Catalog(format!("no head recorded for chain {chain} of {}", table_name()))
    })?;
    let frame = Frame {
        subxid: unsafe { pg_sys::GetCurrentSubTransactionId() },
        seq: head.seq,
        hash: head.hash,
        recorded_at: head.recorded_at,
    };
    let link = Link { chain, seq: head.seq + 1, prev: head.hash, prev_at: head.recorded_at };
    TX.with(|tx| tx.borrow_mut().insert(relid, TxChain { read: head, frames: vec![frame] }));
    Ok(link)
}

/// The last sequence number this transaction gave chain `chain` of `relid`, if it holds it.
pub fn own_head_seq(relid: Oid, chain: i32) -> Option<i64> {
    TX.with(|tx| {
        tx.borrow()
            .get(&relid)
            .filter(|c| c.read.chain == chain)
            .and_then(|c| c.frames.last().map(|f| f.seq))
    })
}

/// Whether this transaction holds a chain of `relid` (it inserted rows there).
pub fn holds(relid: Oid) -> bool {
    TX.with(|tx| tx.borrow().contains_key(&relid))
}

/// Takes chain `chain` of `relid` for this transaction, waiting for its current holder.
pub fn lock_chain_wait(relid: Oid, chain: i32) {
    lock_chain(relid, chain, true);
}

/// Records that the row `seq` with `hash` was written to this transaction's chain of `relid`.
pub fn advance(relid: Oid, seq: i64, hash: Hash, recorded_at: i64) {
    let subxid = unsafe { pg_sys::GetCurrentSubTransactionId() };
    TX.with(|tx| {
        if let Some(c) = tx.borrow_mut().get_mut(&relid) {
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
    TX.with(|tx| {
        if let Some(c) = tx.borrow().get(&relid) {
            if let (Some(top), Some(h)) =
                (c.frames.last(), heads.iter_mut().find(|h| h.chain == c.read.chain))
            {
                h.seq = top.seq;
                h.hash = top.hash;
                h.recorded_at = top.recorded_at;
            }
        }
    })
}

fn flush_heads() {
    let pending: Vec<(Oid, Head)> = TX.with(|tx| {
        tx.borrow()
            .iter()
            .filter_map(|(relid, c)| {
                let top = c.frames.last()?;
                (top.seq != c.read.seq).then(|| {
                    let mut h = c.read.clone();
                    h.seq = top.seq;
                    h.hash = top.hash;
                    h.recorded_at = top.recorded_at;
                    (*relid, h)
                })
            })
            .collect()
    });
    for (relid, head) in pending {
        if let Err(e) = catalog::write_head(relid, &head) {
            e.report();
        }
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_xact(event: pg_sys::XactEvent::Type, _arg: *mut std::ffi::c_void) {
    use pg_sys::XactEvent::*;
    match event {
        XACT_EVENT_PRE_COMMIT | XACT_EVENT_PRE_PREPARE => flush_heads(),
        XACT_EVENT_COMMIT | XACT_EVENT_ABORT | XACT_EVENT_PREPARE => {
            TX.with(|tx| tx.borrow_mut().clear());
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
                !c.frames.is_empty()
            })
        }),
        SUBXACT_EVENT_COMMIT_SUB => TX.with(|tx| {
            for c in tx.borrow_mut().values_mut() {
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
