//! The background worker (with `shared_preload_libraries = 'audit_chain'`): its settings, a
//! launcher that keeps one worker per database `audit_chain.worker_databases` names, and the
//! worker's loop, which runs a round of `watch` every `audit_chain.verify_interval`.
//!
//! The launcher is a static worker, restarted by the postmaster (bgw_restart_time) after it fails
//! and after a crash restart. It starts the database workers as dynamic workers that the
//! postmaster never restarts itself: the launcher restarts a worker that stopped (failed, was
//! terminated) RESTART_SECONDS after it started it. Were the postmaster to restart them too, a
//! worker would come back twice (the postmaster reports a worker waiting for its restart as
//! stopped), and a worker of a dropped database would be restarted forever. A worker whose
//! launcher is gone exits, so that there is never more than one per database. A database that is
//! dropped or renamed is logged once and its worker stopped; the others go on.

use crate::watch::Watch;
use pgrx::bgworkers::{BackgroundWorker, BackgroundWorkerBuilder, BgWorkerStartTime};
use pgrx::bgworkers::{BackgroundWorkerStatus, DynamicBackgroundWorker, SignalWakeFlags};
use pgrx::pg_sys;
use pgrx::{GucContext, GucFlags, GucRegistry, GucSetting};
use std::collections::{HashMap, HashSet};
use std::ffi::CString;
use std::time::{Duration, Instant};

/// `backend_type` of the processes in pg_stat_activity (the audit_workers view reads them).
pub const LAUNCHER_TYPE: &str = "audit_chain launcher";
pub const WORKER_TYPE: &str = "audit_chain worker";

/// Seconds before the postmaster restarts a launcher that failed, and before the launcher
/// restarts a worker that stopped (counted from the worker's start).
const RESTART_SECONDS: u64 = 5;

pub static DATABASES: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
pub static CHECKPOINT_INTERVAL: GucSetting<i32> = GucSetting::<i32>::new(60);
pub static VERIFY_INTERVAL: GucSetting<i32> = GucSetting::<i32>::new(10);
pub static DIGEST_DIRECTORY: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
pub static SCRUB_ROWS_PER_SECOND: GucSetting<i32> = GucSetting::<i32>::new(10_000);

/// Registers the settings (in every process that loads the library, so that they can be shown
/// and set anywhere) and, when the library is preloaded, the launcher.
pub fn register() {
    GucRegistry::define_string_guc(
        c"audit_chain.worker_databases",
        c"Databases the audit_chain background worker watches (comma-separated; empty: none).",
        c"Needs shared_preload_libraries = 'audit_chain'. One worker per database checkpoints, verifies and alerts.",
        &DATABASES,
        GucContext::Sighup,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"audit_chain.checkpoint_interval",
        c"How often the worker checkpoints each audit table that has new rows.",
        c"Each checkpoint's digest is also appended to audit_chain.digest_directory. Not on a standby.",
        &CHECKPOINT_INTERVAL,
        1,
        i32::MAX / 1000,
        GucContext::Sighup,
        GucFlags::UNIT_S,
    );
    GucRegistry::define_int_guc(
        c"audit_chain.verify_interval",
        c"How often the worker verifies what was written since its last verified point.",
        c"Also the pause between two rounds of the worker.",
        &VERIFY_INTERVAL,
        1,
        i32::MAX / 1000,
        GucContext::Sighup,
        GucFlags::UNIT_S,
    );
    GucRegistry::define_string_guc(
        c"audit_chain.digest_directory",
        c"Directory the worker appends each checkpoint's digest to (empty: no files).",
        c"One file per database and UTC day, <database>-<YYYY-MM-DD>.jsonl, one digest per line, fsynced.",
        &DIGEST_DIRECTORY,
        GucContext::Sighup,
        GucFlags::SUPERUSER_ONLY,
    );
    GucRegistry::define_int_guc(
        c"audit_chain.scrub_rows_per_second",
        c"Rows per second the worker's full re-verification of each table averages.",
        c"A full pass of a table of N rows is followed by N / scrub_rows_per_second seconds without one.",
        &SCRUB_ROWS_PER_SECOND,
        1,
        i32::MAX,
        GucContext::Sighup,
        GucFlags::default(),
    );
    if unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        BackgroundWorkerBuilder::new(LAUNCHER_TYPE)
            .set_type(LAUNCHER_TYPE)
            .set_library("audit_chain")
            .set_function("audit_chain_launcher_main")
            .enable_spi_access()
            .set_start_time(BgWorkerStartTime::ConsistentState)
            .set_restart_time(Some(Duration::from_secs(RESTART_SECONDS)))
            .load();
    }
}

/// The databases `audit_chain.worker_databases` names, in order, without repeats.
fn configured_databases() -> Vec<String> {
    let text = DATABASES.get().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut seen = HashSet::new();
    text.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty() && seen.insert(s.clone()))
        .collect()
}

/// The names of the databases that accept connections, from pg_database (the launcher is
/// connected to no database; it reads the shared catalog as the autovacuum launcher does).
unsafe fn existing_databases() -> HashSet<String> {
    let mut names = HashSet::new();
    pg_sys::StartTransactionCommand();
    let _ = pg_sys::GetTransactionSnapshot();
    let rel = pg_sys::table_open(pg_sys::DatabaseRelationId, pg_sys::AccessShareLock as i32);
    let scan = pg_sys::table_beginscan_catalog(rel, 0, std::ptr::null_mut());
    loop {
        let tup = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
        if tup.is_null() {
            break;
        }
        let form = &*(pg_sys::GETSTRUCT(tup) as *const pg_sys::FormData_pg_database);
        // datconnlimit -2: a database whose DROP was interrupted (invalid).
        if form.datallowconn && form.datconnlimit != -2 {
            let name = std::ffi::CStr::from_ptr(form.datname.data.as_ptr());
            names.insert(name.to_string_lossy().into_owned());
        }
    }
    pg_sys::table_endscan(scan);
    pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
    pg_sys::CommitTransactionCommand();
    names
}

fn log(msg: String) {
    pgrx::log!("{msg}");
}

fn reload_if_asked() {
    unsafe {
        if pg_sys::ConfigReloadPending != 0 {
            pg_sys::ConfigReloadPending = 0;
            pg_sys::ProcessConfigFile(pg_sys::GucContext::PGC_SIGHUP);
        }
    }
}

struct Slot {
    handle: DynamicBackgroundWorker,
}

impl Slot {
    fn stopped(&self) -> bool {
        matches!(self.handle.pid(), Err(BackgroundWorkerStatus::Stopped))
    }
}

fn start_worker(db: &str) -> Option<Slot> {
    let launcher = unsafe { pg_sys::MyProcPid };
    let started = BackgroundWorkerBuilder::new(&format!("{WORKER_TYPE} {db}"))
        .set_type(WORKER_TYPE)
        .set_library("audit_chain")
        .set_function("audit_chain_worker_main")
        .enable_spi_access()
        .set_start_time(BgWorkerStartTime::ConsistentState)
        .set_restart_time(None)
        .set_argument(Some(pg_sys::Datum::from(launcher as i64)))
        .set_extra(db)
        .set_notify_pid(launcher)
        .load_dynamic();
    match started {
        Ok(handle) => Some(Slot { handle }),
        Err(_) => {
            log(format!(
                "audit_chain worker: cannot start the worker of database \"{db}\": no background worker slot free (max_worker_processes)"
            ));
            None
        }
    }
}

/// The launcher: once a second (and on a reload), starts a worker for each configured database
/// that exists and has none, stops the workers of databases no longer configured or gone.
#[pgrx::pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn audit_chain_launcher_main(_arg: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    BackgroundWorker::connect_worker_to_spi(None, None);
    let mut slots: HashMap<String, Slot> = HashMap::new();
    let mut missing: HashSet<String> = HashSet::new();
    let mut last_start: HashMap<String, Instant> = HashMap::new();
    log("audit_chain launcher started".into());
    loop {
        reload_if_asked();
        let wanted = configured_databases();
        let existing = unsafe { existing_databases() };
        for db in &wanted {
            if !existing.contains(db) {
                if missing.insert(db.clone()) {
                    log(format!(
                        "audit_chain worker: database \"{db}\" in audit_chain.worker_databases does not exist (dropped or renamed?): it is not watched"
                    ));
                }
                if let Some(slot) = slots.remove(db) {
                    let _ = slot.handle.terminate();
                }
                continue;
            }
            if missing.remove(db) {
                log(format!("audit_chain worker: database \"{db}\" exists again: watching it"));
            }
            let due = last_start
                .get(db)
                .is_none_or(|t| t.elapsed() >= Duration::from_secs(RESTART_SECONDS));
            let needed = slots.get(db).is_none_or(Slot::stopped);
            if needed && due {
                last_start.insert(db.clone(), Instant::now());
                match start_worker(db) {
                    Some(slot) => {
                        slots.insert(db.clone(), slot);
                    }
                    None => {
                        slots.remove(db);
                    }
                }
            }
        }
        let gone: Vec<String> = slots.keys().filter(|d| !wanted.contains(d)).cloned().collect();
        for db in gone {
            if let Some(slot) = slots.remove(&db) {
                log(format!(
                    "audit_chain worker: database \"{db}\" is no longer in audit_chain.worker_databases: stopping its worker"
                ));
                let _ = slot.handle.terminate();
            }
        }
        if !BackgroundWorker::wait_latch(Some(Duration::from_secs(1))) {
            break;
        }
    }
    // Stopping: the workers stop with it (the postmaster's shutdown terminates them too).
    for (_, slot) in slots.drain() {
        let _ = slot.handle.terminate();
    }
    log("audit_chain launcher stopped".into());
}

/// Whether process `pid` is alive (the launcher that started this worker).
fn alive(pid: i32) -> bool {
    pid > 0 && unsafe { libc::kill(pid, 0) } == 0
}

/// A database's worker: a round of `watch` every verify_interval, until SIGTERM (which also
/// interrupts a round in progress: see `compat::sigterm_dies`).
#[pgrx::pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn audit_chain_worker_main(arg: pg_sys::Datum) {
    let launcher = arg.value() as i32;
    unsafe { crate::compat::sigterm_dies() };
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP);
    let db = BackgroundWorker::get_extra().to_string();
    if !alive(launcher) {
        // Relaunched by the postmaster after a crash restart: the new launcher starts its own.
        unsafe { pg_sys::proc_exit(0) };
    }
    BackgroundWorker::connect_worker_to_spi(Some(&db), None);
    unsafe {
        pg_sys::pgstat_report_appname(c"audit_chain worker".as_ptr());
    }
    log(format!("audit_chain worker started for database \"{db}\""));
    let mut watch = Watch::new(db.clone());
    loop {
        reload_if_asked();
        if unsafe { pg_sys::ProcDiePending } != 0 || !alive(launcher) {
            break;
        }
        watch.round();
        let pause = Duration::from_secs(VERIFY_INTERVAL.get().max(1) as u64);
        if !BackgroundWorker::wait_latch(Some(pause)) {
            break; // the postmaster died
        }
    }
    log(format!("audit_chain worker for database \"{db}\" stopped"));
    unsafe { pg_sys::proc_exit(0) };
}
