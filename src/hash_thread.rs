//! Hashing rows on a second thread of the backend during a full verification.
//!
//! A full `audit_verify()` spends a quarter of its time in SHA-256. The rows' hashes do not depend
//! on each other (each row's encoding includes its stored `audit_prev`), so the walk can encode a
//! row, hand the bytes and the stored hash to a thread that hashes and compares, and go on with
//! the next row assuming the row matched. If every row did, the walk's verdict is exactly the one
//! it would have reached hashing each row in turn; if one did not, the caller discards the walk's
//! report and walks the table again hashing in turn, so that a problem is described exactly as it
//! always was. Memory stays bounded: at most `IN_FLIGHT` + 1 batches of about `BATCH_BYTES`
//! each; a row larger than a batch is hashed at once on the backend's thread.
//!
//! The thread only hashes and compares bytes: it never calls into PostgreSQL, and it is started
//! with every signal blocked, so PostgreSQL's signal handlers keep running on the backend's own
//! thread. It ends with the walk, also when the walk is cancelled (the channel closes on unwind).
//! `audit_chain.verify_hash_thread = off` keeps verification on one thread.

use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// Encoded bytes per batch handed to the thread.
const BATCH_BYTES: usize = 1 << 20;
/// Batches being hashed or waiting for the thread (beyond the one being filled).
const IN_FLIGHT: usize = 2;

pub static ENABLED: pgrx::GucSetting<bool> = pgrx::GucSetting::<bool>::new(true);

pub fn register_setting() {
    pgrx::GucRegistry::define_bool_guc(
        c"audit_chain.verify_hash_thread",
        c"Whether a full audit_verify() hashes rows on a second thread of the backend.",
        c"On: the walk hands rows to a thread that hashes them, about a quarter faster with a free core. Off: one thread. The verdict is the same either way.",
        &ENABLED,
        pgrx::GucContext::Userset,
        pgrx::GucFlags::default(),
    );
}

#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    /// Where each row's encoding ends in `bytes`.
    ends: Vec<usize>,
    expected: Vec<[u8; 32]>,
    all_match: bool,
}

impl Batch {
    fn check(&mut self) {
        let mut start = 0;
        self.all_match = self.ends.iter().zip(&self.expected).all(|(&end, want)| {
            let got: [u8; 32] = Sha256::digest(&self.bytes[start..end]).into();
            start = end;
            got == *want
        });
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.expected.clear();
    }
}

/// The walk's side: rows to hash go in; whether they all matched comes out at the end.
pub struct Deferred {
    filling: Batch,
    to_thread: Option<SyncSender<Batch>>,
    from_thread: Receiver<Batch>,
    spare: Vec<Batch>,
    in_flight: usize,
    mismatch: bool,
}

impl Deferred {
    /// Queues one row: `encode` appends its encoding to the buffer it is given; `expected` is its
    /// stored hash.
    pub fn push(&mut self, expected: &[u8; 32], encode: impl FnOnce(&mut Vec<u8>)) {
        let start = self.filling.bytes.len();
        encode(&mut self.filling.bytes);
        if self.filling.bytes.len() - start > BATCH_BYTES {
            // A row larger than a batch is hashed here, at once, and its copy given back, so that
            // no more than one such copy is ever held.
            let got: [u8; 32] = Sha256::digest(&self.filling.bytes[start..]).into();
            self.mismatch |= got != *expected;
            self.filling.bytes.truncate(start);
            self.filling.bytes.shrink_to(2 * BATCH_BYTES);
            return;
        }
        self.filling.ends.push(self.filling.bytes.len());
        self.filling.expected.push(*expected);
        if self.filling.bytes.len() >= BATCH_BYTES {
            self.send();
        }
    }

    fn receive(&mut self) {
        match self.from_thread.recv() {
            Ok(mut b) => {
                self.mismatch |= !b.all_match;
                b.clear();
                b.bytes.shrink_to(2 * BATCH_BYTES);
                self.spare.push(b);
            }
            // The thread is gone (it panicked): treat its batches as unverified.
            Err(_) => self.mismatch = true,
        }
        self.in_flight -= 1;
    }

    fn send(&mut self) {
        if self.filling.ends.is_empty() {
            return;
        }
        if self.in_flight >= IN_FLIGHT {
            self.receive();
        }
        let next = self.spare.pop().unwrap_or_default();
        let batch = std::mem::replace(&mut self.filling, next);
        match self.to_thread.as_ref().map(|tx| tx.send(batch)) {
            Some(Ok(())) => self.in_flight += 1,
            _ => self.mismatch = true,
        }
    }

    /// Waits for every queued row: true when each matched its stored hash.
    fn finish(mut self) -> bool {
        self.send();
        while self.in_flight > 0 {
            self.receive();
        }
        !self.mismatch
    }
}

/// Runs `walk` with rows hashed on a second thread. Returns None without running it when the
/// setting is off or no thread could be started; else its result and whether every row it queued
/// matched its stored hash.
pub fn run<R>(walk: impl FnOnce(&mut Deferred) -> R) -> Option<(R, bool)> {
    if !ENABLED.get() {
        return None;
    }
    let stop = AtomicBool::new(false);
    let stop = &stop;
    std::thread::scope(|scope| {
        let (to_thread, from_walk) = sync_channel::<Batch>(IN_FLIGHT);
        let (to_walk, from_thread) = sync_channel::<Batch>(IN_FLIGHT);
        let started = with_signals_blocked(|| {
            std::thread::Builder::new().name("audit_chain verify hash".into()).spawn_scoped(
                scope,
                move || {
                    for mut b in from_walk {
                        // The walk ended (an ERROR, a cancel): no more hashing for it.
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        b.check();
                        if to_walk.send(b).is_err() {
                            break;
                        }
                    }
                },
            )
        });
        started.ok()?;
        let mut d = Deferred {
            filling: Batch::default(),
            to_thread: Some(to_thread),
            from_thread,
            spare: Vec::new(),
            in_flight: 0,
            mismatch: false,
        };
        // Set when this closure ends, also by unwinding from an ERROR: the thread stops at its
        // next batch, and leaving the scope (which drops the last sender) joins it.
        struct Stop<'a>(&'a AtomicBool);
        impl Drop for Stop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Relaxed);
            }
        }
        let _stop = Stop(stop);
        let r = walk(&mut d);
        let ok = d.finish();
        Some((r, ok))
    })
}

/// Runs `f` with every signal blocked on this thread, so that a thread it starts inherits that
/// mask and never runs PostgreSQL's handlers.
fn with_signals_blocked<T>(f: impl FnOnce() -> T) -> T {
    /// Puts the mask back however `f` ends.
    struct Restore(libc::sigset_t);
    impl Drop for Restore {
        fn drop(&mut self) {
            unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &self.0, std::ptr::null_mut()) };
        }
    }
    let _restore = unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        Restore(old)
    };
    f()
}
