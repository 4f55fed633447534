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
        let level = pg_sys::NewGUCNestLevel();
        pg_sys::set_config_option(
            c"search_path".as_ptr(),
            c"pg_catalog, pg_temp".as_ptr(),
            pg_sys::GucContext::PGC_USERSET,
            pg_sys::GucSource::PGC_S_SESSION,
            pg_sys::GucAction::GUC_ACTION_SAVE,
            true,
            0,
            false,
        );
        pg_sys::SetUserIdAndSecContext(
            owner,
            saved_ctx | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32,
        );
        // On error the transaction aborts and PostgreSQL restores both itself.
        let r = f();
        pg_sys::SetUserIdAndSecContext(saved_user, saved_ctx);
        pg_sys::AtEOXact_GUC(true, level);
        Ok(r)
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

pub fn run_sql(sql: &str) {
    if let Err(e) = pgrx::Spi::run(sql) {
        AuditError::Catalog(format!("{e}: {sql}")).report();
    }
}

pub fn bytea_literal(bytes: &[u8]) -> String {
    format!("'\\x{}'::bytea", hex::encode(bytes))
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

/// First column of the first row of a read-only query. Unlike `Spi::get_one`, this does not mark
/// the transaction as writing (which would assign it a transaction id and fail on a hot standby).
pub fn select_one<T: pgrx::FromDatum + pgrx::IntoDatum>(sql: &str) -> Option<T> {
    select_one_with_args(sql, &[])
}

pub fn select_one_with_args<T: pgrx::FromDatum + pgrx::IntoDatum>(
    sql: &str,
    args: &[pgrx::datum::DatumWithOid],
) -> Option<T> {
    pgrx::Spi::connect(|c| c.select(sql, Some(1), args).ok()?.first().get_one::<T>().ok().flatten())
}
