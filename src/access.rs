//! Who may administer an audit table (checkpoint, prune, set retention): its owner (or a member
//! of the owning role), a superuser, or a role the owner named with audit_grant(). A role that may
//! only INSERT has none of these rights.

use crate::catalog;
use crate::error::{AuditError, Result};
use crate::util;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;

pub fn is_owner(relid: Oid) -> bool {
    unsafe {
        pg_sys::superuser()
            || pg_sys::has_privs_of_role(pg_sys::GetUserId(), util::rel_owner(relid))
    }
}

/// Ok when the current role may `action` (checkpoint, prune, ...) the audit table `relid`.
pub fn require_admin(relid: Oid, action: &'static str) -> Result<()> {
    if is_owner(relid) {
        return Ok(());
    }
    let grantees = util::read_rows(
        "SELECT grantee::pg_catalog.oid FROM audit_chain.grants WHERE relid = $1",
        &[relid.into()],
        |r| r.get::<Oid>(0),
    );
    let me = unsafe { pg_sys::GetUserId() };
    if grantees.into_iter().flatten().any(|g| unsafe { pg_sys::has_privs_of_role(me, g) }) {
        return Ok(());
    }
    Err(AuditError::NoAdminRight { action, table: util::qualified_name(relid) })
}

/// The audit table named by a regclass argument, or the right error.
pub fn audit_table_arg(d: Option<Datum>, what: &str) -> Result<catalog::AuditTable> {
    let d = d.ok_or_else(|| AuditError::InvalidArgument(format!("{what} must not be NULL")))?;
    let relid = Oid::from(d.value() as u32);
    if !util::relation_exists(relid) {
        return Err(AuditError::InvalidArgument(format!(
            "relation with OID {} does not exist",
            relid.to_u32()
        )));
    }
    catalog::audit_table(relid, catalog::latest_snapshot())?
        .ok_or_else(|| AuditError::NotAuditTable(util::qualified_name(relid)))
}

crate::pg_function_info!(pg_finfo_audit_chain_grant);

/// audit_grant(tbl, role, grant boolean): gives or takes the right to administer `tbl`.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_grant(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let run = || -> Result<()> {
        let t = audit_table_arg(util::arg(fcinfo, 0), "table")?;
        let role = util::arg(fcinfo, 1)
            .ok_or_else(|| AuditError::InvalidArgument("role must not be NULL".into()))?
            .value() as u32;
        let grant = util::arg(fcinfo, 2)
            .ok_or_else(|| AuditError::InvalidArgument("allow must not be NULL".into()))?
            .value()
            != 0;
        if !is_owner(t.relid) {
            return Err(AuditError::NotOwner(util::qualified_name(t.relid)));
        }
        let relid = t.relid.to_u32();
        let sql = if grant {
            format!(
                "INSERT INTO audit_chain.grants (relid, grantee) VALUES ({relid}::oid, {role}::oid) ON CONFLICT DO NOTHING"
            )
        } else {
            format!("DELETE FROM audit_chain.grants WHERE relid = {relid}::oid AND grantee = {role}::oid")
        };
        util::as_extension_owner(|| util::run_sql(&sql))
    };
    if let Err(e) = run() {
        e.report();
    }
    util::return_null(fcinfo)
}
