//! Inserting one row into a table without a query, the way logical replication's apply worker
//! does (`ExecSimpleRelationInsert`): the table's BEFORE and AFTER row triggers, constraints,
//! stored generated columns, column defaults (identity columns included), the domain of a column
//! left without a default, and indexes all apply, as for an INSERT statement, but there is no
//! statement to plan, revalidate and start per row.
//! The tracking trigger writes a history row per change of a tracked table this way: through SPI
//! the executor's start-up took most of the time a tracked change costs (bench/HISTORY.md).
//!
//! Its statement-level INSERT triggers fire around the row, as for a one-row INSERT; a trigger
//! with a transition table (`REFERENCING NEW TABLE`) is refused, since no statement fills one.
//! Privileges are not checked (the caller runs as the table's owner) and row-level security
//! policies do not apply: a history records every change, none may be filtered out.

use pgrx::pg_sys::{self, Datum, Oid};

/// The default expressions of a table's columns (for a column of a domain type without a default,
/// NULL checked against the domain), planned once (reading and planning them took a
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
        // Made long-lived only once built: a default that fails to plan (`DEFAULT 1/0`) leaves
        // it in the transaction's memory, which the abort frees.
        let cxt = pg_sys::AllocSetContextCreateInternal(
            pg_sys::CurrentMemoryContext,
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
            if expr.is_null() && pg_sys::get_typtype(attr.atttypid) as u8 == pg_sys::TYPTYPE_DOMAIN
            {
                // No default: NULL, checked against the column's domain, as the planner fills a
                // column an INSERT leaves out (expand_insert_targetlist). Not planned: the planner
                // would drop the check of a domain without constraints yet, and the executor
                // reads the domain's constraints when it starts the expression, for each row.
                let null = pg_sys::makeNullConst(attr.atttypid, -1, attr.attcollation);
                let check = pg_sys::coerce_to_domain(
                    null.cast(),
                    pg_sys::InvalidOid,
                    -1,
                    attr.atttypid,
                    pg_sys::CoercionContext::COERCION_IMPLICIT,
                    pg_sys::CoercionForm::COERCE_IMPLICIT_CAST,
                    -1,
                    false,
                );
                exprs.push((i, check as *mut pg_sys::Expr));
            } else if !expr.is_null() {
                exprs.push((i, pg_sys::expression_planner(expr as *mut pg_sys::Expr)));
            }
        }
        pg_sys::table_close(rel, pg_sys::NoLock as pg_sys::LOCKMODE);
        pg_sys::MemoryContextSwitchTo(old);
        pg_sys::MemoryContextSetParent(cxt, pg_sys::CacheMemoryContext);
        Defaults { cxt, exprs }
    }

    /// Runs `f` with this table's memory context current: what it allocates lives as long as
    /// these defaults.
    ///
    /// # Safety
    /// `f` must not raise an ERROR (the previous context would not be restored).
    pub unsafe fn allocate_in<R>(&self, f: impl FnOnce() -> R) -> R {
        let old = pg_sys::MemoryContextSwitchTo(self.cxt);
        let r = f();
        pg_sys::MemoryContextSwitchTo(old);
        r
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
    let trig = (*rel).trigdesc;
    if !trig.is_null() && (*trig).trig_insert_new_table {
        crate::error::AuditError::HistoryTransitionTable(crate::util::qualified_name(relid))
            .report();
    }
    let rri =
        pg_sys::palloc0(std::mem::size_of::<pg_sys::ResultRelInfo>()) as *mut pg_sys::ResultRelInfo;
    pg_sys::InitResultRelInfo(rri, rel, 0, std::ptr::null_mut(), 0);
    // Where the AFTER triggers find the relation they fire for (else they open it again).
    (*estate).es_opened_result_relations =
        pg_sys::lappend((*estate).es_opened_result_relations, rri.cast());
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
    // their own and fired when the insert is done, with the table's statement-level INSERT
    // triggers around it, as for an INSERT statement of one row.
    pg_sys::AfterTriggerBeginQuery();
    pg_sys::ExecBSInsertTriggers(estate, rri);
    pg_sys::ExecSimpleRelationInsert(rri, estate, slot);
    pg_sys::ExecASInsertTriggers(estate, rri, std::ptr::null_mut());
    pg_sys::AfterTriggerEndQuery(estate);

    // Our relation's indexes, and whatever the AFTER triggers opened (ExecGetTriggerResultRel).
    pg_sys::ExecCloseResultRelations(estate);
    pg_sys::ExecResetTupleTable((*estate).es_tupleTable, false);
    pg_sys::table_close(rel, pg_sys::NoLock as pg_sys::LOCKMODE);
    pg_sys::MemoryContextSwitchTo(old_cxt);
    pg_sys::FreeExecutorState(estate);
}
