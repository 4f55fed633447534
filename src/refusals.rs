//! The trail of refused attempts: every UPDATE, DELETE, TRUNCATE or DDL that a guard refuses is
//! recorded with who tried it (login, effective role, client address, application_name), what and
//! on which table, although the refused transaction rolls back.
//!
//! A refusing backend cannot write to a table (its transaction aborts) and must never wait on one
//! (a flood of refusals must not block writers), so it writes the record into a ring of fixed
//! slots in shared memory, without a lock: it claims a free slot with one compare-and-swap, fills
//! it, and marks it ready; when no slot is free, it counts a drop. `drain()` (the background
//! worker's round, or `audit_refusals_flush()`) moves the ready slots of its database into the
//! table `audit_refusals` in the extension's schema, an audit table like any other (chained,
//! guarded, verifiable), with a row of kind 'dropped' carrying the number of records lost since
//! the last drain. Slots are freed when the draining transaction commits, and put back when it
//! aborts, so a failed drain loses nothing.
//!
//! The ring lives in shared memory, which needs `shared_preload_libraries = 'audit_chain'`.
//! Without it refusals are still refused (and written to the server log), but not recorded here;
//! `refusal_counters()` says so (recording = false). Records not drained yet are lost in a crash
//! or restart of the server (the log line stays).

use crate::error::{AuditError, Result};
use crate::util;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::{FromDatum, IntoDatum};
use std::cell::{RefCell, UnsafeCell};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

/// Slots in the ring: refusals recorded and not drained yet, for the whole cluster.
pub const SLOTS: usize = 1024;

const FREE: u32 = 0;
const WRITING: u32 = 1;
const READY: u32 = 2;
/// Taken by a draining transaction: freed when it commits, ready again when it aborts.
const DRAINING: u32 = 3;

/// Text fields: NAMEDATALEN for names and application_name, more for what and where.
const NAME: usize = 64;
const CLIENT: usize = 64;
const OPERATION: usize = 160;
const TABLE: usize = 256;

/// One record, as plain bytes (no pointer: it is read by another process).
#[repr(C)]
#[derive(Clone, Copy)]
struct Record {
    at: i64,
    database: u32,
    relid: u32,
    login: [u8; NAME],
    role: [u8; NAME],
    client: [u8; CLIENT],
    application: [u8; NAME],
    operation: [u8; OPERATION],
    table: [u8; TABLE],
}

#[repr(C)]
struct Slot {
    state: AtomicU32,
    record: UnsafeCell<Record>,
}

#[repr(C)]
struct Ring {
    /// Where the next writer starts looking for a free slot.
    next: AtomicU64,
    /// Records moved into a trail by committed drains, since the server started.
    recorded: AtomicU64,
    /// Records lost for want of a free slot, since the server started.
    dropped: AtomicU64,
    /// Of those, the ones no committed drain has reported in a trail yet.
    unreported: AtomicU64,
    slots: [Slot; SLOTS],
}

/// The ring in shared memory; null unless the library was preloaded.
static mut RING: *mut Ring = std::ptr::null_mut();
static mut PREV_SHMEM_REQUEST: pg_sys::shmem_request_hook_type = None;
static mut PREV_SHMEM_STARTUP: pg_sys::shmem_startup_hook_type = None;

fn ring() -> Option<&'static Ring> {
    unsafe { (*std::ptr::addr_of!(RING)).as_ref() }
}

/// Asks for the ring's shared memory (only while shared_preload_libraries is being processed:
/// shared memory cannot be added later). Called from _PG_init.
pub fn register() {
    unsafe {
        if !pg_sys::process_shared_preload_libraries_in_progress {
            return;
        }
        PREV_SHMEM_REQUEST = pg_sys::shmem_request_hook;
        pg_sys::shmem_request_hook = Some(shmem_request);
        PREV_SHMEM_STARTUP = pg_sys::shmem_startup_hook;
        pg_sys::shmem_startup_hook = Some(shmem_startup);
        pg_sys::RegisterXactCallback(Some(on_xact), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subxact), std::ptr::null_mut());
    }
}

#[pgrx::pg_guard]
unsafe extern "C-unwind" fn shmem_request() {
    if let Some(prev) = PREV_SHMEM_REQUEST {
        prev();
    }
    pg_sys::RequestAddinShmemSpace(std::mem::size_of::<Ring>());
}

#[pgrx::pg_guard]
unsafe extern "C-unwind" fn shmem_startup() {
    if let Some(prev) = PREV_SHMEM_STARTUP {
        prev();
    }
    pg_sys::LWLockAcquire(
        &raw mut (*pg_sys::MainLWLockArray.add(21)).lock, // AddinShmemInitLock
        pg_sys::LWLockMode::LW_EXCLUSIVE,
    );
    let mut found = false;
    let ring = pg_sys::ShmemInitStruct(
        c"audit_chain refused attempts".as_ptr(),
        std::mem::size_of::<Ring>(),
        &mut found,
    ) as *mut Ring;
    if !found {
        // All zeroes is an empty ring: every slot FREE, every counter 0.
        std::ptr::write_bytes(ring as *mut u8, 0, std::mem::size_of::<Ring>());
    }
    RING = ring;
    pg_sys::LWLockRelease(&raw mut (*pg_sys::MainLWLockArray.add(21)).lock);
}

/// Copies `s` into `dst`, NUL-terminated, cut at a character boundary if it is too long.
fn put(dst: &mut [u8], s: &str) {
    let mut n = s.len().min(dst.len() - 1);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    dst[..n].copy_from_slice(&s.as_bytes()[..n]);
    dst[n..].fill(0);
}

fn get(src: &[u8]) -> String {
    let n = src.iter().position(|&b| b == 0).unwrap_or(src.len());
    String::from_utf8_lossy(&src[..n]).into_owned()
}

unsafe fn role_name(role: Oid) -> String {
    let name = pg_sys::GetUserNameFromId(role, true);
    if name.is_null() {
        role.to_u32().to_string()
    } else {
        util::cstr(name)
    }
}

/// Records a refused attempt (from `AuditError::refuse`). Never waits: with no free slot the
/// record is counted as dropped. A no-op when the library was not preloaded.
pub fn record(operation: &str, relid: Oid, table: &str) {
    let Some(ring) = ring() else { return };
    // Everything that may raise an error (catalog look-ups, allocations) before a slot is
    // claimed: a claimed slot must always be published.
    let mut rec = Record {
        at: 0,
        database: 0,
        relid: 0,
        login: [0; NAME],
        role: [0; NAME],
        client: [0; CLIENT],
        application: [0; NAME],
        operation: [0; OPERATION],
        table: [0; TABLE],
    };
    unsafe {
        rec.at = pg_sys::GetCurrentTimestamp();
        rec.database = pg_sys::MyDatabaseId.to_u32();
        rec.relid = relid.to_u32();
        put(&mut rec.login, &role_name(pg_sys::GetAuthenticatedUserId()));
        put(&mut rec.role, &role_name(pg_sys::GetUserId()));
        put(&mut rec.client, &crate::provenance::client_text().unwrap_or_default());
        if !pg_sys::application_name.is_null() {
            put(&mut rec.application, &util::cstr(pg_sys::application_name));
        }
    }
    put(&mut rec.operation, operation);
    put(&mut rec.table, table);

    let start = ring.next.fetch_add(1, Ordering::Relaxed) as usize;
    for i in 0..SLOTS {
        let slot = &ring.slots[(start + i) % SLOTS];
        if slot.state.load(Ordering::Relaxed) == FREE
            && slot
                .state
                .compare_exchange(FREE, WRITING, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
        {
            unsafe { *slot.record.get() = rec };
            slot.state.store(READY, Ordering::Release);
            return;
        }
    }
    ring.dropped.fetch_add(1, Ordering::Relaxed);
    ring.unreported.fetch_add(1, Ordering::Relaxed);
}

/// What this backend's open transaction took from the ring, by subtransaction: slots to free at
/// commit (or to make ready again at abort) and the dropped count it reported.
struct Taken {
    subxact: pg_sys::SubTransactionId,
    slots: Vec<usize>,
    dropped: u64,
}

thread_local! {
    static TAKEN: RefCell<Vec<Taken>> = const { RefCell::new(Vec::new()) };
}

fn settle(taken: Vec<Taken>, committed: bool) {
    let Some(ring) = ring() else { return };
    for t in taken {
        for i in &t.slots {
            ring.slots[*i].state.store(if committed { FREE } else { READY }, Ordering::Release);
        }
        if committed {
            ring.recorded.fetch_add(t.slots.len() as u64, Ordering::Relaxed);
        } else {
            ring.unreported.fetch_add(t.dropped, Ordering::Relaxed);
        }
    }
}

#[pgrx::pg_guard]
unsafe extern "C-unwind" fn on_xact(event: pg_sys::XactEvent::Type, _arg: *mut std::ffi::c_void) {
    use pg_sys::XactEvent::*;
    let committed = match event {
        XACT_EVENT_COMMIT | XACT_EVENT_PARALLEL_COMMIT | XACT_EVENT_PREPARE => true,
        XACT_EVENT_ABORT | XACT_EVENT_PARALLEL_ABORT => false,
        _ => return,
    };
    let taken = TAKEN.with(|t| std::mem::take(&mut *t.borrow_mut()));
    settle(taken, committed);
}

#[pgrx::pg_guard]
unsafe extern "C-unwind" fn on_subxact(
    event: pg_sys::SubXactEvent::Type,
    my: pg_sys::SubTransactionId,
    parent: pg_sys::SubTransactionId,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::SubXactEvent::*;
    match event {
        SUBXACT_EVENT_COMMIT_SUB => TAKEN.with(|t| {
            for taken in t.borrow_mut().iter_mut().filter(|t| t.subxact == my) {
                taken.subxact = parent;
            }
        }),
        SUBXACT_EVENT_ABORT_SUB => {
            let aborted = TAKEN.with(|t| {
                let mut t = t.borrow_mut();
                let (gone, kept): (Vec<Taken>, Vec<Taken>) =
                    std::mem::take(&mut *t).into_iter().partition(|t| t.subxact == my);
                *t = kept;
                gone
            });
            settle(aborted, false);
        }
        _ => {}
    }
}

/// The trail table's name, schema-qualified and quoted: audit_refusals in the extension's schema.
fn trail_name() -> Result<String> {
    util::select_one::<String>(
        "SELECT pg_catalog.quote_ident(n.nspname) OPERATOR(pg_catalog.||) '.audit_refusals' \
           FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace \
          WHERE e.extname = 'audit_chain'",
    )
    .ok_or_else(|| {
        AuditError::InvalidState("extension audit_chain is not installed in this database".into())
    })
}

/// The trail table, created (and made an audit table) if it does not exist yet. Runs as the
/// extension's owner, which owns the table. A table of that name that is not the extension
/// owner's audit table is refused, not written to: anyone with CREATE on the schema could have
/// put a decoy there.
fn ensure_trail(name: &str) -> Result<()> {
    // One creator at a time (two first drains in two sessions).
    pgrx::Spi::run("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('audit_chain.audit_refusals'))")
        .map_err(|e| AuditError::Catalog(e.to_string()))?;
    let state = util::select_one_with_args::<String>(
        "SELECT CASE WHEN c.oid IS NULL THEN 'missing' \
                     WHEN c.relowner OPERATOR(pg_catalog.=) $2 \
                      AND EXISTS (SELECT FROM audit_chain.tables t WHERE t.relid::pg_catalog.oid OPERATOR(pg_catalog.=) c.oid) \
                     THEN 'ok' ELSE 'foreign' END \
           FROM (SELECT pg_catalog.to_regclass($1)::pg_catalog.oid AS oid) r \
           LEFT JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) r.oid",
        &[name.into(), unsafe { pg_sys::GetUserId() }.into()],
    );
    match state.as_deref() {
        Some("ok") => Ok(()),
        Some("missing") => {
            util::run_sql(&format!(
                "CREATE TABLE {name} ( \
                    refused_at timestamptz NOT NULL, \
                    kind text NOT NULL CHECK (kind IN ('refused', 'dropped')), \
                    login text, \
                    role text, \
                    client inet, \
                    application_name text, \
                    operation text, \
                    relid oid, \
                    table_name text, \
                    dropped bigint); \
                 REVOKE ALL ON {name} FROM PUBLIC; \
                 GRANT SELECT ON {name} TO pg_monitor"
            ));
            let ext_schema = name.rsplit_once('.').map(|(s, _)| s.to_string()).unwrap_or_default();
            util::run_sql(&format!("SELECT {ext_schema}.audit_enable('{}')", name.replace('\'', "''")));
            Ok(())
        }
        _ => Err(AuditError::InvalidState(format!(
            "{name} exists but is not the trail of refused attempts (an audit table owned by the extension's owner)"
        ))),
    }
}

/// Moves the ready records of this database into the trail `audit_refusals` (creating it the
/// first time), with a row of kind 'dropped' when records were lost since the last drain.
/// Returns (records drained, dropped records reported). Must run inside a transaction: the
/// records leave the ring when it commits and come back if it aborts. Does nothing (0, 0) when
/// the library was not preloaded or on a hot standby.
pub fn drain() -> Result<(u64, u64)> {
    let Some(ring) = ring() else { return Ok((0, 0)) };
    unsafe {
        if !pg_sys::IsTransactionState() {
            return Err(AuditError::InvalidState(
                "refused attempts are drained inside a transaction".into(),
            ));
        }
        if pg_sys::RecoveryInProgress() {
            return Ok((0, 0));
        }
    }
    let name = util::as_extension_owner(trail_name)??;
    util::as_extension_owner(|| ensure_trail(&name))??;

    let database = unsafe { pg_sys::MyDatabaseId.to_u32() };
    let mut slots = Vec::new();
    let mut records = Vec::new();
    for (i, slot) in ring.slots.iter().enumerate() {
        if slot.state.load(Ordering::Acquire) != READY {
            continue;
        }
        // A ready record does not change until a drainer takes it.
        if unsafe { (*slot.record.get()).database } != database {
            continue;
        }
        if slot
            .state
            .compare_exchange(READY, DRAINING, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            records.push(unsafe { *slot.record.get() });
            slots.push(i);
        }
    }
    let dropped = ring.unreported.swap(0, Ordering::Relaxed);
    let subxact = unsafe { pg_sys::GetCurrentSubTransactionId() };
    TAKEN.with(|t| t.borrow_mut().push(Taken { subxact, slots, dropped }));

    records.sort_by_key(|r| r.at);
    let insert = format!(
        "INSERT INTO {name} (refused_at, kind, login, role, client, application_name, operation, relid, table_name) \
         VALUES ($1, 'refused', $2, $3, CAST(NULLIF($4, '') AS pg_catalog.inet), $5, $6, NULLIF($7, 0::pg_catalog.oid), $8)"
    );
    util::as_extension_owner(|| -> Result<()> {
        for r in &records {
            let args: Vec<pgrx::datum::DatumWithOid> = vec![
                pgrx::datum::TimestampWithTimeZone::try_from(r.at)
                    .map_err(|_| {
                        AuditError::InvalidState("a refused attempt with an invalid time".into())
                    })?
                    .into(),
                get(&r.login).into(),
                get(&r.role).into(),
                get(&r.client).into(),
                get(&r.application).into(),
                get(&r.operation).into(),
                Oid::from(r.relid).into(),
                get(&r.table).into(),
            ];
            pgrx::Spi::run_with_args(&insert, &args)
                .map_err(|e| AuditError::Catalog(e.to_string()))?;
        }
        if dropped > 0 {
            pgrx::Spi::run_with_args(
                &format!(
                    "INSERT INTO {name} (refused_at, kind, dropped) VALUES (pg_catalog.statement_timestamp(), 'dropped', $1)"
                ),
                &[(dropped as i64).into()],
            )
            .map_err(|e| AuditError::Catalog(e.to_string()))?;
        }
        Ok(())
    })??;
    Ok((records.len() as u64, dropped))
}

crate::pg_function_info!(
    pg_finfo_audit_chain_refusals_flush,
    pg_finfo_audit_chain_refusal_counts,
    pg_finfo_audit_chain_note_refusal
);

/// audit_chain.note_refusal(what text, tbl text, relid oid): the PL/pgSQL drop guard's way into
/// `error::note_refusal`. Only inside an sql_drop event trigger (pg_event_trigger_dropped_objects
/// raises an error anywhere else), so that no one can write made-up attempts into the trail.
#[pgrx::pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_note_refusal(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    // Raises "can only be called in a sql_drop event trigger function" anywhere else.
    util::with_pinned_search_path(|| {
        pgrx::Spi::run(
            "SELECT pg_catalog.count(*) FROM pg_catalog.pg_event_trigger_dropped_objects()",
        )
    })
    .unwrap_or_else(|e| AuditError::InvalidState(e.to_string()).report());
    let text =
        |n| util::arg(fcinfo, n).and_then(|d| String::from_datum(d, false)).unwrap_or_default();
    let relid = util::arg(fcinfo, 2).map_or(pg_sys::InvalidOid, |d| Oid::from(d.value() as u32));
    crate::error::note_refusal(&text(0), relid, &text(1));
    Datum::from(0usize)
}

/// Whether the current role is a superuser or has the privileges of the extension's owner.
fn is_superuser_or_owner() -> bool {
    let owner = util::select_one::<Oid>(
        "SELECT extowner FROM pg_catalog.pg_extension WHERE extname = 'audit_chain'",
    );
    unsafe {
        pg_sys::superuser()
            || owner.is_some_and(|o| pg_sys::has_privs_of_role(pg_sys::GetUserId(), o))
    }
}

/// audit_refusals_flush() RETURNS bigint: drains now (see `drain`); the number of records moved.
#[pgrx::pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_refusals_flush(
    _fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    if !is_superuser_or_owner() {
        AuditError::NotExtensionOwner("flush the trail of refused attempts").report();
    }
    if ring().is_none() {
        pgrx::warning!(
            "refused attempts are not recorded: audit_chain is not in shared_preload_libraries"
        );
    }
    let (drained, _) = drain().unwrap_or_else(|e| e.report());
    Datum::from(drained as i64)
}

/// audit_chain.refusal_counts() RETURNS bigint[]: {recording (0 or 1), recorded, pending,
/// dropped}, since the server started (refusal_counters() names them).
#[pgrx::pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_refusal_counts(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let counts: Vec<i64> = match ring() {
        None => vec![0, 0, 0, 0],
        Some(r) => {
            let pending = r
                .slots
                .iter()
                .filter(|s| matches!(s.state.load(Ordering::Relaxed), WRITING | READY | DRAINING))
                .count();
            vec![
                1,
                r.recorded.load(Ordering::Relaxed) as i64,
                pending as i64,
                r.dropped.load(Ordering::Relaxed) as i64,
            ]
        }
    };
    counts.into_datum().unwrap_or_else(|| util::return_null(fcinfo))
}
