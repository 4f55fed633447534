//! Guards: what keeps audit tables append-only and their history verifiable.
//!
//! - A statement-level and a row-level BEFORE UPDATE OR DELETE (OR TRUNCATE) trigger, enabled
//!   ALWAYS so they also fire under session_replication_role = replica. Statement-level triggers
//!   catch statements that touch no row, MERGE and INSERT ... ON CONFLICT DO UPDATE; row-level
//!   ones catch updates reaching the table through an inheritance parent.
//! - A ddl_command_start event trigger that reads the statement and refuses DDL that would make
//!   recorded rows unverifiable; an sql_drop event trigger (SQL, in sql/) refuses drops.
//! - A ddl_command_end event trigger that judges what an ALTER TABLE did (`check_altered`).
//! - An ExecutorStart hook that refuses INSERT ... ON CONFLICT DO UPDATE and notes DO NOTHING
//!   (whose skipped rows chain.rs takes back). Hooks act only in backends that have loaded the
//!   library (see README: shared_preload_libraries).
//!
//! None of this stops a superuser who edits the catalogs; audit_verify() reports what they did.

use crate::catalog;
use crate::compat;
use crate::error::AuditError;
use crate::layout::{is_chain_column, CHAIN_COLUMNS, PROVENANCE_COLUMNS};
use crate::util::{self, cstr, list_ptrs};
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;

pub const INSERT_TRIGGER: &str = "zz_audit_chain_insert";
pub const GUARD_TRIGGER: &str = "audit_chain_guard";
pub const GUARD_ROW_TRIGGER: &str = "audit_chain_guard_row";
/// audit_chain's triggers on every audit table: name, function in schema audit_chain, and the
/// `pg_trigger.tgtype` they are created with (verification compares it).
pub const TRIGGERS: [(&str, &str, i16); 3] = [
    (
        INSERT_TRIGGER,
        "insert_trigger",
        (pg_sys::TRIGGER_TYPE_ROW | pg_sys::TRIGGER_TYPE_BEFORE | pg_sys::TRIGGER_TYPE_INSERT)
            as i16,
    ),
    (
        GUARD_TRIGGER,
        "guard_trigger",
        (pg_sys::TRIGGER_TYPE_BEFORE
            | pg_sys::TRIGGER_TYPE_UPDATE
            | pg_sys::TRIGGER_TYPE_DELETE
            | pg_sys::TRIGGER_TYPE_TRUNCATE) as i16,
    ),
    (
        GUARD_ROW_TRIGGER,
        "guard_trigger",
        (pg_sys::TRIGGER_TYPE_ROW
            | pg_sys::TRIGGER_TYPE_BEFORE
            | pg_sys::TRIGGER_TYPE_UPDATE
            | pg_sys::TRIGGER_TYPE_DELETE) as i16,
    ),
];

/// Whether `name` is one of audit_chain's triggers.
fn is_our_trigger(name: &str) -> bool {
    TRIGGERS.iter().any(|(ours, ..)| *ours == name)
}

fn is_audit_table(relid: Oid) -> bool {
    relid != pg_sys::InvalidOid
        && catalog::audit_table(relid, catalog::latest_snapshot())
            .map(|t| t.is_some())
            .unwrap_or(false)
}

/// Whether `relid` has one of audit_chain's triggers: every audit table has them (DDL that drops
/// one is refused), so a table without is not one, and the catalog need not be read. Reads the
/// relation's cached trigger list; the caller holds a lock on it (the executor's).
unsafe fn has_our_trigger(relid: Oid) -> bool {
    let rel = pg_sys::RelationIdGetRelation(relid);
    if rel.is_null() {
        return false;
    }
    let td = (*rel).trigdesc;
    let found = !td.is_null()
        && (0..(*td).numtriggers as usize)
            .any(|i| is_our_trigger(&cstr((*(*td).triggers.add(i)).tgname)));
    pg_sys::RelationClose(rel);
    found
}

fn refuse_modification(operation: &str, relid: Oid) -> ! {
    let table = util::qualified_name(relid);
    AuditError::ModificationRefused { operation: operation.into(), table }.refuse(relid)
}

/// Refuses DDL on the extension's own tables (disabling or dropping the checkpoint catalog's
/// guard, renaming a catalog table to slip in a decoy, ...), except from its own install and
/// upgrade scripts.
fn refuse_on_catalog(what: &str, relid: Oid) {
    if catalog::is_catalog_table(relid) && !in_own_script() {
        let table = util::qualified_name(relid);
        AuditError::CatalogDdlRefused { what: what.into(), table }.refuse(relid);
    }
}

/// Whether audit_chain's own install or upgrade script is running (not another extension's).
fn in_own_script() -> bool {
    unsafe {
        pg_sys::creating_extension
            && pg_sys::CurrentExtensionObject
                == pg_sys::get_extension_oid(c"audit_chain".as_ptr(), true)
    }
}

fn refuse_ddl(what: &str, relid: Oid) -> ! {
    let table = util::qualified_name(relid);
    AuditError::DdlRefused { what: what.into(), table }.refuse(relid)
}

crate::pg_function_info!(
    pg_finfo_audit_chain_guard_trigger,
    pg_finfo_audit_chain_ddl_guard,
    pg_finfo_audit_chain_ddl_end_guard
);

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_guard_trigger(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(tg) = util::trigger_data(fcinfo) else {
        AuditError::InvalidArgument(
            "audit_chain.guard_trigger() must be called as a trigger".into(),
        )
        .report()
    };
    let relid = (*tg.tg_relation).rd_id;
    let operation = match tg.tg_event & pg_sys::TRIGGER_EVENT_OPMASK {
        pg_sys::TRIGGER_EVENT_UPDATE => "UPDATE",
        pg_sys::TRIGGER_EVENT_DELETE => "DELETE",
        pg_sys::TRIGGER_EVENT_TRUNCATE => "TRUNCATE",
        _ => return Datum::from(0usize),
    };
    refuse_modification(operation, relid)
}

pub(crate) unsafe fn range_var_oid(rv: *mut pg_sys::RangeVar) -> Oid {
    if rv.is_null() {
        return pg_sys::InvalidOid;
    }
    pg_sys::RangeVarGetRelidExtended(
        rv,
        pg_sys::NoLock as i32,
        pg_sys::RVROption::RVR_MISSING_OK,
        None,
        std::ptr::null_mut(),
    )
}

pub(crate) unsafe fn is_node(p: *mut std::ffi::c_void, tag: pg_sys::NodeTag) -> bool {
    !p.is_null() && (*(p as *mut pg_sys::Node)).type_ == tag
}

/// Whether ADD COLUMN could give rows already recorded a value, judged from its syntax. Used only
/// while the ddl_command_end guard, which judges the outcome, is not installed (a database whose
/// objects are still those of a release before 0.4.0, until ALTER EXTENSION ... UPDATE).
#[allow(non_upper_case_globals)]
unsafe fn column_def_fills_rows(def: *mut pg_sys::ColumnDef) -> bool {
    if def.is_null() {
        return false;
    }
    let d = &*def;
    if d.is_not_null || !d.raw_default.is_null() || d.identity != 0 || d.generated != 0 {
        return true;
    }
    for c in list_ptrs(d.constraints) {
        if is_node(c, pg_sys::NodeTag::T_Constraint) {
            use pg_sys::ConstrType::*;
            match (*(c as *mut pg_sys::Constraint)).contype {
                CONSTR_NOTNULL | CONSTR_DEFAULT | CONSTR_IDENTITY | CONSTR_GENERATED
                | CONSTR_PRIMARY => return true,
                _ => {}
            }
        }
    }
    if !d.typeName.is_null() {
        if let Some(last) = list_ptrs((*d.typeName).names).last() {
            if is_node(*last, pg_sys::NodeTag::T_String) {
                let name = cstr((*(*last as *mut pg_sys::String)).sval).to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "serial" | "bigserial" | "smallserial" | "serial2" | "serial4" | "serial8"
                ) {
                    return true;
                }
            }
        }
    }
    false
}

/// Refuses to make a table inherit from an audit table: the child's rows would show in every
/// query of the audit table without being chained or guarded.
unsafe fn refuse_audit_parent(parent: *mut std::ffi::c_void) {
    if !is_node(parent, pg_sys::NodeTag::T_RangeVar) {
        return;
    }
    let parent = range_var_oid(parent as *mut pg_sys::RangeVar);
    if is_audit_table(parent) {
        refuse_ddl("a child table (INHERITS, INHERIT)", parent);
    }
}

unsafe fn check_create_table(stmt: *mut pg_sys::CreateStmt) {
    for parent in list_ptrs((*stmt).inhRelations) {
        refuse_audit_parent(parent);
    }
}

/// ALTER TABLE on one of the extension's own tables: what would weaken the checkpoint catalog's
/// guard (disabling it, or limiting it to some replication roles) or change the tables' columns is
/// refused; maintenance (storage options, tablespace, owner, re-enabling ALWAYS) is not.
#[allow(non_upper_case_globals)]
unsafe fn check_alter_catalog(stmt: *mut pg_sys::AlterTableStmt, relid: Oid) {
    use pg_sys::AlterTableType::*;
    for c in list_ptrs((*stmt).cmds) {
        if !is_node(c, pg_sys::NodeTag::T_AlterTableCmd) {
            continue;
        }
        let subtype = (*(c as *mut pg_sys::AlterTableCmd)).subtype;
        if compat::is_add_column(subtype) || compat::is_drop_column(subtype) {
            refuse_on_catalog("changing its columns, inheritance or rules", relid);
            continue;
        }
        let refused = match subtype {
            AT_DisableTrig | AT_DisableTrigAll | AT_DisableTrigUser | AT_EnableTrig
            | AT_EnableReplicaTrig | AT_EnableTrigAll | AT_EnableTrigUser => {
                Some("disabling or changing the firing mode of a trigger")
            }
            AT_AlterColumnType | AT_DropNotNull | AT_AddInherit | AT_DisableRule
            | AT_EnableRule | AT_EnableReplicaRule | AT_EnableAlwaysRule => {
                Some("changing its columns, inheritance or rules")
            }
            _ => None,
        };
        if let Some(what) = refused {
            refuse_on_catalog(what, relid);
        }
    }
}

/// Whether constraint `name` of `relid` is the NOT NULL constraint of a chain column (PostgreSQL
/// 18 records NOT NULL in pg_constraint, contype 'n'; earlier versions have no such rows).
fn drops_chain_not_null(relid: Oid, name: &str) -> bool {
    let columns: Vec<String> = CHAIN_COLUMNS
        .iter()
        .chain(PROVENANCE_COLUMNS.iter().map(|(c, _)| c))
        .map(|c| c.to_string())
        .collect();
    util::select_one_with_args::<bool>(
        "SELECT EXISTS (SELECT FROM pg_catalog.pg_constraint c \
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) \
                         WHERE c.conrelid = $1 AND c.conname::pg_catalog.text = $2 AND c.contype = 'n' \
                           AND a.attname::pg_catalog.text = ANY ($3))",
        &[relid.into(), name.into(), columns.into()],
    )
    .unwrap_or(false)
}

#[allow(non_upper_case_globals)]
unsafe fn check_alter_table(stmt: *mut pg_sys::AlterTableStmt) {
    for c in list_ptrs((*stmt).cmds) {
        if is_node(c, pg_sys::NodeTag::T_AlterTableCmd) {
            let cmd = &*(c as *mut pg_sys::AlterTableCmd);
            if cmd.subtype == pg_sys::AlterTableType::AT_AddInherit {
                refuse_audit_parent(cmd.def as *mut std::ffi::c_void);
            }
        }
    }
    let relid = range_var_oid((*stmt).relation);
    if catalog::is_catalog_table(relid) {
        check_alter_catalog(stmt, relid);
    }
    if !is_audit_table(relid) {
        return;
    }
    let judged_after = remember_shape(relid);
    for c in list_ptrs((*stmt).cmds) {
        if !is_node(c, pg_sys::NodeTag::T_AlterTableCmd) {
            continue;
        }
        let cmd = &*(c as *mut pg_sys::AlterTableCmd);
        let name = cstr(cmd.name);
        let ours = is_our_trigger(&name);
        let chain_col = is_chain_column(&name);
        use pg_sys::AlterTableType::*;
        let refused = match cmd.subtype {
            t if compat::is_add_column(t)
                && !judged_after
                && column_def_fills_rows(cmd.def as *mut pg_sys::ColumnDef) =>
            {
                Some("ADD COLUMN with a default, NOT NULL, identity, serial or generated value")
            }
            t if compat::is_drop_column(t) => Some("DROP COLUMN"),
            AT_AlterColumnType => Some("ALTER COLUMN TYPE"),
            AT_DropExpression => Some("ALTER COLUMN DROP EXPRESSION"),
            AT_DropNotNull if chain_col => Some("DROP NOT NULL on a chain column"),
            // From 18 on, NOT NULL is a named constraint that DROP CONSTRAINT can remove.
            AT_DropConstraint if drops_chain_not_null(relid, &name) => {
                Some("DROP CONSTRAINT of a chain column's NOT NULL")
            }
            AT_SetUnLogged => Some("SET UNLOGGED"),
            AT_DisableTrig | AT_EnableTrig | AT_EnableReplicaTrig if ours => {
                Some("disabling or changing the firing mode of an audit_chain trigger")
            }
            AT_DisableTrigAll | AT_DisableTrigUser | AT_EnableTrigAll | AT_EnableTrigUser => {
                Some("disabling or changing the firing mode of an audit_chain trigger")
            }
            AT_AddInherit | AT_AttachPartition => Some("INHERIT or ATTACH PARTITION"),
            _ => None,
        };
        if let Some(what) = refused {
            refuse_ddl(what, relid);
        }
    }
}

#[allow(non_upper_case_globals)]
unsafe fn check_rename(stmt: *mut pg_sys::RenameStmt) {
    use pg_sys::ObjectType::*;
    let s = &*stmt;
    refuse_on_catalog("RENAME", range_var_oid(s.relation));
    if s.renameType == OBJECT_SCHEMA
        && cstr(s.subname) == catalog::SCHEMA.to_string_lossy()
        && !in_own_script()
    {
        AuditError::CatalogDdlRefused { what: "RENAME".into(), table: "schema audit_chain".into() }
            .refuse(pg_sys::InvalidOid);
    }
    match s.renameType {
        OBJECT_COLUMN => {
            let relid = range_var_oid(s.relation);
            if is_audit_table(relid) {
                refuse_ddl("RENAME COLUMN", relid);
            }
        }
        OBJECT_TRIGGER => {
            let relid = range_var_oid(s.relation);
            if !is_audit_table(relid) {
                return;
            }
            if is_our_trigger(&cstr(s.subname)) {
                refuse_ddl("renaming an audit_chain trigger", relid);
            }
            // Triggers fire in name order: a BEFORE INSERT row trigger renamed to fire after
            // the chain trigger could change rows after they were hashed.
            let before_insert_row = util::select_one_with_args::<bool>(
                "SELECT tgtype::int & 7 = 7 FROM pg_catalog.pg_trigger WHERE tgrelid = $1 AND tgname = $2",
                &[relid.into(), cstr(s.subname).as_str().into()],
            )
            .unwrap_or(false);
            if before_insert_row && cstr(s.newname).as_bytes() > INSERT_TRIGGER.as_bytes() {
                refuse_ddl(&format!("renaming a trigger to sort after {INSERT_TRIGGER}"), relid);
            }
        }
        _ => {}
    }
}

unsafe fn check_create_trigger(stmt: *mut pg_sys::CreateTrigStmt) {
    let s = &*stmt;
    let relid = range_var_oid(s.relation);
    refuse_on_catalog("CREATE TRIGGER", relid);
    if !is_audit_table(relid) {
        return;
    }
    let name = cstr(s.trigname);
    if s.replace && is_our_trigger(&name) {
        refuse_ddl("replacing an audit_chain trigger", relid);
    }
    // BEFORE INSERT row triggers fire in name order; one firing after ours could change a row
    // after its hash was computed.
    let before = s.timing as u32 & pg_sys::TRIGGER_TYPE_TIMING_MASK == pg_sys::TRIGGER_TYPE_BEFORE;
    let insert = s.events as u32 & pg_sys::TRIGGER_TYPE_INSERT != 0;
    if s.row && before && insert && name.as_bytes() > INSERT_TRIGGER.as_bytes() {
        refuse_ddl(
            "a BEFORE INSERT row trigger whose name sorts after zz_audit_chain_insert",
            relid,
        );
    }
}

unsafe fn check_rule(stmt: *mut pg_sys::RuleStmt) {
    let relid = range_var_oid((*stmt).relation);
    refuse_on_catalog("CREATE RULE", relid);
    if is_audit_table(relid) {
        refuse_ddl("CREATE RULE", relid);
    }
}

/// DROP EXTENSION audit_chain ... CASCADE would drop every guard trigger (and the event triggers
/// that would refuse it) in one go.
unsafe fn check_drop_extension(stmt: *mut pg_sys::DropStmt) {
    use pg_sys::ObjectType::*;
    let kind = (*stmt).removeType;
    if kind == OBJECT_TRIGGER || kind == OBJECT_RULE {
        // DROP TRIGGER / RULE name ON table: each object is the table's name list plus the name.
        for obj in list_ptrs((*stmt).objects) {
            let names = obj as *mut pg_sys::List;
            if names.is_null() || (*names).length < 2 {
                continue;
            }
            let table = pg_sys::list_copy_head(names, (*names).length - 1);
            let relid = range_var_oid(pg_sys::makeRangeVarFromNameList(table));
            refuse_on_catalog(
                if kind == OBJECT_TRIGGER { "DROP TRIGGER" } else { "DROP RULE" },
                relid,
            );
        }
        return;
    }
    if kind != OBJECT_EXTENSION {
        return;
    }
    for obj in list_ptrs((*stmt).objects) {
        if is_node(obj, pg_sys::NodeTag::T_String)
            && cstr((*(obj as *mut pg_sys::String)).sval) == "audit_chain"
        {
            let tables = catalog::audit_tables(catalog::latest_snapshot()).unwrap_or_default();
            if let Some(t) = tables.first() {
                refuse_ddl("DROP EXTENSION audit_chain", t.relid);
            }
        }
    }
}

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_ddl_guard(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let ctx = (*fcinfo).context;
    if ctx.is_null() || (*ctx).type_ != pg_sys::NodeTag::T_EventTriggerData {
        AuditError::InvalidArgument(
            "audit_chain.ddl_guard() must be called as an event trigger".into(),
        )
        .report();
    }
    let data = &*(ctx as *mut pg_sys::EventTriggerData);
    let tree = data.parsetree as *mut std::ffi::c_void;
    if tree.is_null() {
        return Datum::from(0usize);
    }
    crate::track::check_ddl(tree);
    use pg_sys::NodeTag::*;
    match (*(tree as *mut pg_sys::Node)).type_ {
        T_AlterTableStmt => check_alter_table(tree as _),
        T_CreateStmt => check_create_table(tree as _),
        T_CreateForeignTableStmt => {
            check_create_table(&mut (*(tree as *mut pg_sys::CreateForeignTableStmt)).base)
        }
        T_RenameStmt => check_rename(tree as _),
        // CREATE SCHEMA ... CREATE TABLE/TRIGGER: the elements fire no event trigger of their own.
        T_CreateSchemaStmt => {
            for elt in list_ptrs((*(tree as *mut pg_sys::CreateSchemaStmt)).schemaElts) {
                if is_node(elt, T_CreateStmt) {
                    check_create_table(elt as _);
                } else if is_node(elt, T_CreateTrigStmt) {
                    check_create_trigger(elt as _);
                }
            }
        }
        T_CreateTrigStmt => check_create_trigger(tree as _),
        T_RuleStmt => check_rule(tree as _),
        T_AlterObjectSchemaStmt => {
            refuse_on_catalog(
                "ALTER ... SET SCHEMA",
                range_var_oid((*(tree as *mut pg_sys::AlterObjectSchemaStmt)).relation),
            );
        }
        T_DropStmt => check_drop_extension(tree as _),
        _ => {}
    }
    Datum::from(0usize)
}

thread_local! {
    /// Audit tables an ALTER TABLE is about to change, with their number of attributes and their
    /// relfilenode before it: `audit_chain_ddl_end_guard` compares them with the outcome.
    static ALTERED: std::cell::RefCell<Vec<(Oid, i32, Oid)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records the shape of an audit table an ALTER TABLE is about to change, for the
/// ddl_command_end guard; returns whether that guard is in place to judge the outcome.
fn remember_shape(relid: Oid) -> bool {
    let shape = util::read_rows(
        "SELECT c.relnatts::pg_catalog.int4, c.relfilenode, EXISTS (SELECT FROM pg_catalog.pg_event_trigger e \
                 JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid \
                 WHERE e.evtname = 'audit_chain_ddl_end_guard' AND e.evtenabled = 'A' AND e.evttags IS NULL \
                   AND e.evtevent = 'ddl_command_end' AND p.probin = 'audit_chain' \
                   AND p.prosrc = 'audit_chain_ddl_end_guard') \
           FROM pg_catalog.pg_class c WHERE c.oid = $1",
        &[relid.into()],
        |r| {
            (
                r.get::<i32>(0).unwrap_or(0),
                r.get::<Oid>(1).unwrap_or(pg_sys::InvalidOid),
                r.get::<bool>(2).unwrap_or(false),
            )
        },
    );
    let Some(&(natts, filenode, judged_after)) = shape.first() else { return false };
    if judged_after {
        ALTERED.with(|a| a.borrow_mut().push((relid, natts, filenode)));
    }
    judged_after
}

/// Forgets the recorded shapes at the end of a transaction: an ALTER TABLE that failed must not
/// leave one behind for a later command's ddl_command_end.
#[pg_guard]
unsafe extern "C-unwind" fn on_xact(event: pg_sys::XactEvent::Type, _arg: *mut std::ffi::c_void) {
    use pg_sys::XactEvent::*;
    if matches!(event, XACT_EVENT_COMMIT | XACT_EVENT_ABORT | XACT_EVENT_PREPARE) {
        ALTERED.with(|a| a.borrow_mut().clear());
    }
}

/// After ALTER TABLE on an audit table: refuses the command if it gave rows already recorded a
/// value in a new column (a default, a domain's default, identity, serial, a volatile default that
/// rewrote the table, ...). Columns that stay NULL in every old row are absent from their
/// encoding, so those rows still verify; anything else would make them fail. Judged from the
/// catalog and the rows after the command, not from its syntax.
unsafe fn check_altered() {
    let altered = ALTERED.with(|a| std::mem::take(&mut *a.borrow_mut()));
    if !altered.is_empty() {
        util::with_fresh_snapshot(|| check_shapes(altered));
    }
}

unsafe fn check_shapes(altered: Vec<(Oid, i32, Oid)>) {
    for (relid, natts, filenode) in altered {
        if !util::relation_exists(relid) {
            continue;
        }
        // New columns that may have given old rows a value: a stored missing value (a default
        // PostgreSQL applies without a rewrite), or any new column of a rewritten table.
        let added = util::read_rows(
            "SELECT a.attnum::pg_catalog.int4, pg_catalog.quote_ident(a.attname), \
                    a.atthasmissing OR c.relfilenode OPERATOR(pg_catalog.<>) $3 \
               FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid \
              WHERE a.attrelid = $1 AND a.attnum OPERATOR(pg_catalog.>) $2 AND NOT a.attisdropped \
                AND a.attgenerated = ''",
            &[relid.into(), natts.into(), filenode.into()],
            |r| {
                (
                    r.get::<i32>(0).unwrap_or(0),
                    r.get::<String>(1).unwrap_or_default(),
                    r.get::<bool>(2).unwrap_or(false),
                )
            },
        );
        let suspects: Vec<&(i32, String, bool)> = added.iter().filter(|a| a.2).collect();
        if suspects.is_empty() {
            continue;
        }
        // Any row with a value in one of them? Read with a heap scan (no SQL planned on the
        // table) under the newest snapshot: the ALTER holds the table exclusively, and rows
        // committed before it must count even in a REPEATABLE READ transaction. A value is what
        // the encoding sees: a non-NULL datum (a composite of NULLs included).
        let rel = pg_sys::table_open(relid, pg_sys::AccessShareLock as i32);
        let snap = pg_sys::RegisterSnapshot(pg_sys::GetLatestSnapshot());
        let scan = pg_sys::table_beginscan(rel, snap, 0, std::ptr::null_mut());
        let mut filled = Vec::new();
        loop {
            let tup = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
            if tup.is_null() {
                break;
            }
            filled = suspects
                .iter()
                .filter(|(attnum, ..)| !pg_sys::heap_attisnull(tup, *attnum, (*rel).rd_att))
                .map(|(_, name, _)| name.as_str())
                .collect();
            if !filled.is_empty() {
                break;
            }
        }
        pg_sys::table_endscan(scan);
        pg_sys::UnregisterSnapshot(snap);
        pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
        if !filled.is_empty() {
            let table = util::qualified_name(relid);
            AuditError::ColumnFillRefused { columns: filled.join(", "), table }.refuse(relid);
        }
    }
}

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_ddl_end_guard(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let ctx = (*fcinfo).context;
    if ctx.is_null() || (*ctx).type_ != pg_sys::NodeTag::T_EventTriggerData {
        AuditError::InvalidArgument(
            "audit_chain.ddl_end_guard() must be called as an event trigger".into(),
        )
        .report();
    }
    check_altered();
    Datum::from(0usize)
}

static mut PREV_EXECUTOR_START: pg_sys::ExecutorStart_hook_type = None;

/// INSERT ... ON CONFLICT on audit tables: DO UPDATE is refused (it would change recorded rows;
/// the statement-level guard trigger refuses it too, in sessions that had not loaded the library
/// yet); DO NOTHING is noted, so that a row it skips after the chain trigger linked it leaves no
/// gap (see chain.rs).
unsafe fn check_on_conflict(stmt: *mut pg_sys::PlannedStmt) {
    let mut plans: Vec<*mut std::ffi::c_void> = vec![(*stmt).planTree as _];
    plans.extend(list_ptrs((*stmt).subplans));
    for p in plans {
        if !is_node(p, pg_sys::NodeTag::T_ModifyTable) {
            continue;
        }
        let mt = &*(p as *mut pg_sys::ModifyTable);
        if mt.onConflictAction == pg_sys::OnConflictAction::ONCONFLICT_NONE {
            continue;
        }
        for rti in util::list_ints(mt.resultRelations) {
            let rte = pg_sys::list_nth((*stmt).rtable, rti - 1) as *mut pg_sys::RangeTblEntry;
            if rte.is_null() || !has_our_trigger((*rte).relid) || !is_audit_table((*rte).relid) {
                continue;
            }
            if mt.onConflictAction == pg_sys::OnConflictAction::ONCONFLICT_UPDATE {
                refuse_modification("INSERT ... ON CONFLICT DO UPDATE", (*rte).relid);
            }
            crate::chain::note_do_nothing((*rte).relid);
        }
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn executor_start(query: *mut pg_sys::QueryDesc, eflags: i32) {
    let stmt = (*query).plannedstmt;
    if !stmt.is_null() && !(*stmt).resultRelations.is_null() {
        check_on_conflict(stmt);
    }
    match PREV_EXECUTOR_START {
        Some(prev) => prev(query, eflags),
        None => pg_sys::standard_ExecutorStart(query, eflags),
    }
}

pub fn install_hooks() {
    unsafe {
        pg_sys::RegisterXactCallback(Some(on_xact), std::ptr::null_mut());
        PREV_EXECUTOR_START = pg_sys::ExecutorStart_hook;
        pg_sys::ExecutorStart_hook = Some(executor_start);
    }
}
