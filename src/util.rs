//! Small helpers shared by the modules: names, SQL execution as the caller or as the extension's
//! owner, and the glue for functions called directly by PostgreSQL.

use crate::error::{AuditError, Result};
use pgrx::pg_sys::{self, Oid};
use std::ffi::CStr;

/// Declares the `pg_finfo_*` record PostgreSQL looks up for a version-1 C function.
#[macro_export]
macro_rules! pg_function_info {
    ($($name:ident),* $(,)?) => {
        $(
            #[unsafe(no_mangle)]
            #[doc(hidden)]
            pub extern "C" fn $name() -> &'static ::pgrx::pg_sys::Pg_finfo_record {
                const V1: ::pgrx::pg_sys::Pg_finfo_record = ::pgrx::pg_sys::Pg_finfo_record { api_version: 1 };
                &V1
            }
        )*
    };
}

/// `schema.table`, each part quoted as needed: safe to paste into SQL and clear in messages.
pub fn qualified_name(relid: Oid) -> String {
    unsafe {
        let rel = pg_sys::get_rel_name(relid);
        if rel.is_null() {
            return format!("(relation {})", relid.to_u32());
        }
        let nsp = pg_sys::get_namespace_name(pg_sys::get_rel_namespace(relid));
        CStr::from_ptr(pg_sys::quote_qualified_identifier(nsp, rel)).to_string_lossy().into_owned()
    }
}

pub fn relation_exists(relid: Oid) -> bool {
    unsafe { !pg_sys::get_rel_name(relid).is_null() }
}

/// Runs `f` with the privileges of the extension's owner (the role that ran CREATE EXTENSION),
/// as a SECURITY DEFINER function would, and like one with `search_path` pinned to
/// `pg_catalog, pg_temp`: the caller's search_path must not choose which functions or operators
/// run with the owner's rights. Used only for catalog writes and reads, after the caller's own
/// rights were checked.
pub fn as_extension_owner<R>(f: impl FnOnce() -> R) -> Result<R> {
    let owner = extension_owner()?;
    unsafe {
        let mut saved_user = pg_sys::InvalidOid;
        let mut saved_ctx = 0;
        pg_sys::GetUserIdAndSecContext(&mut saved_user, &mut saved_ctx);
        pg_sys::SetUserIdAndSecContext(
            owner,
            saved_ctx | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32,
        );
        // On error the transaction aborts and PostgreSQL restores both itself.
        let r = with_pinned_search_path(f);
        pg_sys::SetUserIdAndSecContext(saved_user, saved_ctx);
        Ok(r)
    }
}

/// Runs `f` with `search_path = pg_catalog, pg_temp`: every query the extension runs, as whatever
/// role, parses and plans under it, so that no function, operator, aggregate or type a caller put
/// on its own search_path can take the place of pg_catalog's (an exact-type `array_agg(oid)` or
/// `=(oid, integer)` in a caller's schema would otherwise be preferred). Catalog tables and user
/// tables are always named with their schema.
pub fn with_pinned_search_path<R>(f: impl FnOnce() -> R) -> R {
    with_settings([(c"search_path", c"pg_catalog, pg_temp")], f)
}

/// Runs `f` with the given settings, as `SET LOCAL` would, in a GUC nest level of its own that is
/// left (the settings restored) when `f` returns; on an ERROR the transaction's abort restores
/// them.
pub fn with_settings<'a, R>(
    settings: impl IntoIterator<Item = (&'a std::ffi::CStr, &'a std::ffi::CStr)>,
    f: impl FnOnce() -> R,
) -> R {
    unsafe {
        let level = pg_sys::NewGUCNestLevel();
        for (name, value) in settings {
            pg_sys::set_config_option(
                name.as_ptr(),
                value.as_ptr(),
                pg_sys::GucContext::PGC_USERSET,
                pg_sys::GucSource::PGC_S_SESSION,
                pg_sys::GucAction::GUC_ACTION_SAVE,
                true,
                0,
                false,
            );
        }
        let r = f();
        pg_sys::AtEOXact_GUC(true, level);
        r
    }
}

fn extension_owner() -> Result<Oid> {
    unsafe {
        let nsp = pg_sys::get_namespace_oid(crate::catalog::SCHEMA.as_ptr(), true);
        if nsp == pg_sys::InvalidOid {
            return Err(AuditError::Catalog("schema audit_chain is missing".into()));
        }
    }
    let owner = select_one::<pg_sys::Oid>(
        "SELECT nspowner FROM pg_catalog.pg_namespace WHERE nspname = 'audit_chain'",
    );
    owner.ok_or_else(|| AuditError::Catalog("schema audit_chain is missing".into()))
}

/// Runs a statement (search_path pinned, see `with_pinned_search_path`); its ERROR is raised.
pub fn run_sql(sql: &str) {
    if let Err(e) = with_pinned_search_path(|| pgrx::Spi::run(sql)) {
        AuditError::Catalog(format!("{e}: {sql}")).report();
    }
}

/// Argument `n` of a direct call, or None when it is NULL.
pub unsafe fn arg(fcinfo: pg_sys::FunctionCallInfo, n: usize) -> Option<pg_sys::Datum> {
    let args = (*fcinfo).args.as_slice((*fcinfo).nargs as usize);
    let a = args.get(n)?;
    if a.isnull {
        None
    } else {
        Some(a.value)
    }
}

pub unsafe fn return_null(fcinfo: pg_sys::FunctionCallInfo) -> pg_sys::Datum {
    (*fcinfo).isnull = true;
    pg_sys::Datum::from(0usize)
}

/// The TriggerData of a call, if the function was called as a trigger.
pub unsafe fn trigger_data(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Option<&'static pg_sys::TriggerData> {
    let ctx = (*fcinfo).context;
    if ctx.is_null() || (*ctx).type_ != pg_sys::NodeTag::T_TriggerData {
        return None;
    }
    Some(&*(ctx as *const pg_sys::TriggerData))
}

/// Pointers held by a PostgreSQL List.
pub unsafe fn list_ptrs(list: *mut pg_sys::List) -> Vec<*mut std::ffi::c_void> {
    if list.is_null() {
        return Vec::new();
    }
    let n = (*list).length as usize;
    (0..n).map(|i| (*(*list).elements.add(i)).ptr_value).collect()
}

pub unsafe fn list_ints(list: *mut pg_sys::List) -> Vec<i32> {
    if list.is_null() {
        return Vec::new();
    }
    let n = (*list).length as usize;
    (0..n).map(|i| (*(*list).elements.add(i)).int_value).collect()
}

pub unsafe fn cstr(p: *const std::ffi::c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

pub fn uuid_text(u: &[u8; 16]) -> String {
    let h = hex::encode(u);
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

/// The 16 bytes of a UUID in its canonical text form (any case), if it is one.
pub fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let hex: String = s.chars().filter(|&c| c != '-').collect();
    let dashes: Vec<usize> = s.match_indices('-').map(|(i, _)| i).collect();
    if s.len() != 36 || dashes != [8, 13, 18, 23] || hex.len() != 32 {
        return None;
    }
    let mut u = [0u8; 16];
    hex::decode_to_slice(&hex, &mut u).ok()?;
    Some(u)
}

/// First column of the first row of a read-only query (see `read_rows`).
pub fn select_one<T: pgrx::FromDatum + pgrx::IntoDatum>(sql: &str) -> Option<T> {
    select_one_with_args(sql, &[])
}

pub fn select_one_with_args<T: pgrx::FromDatum + pgrx::IntoDatum>(
    sql: &str,
    args: &[pgrx::datum::DatumWithOid],
) -> Option<T> {
    read_rows(sql, args, |row| row.get::<T>(0)).into_iter().next().flatten()
}

/// One row of a `read_rows` result.
pub struct Row<'a> {
    tuple: pg_sys::HeapTuple,
    desc: pg_sys::TupleDesc,
    _scope: std::marker::PhantomData<&'a ()>,
}

impl Row<'_> {
    /// Column `i` (zero-based), or None when it is NULL.
    pub fn get<T: pgrx::FromDatum + pgrx::IntoDatum>(&self, i: usize) -> Option<T> {
        unsafe {
            let mut isnull = false;
            let d = pg_sys::SPI_getbinval(self.tuple, self.desc, i as i32 + 1, &mut isnull);
            let typid = pg_sys::SPI_gettypeid(self.desc, i as i32 + 1);
            T::try_from_datum(d, isnull, typid).ok().flatten()
        }
    }
}

/// Runs a read-only query with arguments and maps every row with `f` (inside the SPI scope, so
/// the values `f` returns must be owned). Unlike pgrx's `select`, it always runs read-only, also in
/// a transaction that has written: read-only SPI reads under the *active* snapshot instead of
/// taking a new one per query, so a caller that pushed one snapshot (verification does) reads one
/// state of the database throughout; and it never assigns a transaction id (which would fail on a
/// hot standby). A query that fails raises its ERROR.
pub fn read_rows<R>(
    sql: &str,
    args: &[pgrx::datum::DatumWithOid],
    mut f: impl FnMut(&Row) -> R,
) -> Vec<R> {
    let sql = std::ffi::CString::new(sql).expect("SQL text contains a NUL byte");
    with_pinned_search_path(|| {
        pgrx::Spi::connect(|_| unsafe {
            let mut types: Vec<Oid> = args.iter().map(|a| a.oid()).collect();
            let mut values: Vec<pg_sys::Datum> = args
                .iter()
                .map(|a| a.datum().map_or(pg_sys::Datum::from(0usize), |d| d.sans_lifetime()))
                .collect();
            let nulls: Vec<std::ffi::c_char> =
                args.iter().map(|a| if a.datum().is_some() { b' ' } else { b'n' } as _).collect();
            pg_sys::SPI_tuptable = std::ptr::null_mut();
            let rc = pg_sys::SPI_execute_with_args(
                sql.as_ptr(),
                args.len() as i32,
                types.as_mut_ptr(),
                values.as_mut_ptr(),
                nulls.as_ptr(),
                true,
                0,
            );
            if rc < 0 {
                AuditError::Catalog(format!("SPI error {rc}: {}", sql.to_string_lossy())).report();
            }
            let table = pg_sys::SPI_tuptable;
            if table.is_null() {
                return Vec::new();
            }
            let n = pg_sys::SPI_processed as usize;
            (0..n)
                .map(|i| {
                    let row = Row {
                        tuple: *(*table).vals.add(i),
                        desc: (*table).tupdesc,
                        _scope: std::marker::PhantomData,
                    };
                    f(&row)
                })
                .collect()
        })
    })
}

/// Times in checkpoint records and digests: UTC with microseconds, `2026-01-31T12:00:00.000000Z`.
/// `time_text` renders a PostgreSQL timestamp (microseconds since 2000-01-01 UTC) so; the SQL
/// pattern renders `ts AT TIME ZONE 'UTC'` the same way; `is_time_text` checks the shape.
pub const TIME_FORMAT_SQL: &str = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";

pub fn time_text(micros: i64) -> String {
    const USECS_PER_DAY: i64 = 86_400_000_000;
    let days = micros.div_euclid(USECS_PER_DAY) + 10_957; // days from 1970-01-01 to 2000-01-01
    let rem = micros.rem_euclid(USECS_PER_DAY);
    // Civil date from days since the Unix epoch (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let secs = rem / 1_000_000;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        rem % 1_000_000
    )
}

pub fn is_time_text(s: &str) -> bool {
    s.len() == 27
        && s.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            19 => b == b'.',
            26 => b == b'Z',
            _ => b.is_ascii_digit(),
        })
}

/// A time as records write it (`2026-01-31T12:00:00.000000Z`, see `time_text`, whose
/// inverse this is) in PostgreSQL's microseconds since 2000-01-01 UTC; None unless `s` has that
/// form and names a real time.
pub fn parse_time(s: &str) -> Option<i64> {
    if !is_time_text(s) {
        return None;
    }
    let num = |from: usize, to: usize| s[from..to].parse::<i64>().ok();
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second, micros) = (num(11, 13)?, num(14, 16)?, num(17, 19)?, num(20, 26)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if year == 0
        || !(1..=12).contains(&month)
        || !(1..=month_days[month as usize - 1]).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    // Days since 1970-01-01 from the civil date (Howard Hinnant's algorithm, as time_text).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468 - 10_957; // from 2000-01-01
    Some(days * 86_400_000_000 + ((hour * 60 + minute) * 60 + second) * 1_000_000 + micros)
}

/// Runs `f` with a new active snapshot that sees everything committed so far and every earlier
/// command of this transaction, as a new statement would: what `read_rows` and the heap scans
/// under `GetActiveSnapshot()` then read is one state of the database.
pub fn with_fresh_snapshot<R>(f: impl FnOnce() -> R) -> R {
    unsafe {
        pg_sys::CommandCounterIncrement();
        pg_sys::PushActiveSnapshot(pg_sys::GetTransactionSnapshot());
        pg_sys::UpdateActiveSnapshotCommandId();
    }
    let r = f();
    unsafe { pg_sys::PopActiveSnapshot() };
    r
}

/// The owner of relation `relid` (InvalidOid if there is none), from the syscache.
pub fn rel_owner(relid: Oid) -> Oid {
    unsafe {
        let tup = pg_sys::SearchSysCache1(
            pg_sys::SysCacheIdentifier::RELOID as i32,
            pg_sys::Datum::from(relid.to_u32()),
        );
        if tup.is_null() {
            return pg_sys::InvalidOid;
        }
        let owner = (*(pg_sys::GETSTRUCT(tup) as *const pg_sys::FormData_pg_class)).relowner;
        pg_sys::ReleaseSysCache(tup);
        owner
    }
}

/// One row of a `for_each_row` result.
pub struct CursorRow {
    tuple: pg_sys::HeapTuple,
    desc: pg_sys::TupleDesc,
}

impl CursorRow {
    /// Column `i` (zero-based), a bytea, borrowed from the row; None when it is NULL.
    pub fn bytes(&self, i: usize) -> Option<&[u8]> {
        unsafe {
            let mut isnull = false;
            let d = pg_sys::SPI_getbinval(self.tuple, self.desc, i as i32 + 1, &mut isnull);
            (!isnull).then(|| crate::encoding::varlena_bytes(d))
        }
    }

    /// Column `i` (zero-based), or None when it is NULL.
    pub fn get<T: pgrx::FromDatum + pgrx::IntoDatum>(&self, i: usize) -> Option<T> {
        unsafe {
            let mut isnull = false;
            let d = pg_sys::SPI_getbinval(self.tuple, self.desc, i as i32 + 1, &mut isnull);
            let typid = pg_sys::SPI_gettypeid(self.desc, i as i32 + 1);
            T::try_from_datum(d, isnull, typid).ok().flatten()
        }
    }
}

/// Runs a read-only query like `read_rows` (under the active snapshot, search_path pinned),
/// but through a cursor, a batch of rows at a time, calling `f` with each row in a memory context
/// reset after it: memory does not grow with the number of rows. `f` may run queries of its own.
pub fn for_each_row(sql: &str, args: &[pgrx::datum::DatumWithOid], mut f: impl FnMut(&CursorRow)) {
    const BATCH: std::ffi::c_long = 256;
    let sql = std::ffi::CString::new(sql).expect("SQL text contains a NUL byte");
    with_pinned_search_path(|| {
        pgrx::Spi::connect(|_| unsafe {
            let mut types: Vec<Oid> = args.iter().map(|a| a.oid()).collect();
            let mut values: Vec<pg_sys::Datum> = args
                .iter()
                .map(|a| a.datum().map_or(pg_sys::Datum::from(0usize), |d| d.sans_lifetime()))
                .collect();
            let nulls: Vec<std::ffi::c_char> =
                args.iter().map(|a| if a.datum().is_some() { b' ' } else { b'n' } as _).collect();
            // Read-only: the portal runs under the active snapshot, as read_rows's queries do.
            let portal = pg_sys::SPI_cursor_open_with_args(
                std::ptr::null(),
                sql.as_ptr(),
                args.len() as i32,
                types.as_mut_ptr(),
                values.as_mut_ptr(),
                nulls.as_ptr(),
                true,
                0,
            );
            if portal.is_null() {
                AuditError::Catalog(format!("cannot open a cursor for: {}", sql.to_string_lossy()))
                    .report();
            }
            let row_cx = pg_sys::AllocSetContextCreateInternal(
                pg_sys::CurrentMemoryContext,
                c"audit_chain cursor row".as_ptr(),
                0,
                8 * 1024,
                8 * 1024 * 1024,
            );
            loop {
                pg_sys::SPI_cursor_fetch(portal, true, BATCH);
                let table = pg_sys::SPI_tuptable;
                let n = pg_sys::SPI_processed as usize;
                if table.is_null() || n == 0 {
                    break;
                }
                for i in 0..n {
                    pgrx::check_for_interrupts!();
                    let row = CursorRow { tuple: *(*table).vals.add(i), desc: (*table).tupdesc };
                    let old = pg_sys::MemoryContextSwitchTo(row_cx);
                    f(&row);
                    pg_sys::MemoryContextSwitchTo(old);
                    pg_sys::MemoryContextReset(row_cx);
                }
                pg_sys::SPI_freetuptable(table);
            }
            pg_sys::MemoryContextDelete(row_cx);
            pg_sys::SPI_cursor_close(portal);
        })
    })
}
