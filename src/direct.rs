//! Inserting one row into a table without a query, the way logical replication's apply worker
//! does (`ExecSimpleRelationInsert`): the table's BEFORE and AFTER row triggers, constraints,
//! stored generated columns, column defaults (identity columns included) and indexes all apply,
//! as for an INSERT statement, but there is no statement to plan, revalidate and start per row.
//! The tracking trigger writes a history row per change of a tracked table this way: through SPI
//! the executor's start-up took most of the time a tracked change costs (bench/HISTORY.md).
//!
//! Privileges are not checked (the caller runs as the table's owner) and row-level security
//! policies do not apply: a history records every change, none may be filtered out.

use pgrx::pg_sys::{self, Datum, Oid};

/// The default expressions of a table's columns, planned once (reading and planning them took a
/// tenth of a tracked change's time when done per row), kept in a memory context of their own.
/// Built again when the table's relcache entry is invalidated (the owner of a `Defaults` forgets
/// it then), as an INSERT's plan would be.
pub struct Defaults {
    cxt: pg_sys::MemoryContext,
    /// (column index, planned expression) of each live, not generated column that has a default
    /// and is not among the columns the caller fills.
    exprs: Vec<(usize, *mut pg_sys::Expr)>,
}

impl Defaults {
    /// The defaults of `relid`'s columns other than `filled` (0-based column indexes).
    ///
    /// # Safety
    /// Inside a transaction.
    pub unsafe fn of(relid: Oid, filled: &[usize]) -> Defaults {
        let cxt = pg_sys::AllocSetContextCreateInternal(
            pg_sys::CacheMemoryContext,
            c"audit_chain column defaults".as_ptr(),
            0,
            1024,
            8192,
        );
        let old = pg_sys::MemoryContextSwitchTo(cxt);
        let rel = pg_sys::table_open(relid, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
        let mut exprs = Vec::new();
        for (i, attr) in crate::compat::attrs((*rel).rd_att).iter().enumerate() {
            if filled.contains(&i) || attr.attisdropped || attr.attgenerated != 0 {
                continue;
            }
            let expr = pg_sys::build_column_default(rel, (i + 1) as i32);
            if !expr.is_null() {
                exprs.push((i, pg_sys::expression_planner(expr as *mut pg_sys::Expr)));
            }
        }
        pg_sys::table_close(rel, pg_sys::NoLock as pg_sys::LOCKMODE);
        pg_sys::MemoryContextSwitchTo(old);
        Defaults { cxt, exprs }
    }
}

impl Drop for Defaults {
    fn drop(&mut self) {
        unsafe { pg_sys::MemoryContextDelete(self.cxt) }
    }
}

/// Inserts a row into `relid` with the given values for the columns named by their index in the
/// tuple descriptor (`None` is NULL); every other column gets its default from `defaults` (built
/// for the same columns), or NULL. Raises the ERROR of whatever refuses the row.
///
/// # Safety
/// Inside a transaction, with an active snapshot; the caller may insert into `relid`.
pub unsafe fn insert(relid: Oid, set: &[(usize, Option<Datum>)], defaults: &Defaults) {
    let estate = pg_sys::CreateExecutorState();
    let old_cxt = pg_sys::MemoryContextSwitchTo((*estate).es_query_cxt);
    let rel = pg_sys::table_open(relid, pg_sys::RowExclusiveLock as pg_sys::LOCKMODE);
    let rri =
        pg_sys::palloc0(std::mem::size_of::<pg_sys::ResultRelInfo>()) as *mut pg_sys::ResultRelInfo;
    pg_sys::InitResultRelInfo(rri, rel, 0, std::ptr::null_mut(), 0);
    (*estate).es_output_cid = pg_sys::GetCurrentCommandId(true);
    pg_sys::ExecOpenIndices(rri, false);

    let desc = (*rel).rd_att;
    let slot = pg_sys::ExecInitExtraTupleSlot(estate, desc, &pg_sys::TTSOpsVirtual);
    let natts = (*desc).natts as usize;
    let values = std::slice::from_raw_parts_mut((*slot).tts_values, natts);
    let nulls = std::slice::from_raw_parts_mut((*slot).tts_isnull, natts);
    values.fill(Datum::from(0usize));
    nulls.fill(true);
    for &(i, v) in set {
        if let Some(d) = v {
            values[i] = d;
            nulls[i] = false;
        }
    }
    let econtext = pg_sys::MakePerTupleExprContext(estate);
    for &(i, expr) in &defaults.exprs {
        let state = pg_sys::ExecInitExpr(expr, std::ptr::null_mut());
        let mut isnull = false;
        let eval = (*state).evalfunc.expect("an initialized expression has an evaluation function");
        values[i] = eval(state, econtext, &mut isnull);
        nulls[i] = isnull;
    }
    pg_sys::ExecStoreVirtualTuple(slot);

    // The row's AFTER triggers (and deferred constraint checks) are queued in a query level of
    // their own and fired when the insert is done, as after an INSERT statement.
    pg_sys::AfterTriggerBeginQuery();
    pg_sys::ExecSimpleRelationInsert(rri, estate, slot);
    pg_sys::AfterTriggerEndQuery(estate);

    pg_sys::ExecCloseIndices(rri);
    pg_sys::ExecResetTupleTable((*estate).es_tupleTable, false);
    pg_sys::table_close(rel, pg_sys::NoLock as pg_sys::LOCKMODE);
    pg_sys::MemoryContextSwitchTo(old_cxt);
    pg_sys::FreeExecutorState(estate);
}
