//! The physical layout of an audit table: where its five chain columns are and how its user
//! columns are encoded. Shared by the insert path, audit_enable and verification.

use crate::encoding::RowPlan;
use crate::error::{AuditError, Result};
use pgrx::pg_sys;

/// The chain columns audit_enable adds, in this order.
pub const CHAIN_COLUMNS: [&str; 5] =
    ["audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash"];
pub const CHAIN_ID: usize = 0;
pub const SEQ: usize = 1;
pub const AT: usize = 2;
pub const PREV: usize = 3;
pub const HASH: usize = 4;

pub struct Layout {
    /// Zero-based attribute index of each chain column, in CHAIN_COLUMNS order.
    pub chain_attrs: [usize; 5],
    pub plan: RowPlan,
}

/// Attribute index of the live column `name`, if any.
pub unsafe fn find_column(desc: pg_sys::TupleDesc, name: &str) -> Option<usize> {
    let natts = (*desc).natts as usize;
    (*desc).attrs.as_slice(natts).iter().position(|a| {
        !a.attisdropped
            && std::ffi::CStr::from_ptr(a.attname.data.as_ptr()).to_bytes() == name.as_bytes()
    })
}

impl Layout {
    pub unsafe fn of(rel: pg_sys::Relation, table_name: &str) -> Result<Layout> {
        let desc = (*rel).rd_att;
        let mut chain_attrs = [0usize; 5];
        for (i, name) in CHAIN_COLUMNS.iter().enumerate() {
            chain_attrs[i] = find_column(desc, name).ok_or_else(|| {
                AuditError::Catalog(format!("chain column {name} of {table_name} is missing"))
            })?;
        }
        Ok(Layout { chain_attrs, plan: RowPlan::new(desc, &chain_attrs) })
    }
}
