//! Logical replication and audit_chain's catalog. A publication FOR ALL TABLES includes the tables
//! of schema audit_chain (PostgreSQL 15 cannot exclude them), so a subscriber would receive the
//! publisher's registrations, chain heads and checkpoint records on top of its own: false alarms,
//! then duplicate keys that stop the subscription. A row trigger enabled REPLICA on each catalog
//! table skips every row a logical replication worker applies to it; the catalog is written only
//! by the extension's functions of the database itself. (Audit tables replicate as usual; see
//! replica mode in lifecycle.rs to keep the publisher's chain values.)

use crate::error::AuditError;
use crate::util;
use pgrx::pg_sys::{self, Datum};
use pgrx::prelude::*;

crate::pg_function_info!(pg_finfo_audit_chain_replication_filter);

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_replication_filter(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(tg) = util::trigger_data(fcinfo) else {
        AuditError::InvalidArgument(
            "audit_chain.replication_filter() must be called as a trigger".into(),
        )
        .report()
    };
    if pg_sys::IsLogicalWorker() {
        // Skips the row: the catalog keeps the subscriber's own state.
        return Datum::from(0usize);
    }
    // Another session with session_replication_role = replica: the extension's own writes.
    let ev = tg.tg_event & pg_sys::TRIGGER_EVENT_OPMASK;
    if ev == pg_sys::TRIGGER_EVENT_UPDATE {
        Datum::from(tg.tg_newtuple)
    } else {
        Datum::from(tg.tg_trigtuple)
    }
}
