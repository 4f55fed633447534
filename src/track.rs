//! Change history of ordinary tables: audit_track(tbl) records every INSERT, UPDATE, DELETE,
//! TRUNCATE and ALTER TABLE of `tbl` as rows of an audit table (its history), and verification
//! proves that the table's current contents are what its history says.
//!
//! The history is a sequence of changes ordered by `change_id` (an identity column: a writer
//! takes it after its row lock, so changes of one key are numbered in the order they happened).
//! Each row with a key says "after this change, the row with this primary key is `new_row`"
//! (NULL: there is no such row). A row without a key (TRACK, ALTER, TRUNCATE) starts an epoch:
//! the table's contents are then exactly the keyed rows written from it on (TRACK and ALTER write
//! a row per current row right after it; TRUNCATE leaves none). So the contents at any point are
//! the last row of each key since the last epoch, which is what `audit_as_of` returns and what
//! verification compares with the table.

use crate::catalog::AuditTable;
use crate::error::{AuditError, Result};
use crate::guards;
use crate::util::{self, cstr, list_ptrs};
use crate::verify::Report;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::IntoDatum;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub const ROW_TRIGGER: &str = "audit_chain_track";
pub const TRUNCATE_TRIGGER: &str = "audit_chain_track_truncate";
/// The tracking triggers on a tracked table and their `pg_trigger.tgtype` (AFTER row
/// INSERT/UPDATE/DELETE; AFTER statement TRUNCATE), both calling audit_chain.track_trigger().
const TRIGGERS: [(&str, i16); 2] = [
    (
        ROW_TRIGGER,
        (pg_sys::TRIGGER_TYPE_ROW
            | pg_sys::TRIGGER_TYPE_AFTER
            | pg_sys::TRIGGER_TYPE_INSERT
            | pg_sys::TRIGGER_TYPE_UPDATE
            | pg_sys::TRIGGER_TYPE_DELETE) as i16,
    ),
    (TRUNCATE_TRIGGER, (pg_sys::TRIGGER_TYPE_AFTER | pg_sys::TRIGGER_TYPE_TRUNCATE) as i16),
];

/// Columns of a history table (before audit_enable adds the chain columns), with their types.
const HISTORY_COLUMNS: [(&str, &str); 6] = [
    ("change_id", "bigint"),
    ("op", "text"),
    ("key", "jsonb"),
    ("old_row", "jsonb"),
    ("new_row", "jsonb"),
    ("changed_at", "timestamp with time zone"),
];

/// The primary key's columns of `relid`, in index order (empty: it has none, or a deferrable one,
/// whose uniqueness an UPDATE may break until commit, so that the history's order of keys would
/// not be the table's).
pub fn key_columns(relid: Oid) -> Vec<String> {
    util::select_one_with_args::<Vec<String>>(
        "SELECT pg_catalog.array_agg(a.attname::pg_catalog.text ORDER BY k.ord) \
           FROM pg_catalog.pg_index i \
           CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY k(attnum, ord) \
           JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum \
          WHERE i.indrelid = $1 AND i.indisprimary AND i.indimmediate",
        &[relid.into()],
    )
    .unwrap_or_default()
}

/// Whether audit_chain.tracked exists: the library meets databases whose objects are still those
/// of a release before 0.6.0 (until ALTER EXTENSION ... UPDATE), where nothing is tracked.
fn catalog_present() -> bool {
    unsafe {
        let nsp = pg_sys::get_namespace_oid(crate::catalog::SCHEMA.as_ptr(), true);
        nsp != pg_sys::InvalidOid
            && pg_sys::get_relname_relid(c"tracked".as_ptr(), nsp) != pg_sys::InvalidOid
    }
}

/// The history table of tracked table `relid`, if it is tracked.
fn history_of(relid: Oid) -> Option<Oid> {
    if !catalog_present() {
        return None;
    }
    util::select_one_with_args::<Oid>(
        "SELECT history::pg_catalog.oid FROM audit_chain.tracked WHERE relid::pg_catalog.oid = $1",
        &[relid.into()],
    )
}

fn is_tracked(relid: Oid) -> bool {
    relid != pg_sys::InvalidOid && history_of(relid).is_some()
}

thread_local! {
    /// Set while tracking writes history rows (the trigger, an epoch): the history's insert path
    /// refuses rows written any other way.
    static RECORDING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Runs `f`, in which tracking writes rows into a history.
fn recording<R>(f: impl FnOnce() -> R) -> R {
    struct Done;
    impl Drop for Done {
        fn drop(&mut self) {
            RECORDING.with(|r| r.set(r.get() - 1));
        }
    }
    RECORDING.with(|r| r.set(r.get() + 1));
    let _done = Done;
    f()
}

/// Whether tracking is writing history rows now (see `recording`).
pub fn is_recording() -> bool {
    RECORDING.with(|r| r.get() > 0)
}

/// Runs `f` as `role`, as the history's owner writes its rows: the role changing the tracked
/// table need not be allowed to insert into the history.
fn as_role<R>(role: Oid, f: impl FnOnce() -> R) -> R {
    unsafe {
        let mut saved_user = pg_sys::InvalidOid;
        let mut saved_ctx = 0;
        pg_sys::GetUserIdAndSecContext(&mut saved_user, &mut saved_ctx);
        pg_sys::SetUserIdAndSecContext(
            role,
            saved_ctx | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32,
        );
        // On error the transaction aborts and PostgreSQL restores the user itself.
        let r = f();
        pg_sys::SetUserIdAndSecContext(saved_user, saved_ctx);
        r
    }
}

/// Runs a writing statement with arguments; its ERROR is raised.
fn execute(sql: &str, args: &[pgrx::datum::DatumWithOid]) {
    let sql_c = std::ffi::CString::new(sql).expect("SQL text contains a NUL byte");
    pgrx::Spi::connect(|_| unsafe {
        let mut types: Vec<Oid> = args.iter().map(|a| a.oid()).collect();
        let mut values: Vec<Datum> = args
            .iter()
            .map(|a| a.datum().map_or(Datum::from(0usize), |d| d.sans_lifetime()))
            .collect();
        let nulls: Vec<std::ffi::c_char> =
            args.iter().map(|a| if a.datum().is_some() { b' ' } else { b'n' } as _).collect();
        let rc = pg_sys::SPI_execute_with_args(
            sql_c.as_ptr(),
            args.len() as i32,
            types.as_mut_ptr(),
            values.as_mut_ptr(),
            nulls.as_ptr(),
            false,
            0,
        );
        if rc < 0 {
            AuditError::Catalog(format!("SPI error {rc}: {sql}")).report();
        }
    })
}

/// Runs `f` as the owner of `relid`, with search_path pinned and row_security off, in a
/// restricted operation, wherever rows of a tracked table are turned into jsonb outside its
/// trigger (epochs, verification): `to_jsonb` can call casts to json that a type's owner defined,
/// which must never run with the extension owner's rights; and a row-level security policy that
/// would hide rows raises an error instead of hiding them.
fn as_table_owner<R>(relid: Oid, f: impl FnOnce() -> R) -> R {
    let owner = util::rel_owner(relid);
    let pinned = [(c"search_path", c"pg_catalog, pg_temp"), (c"row_security", c"off")];
    util::with_settings(pinned.into_iter().chain(json_settings()), || unsafe {
        let mut saved_user = pg_sys::InvalidOid;
        let mut saved_ctx = 0;
        pg_sys::GetUserIdAndSecContext(&mut saved_user, &mut saved_ctx);
        pg_sys::SetUserIdAndSecContext(
            owner,
            saved_ctx
                | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32
                | pg_sys::SECURITY_RESTRICTED_OPERATION as i32,
        );
        // On error the transaction aborts and PostgreSQL restores both itself.
        let r = f();
        pg_sys::SetUserIdAndSecContext(saved_user, saved_ctx);
        r
    })
}

/// The settings `to_jsonb` of a row may depend on (TimeZone for timestamptz, extra_float_digits,
/// IntervalStyle, bytea_output, lc_monetary ...), with the values row hashing pins them to
/// (`encoding::FIXED_SETTINGS`, less the ones that name objects): the trigger, the epochs and the
/// verification render rows alike, whatever the session's settings.
fn json_settings() -> impl Iterator<Item = (&'static std::ffi::CStr, &'static std::ffi::CStr)> {
    crate::encoding::FIXED_SETTINGS
        .iter()
        .copied()
        .filter(|(n, _)| *n != c"search_path" && *n != c"quote_all_identifiers")
}

/// Runs `f` with `json_settings` pinned.
fn with_json_settings<R>(f: impl FnOnce() -> R) -> R {
    util::with_settings(json_settings(), f)
}

/// Whether `to_jsonb` of a value of type `typid` may depend on a session setting: true unless
/// the type (a domain's base type, an array's element type) is one whose jsonb is built without
/// any (booleans, integers and numeric as jsonb numbers; text types, uuid and oid as their text;
/// json and jsonb; date and timestamp, which jsonb writes in ISO 8601 whatever DateStyle says).
/// timestamptz (TimeZone), float4/float8 (extra_float_digits), interval (IntervalStyle), bytea
/// (bytea_output), money (lc_monetary), composites and every other type need the pinned
/// settings. The row trigger pins them only for a table that has such a column: setting them
/// costs more than the rest of recording a change.
unsafe fn jsonb_needs_settings(typid: Oid) -> bool {
    let base = pg_sys::getBaseType(typid);
    let elem = pg_sys::get_element_type(base);
    if elem != pg_sys::InvalidOid {
        return jsonb_needs_settings(elem);
    }
    ![
        pg_sys::BOOLOID,
        pg_sys::INT2OID,
        pg_sys::INT4OID,
        pg_sys::INT8OID,
        pg_sys::NUMERICOID,
        pg_sys::OIDOID,
        pg_sys::TEXTOID,
        pg_sys::VARCHAROID,
        pg_sys::BPCHAROID,
        pg_sys::NAMEOID,
        pg_sys::CHAROID,
        pg_sys::UUIDOID,
        pg_sys::JSONOID,
        pg_sys::JSONBOID,
        pg_sys::DATEOID,
        pg_sys::TIMESTAMPOID,
    ]
    .contains(&base)
}

/// Starts an epoch of the history of `relid` (op TRACK or ALTER): a row describing the table's
/// columns and key, then one row per current row, written as the table's owner.
fn write_epoch(relid: Oid, history: Oid, op: &str) {
    let keys = key_columns(relid);
    if keys.is_empty() {
        AuditError::NoPrimaryKey(util::qualified_name(relid)).report();
    }
    let hist = util::qualified_name(history);
    let tbl = util::qualified_name(relid);
    recording(|| {
        as_table_owner(relid, || {
            execute(
            &format!(
                "INSERT INTO {hist} (op, new_row) SELECT $1, pg_catalog.jsonb_build_object( \
                   'columns', (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('name', a.attname, \
                                 'type', pg_catalog.format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum) \
                                 FROM pg_catalog.pg_attribute a \
                                WHERE a.attrelid = $2 AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped), \
                   'primary_key', pg_catalog.to_jsonb($3::pg_catalog.text[]))"
            ),
            &[op.into(), relid.into(), keys.clone().into()],
        );
            execute(
                &format!(
                    "INSERT INTO {hist} (op, key, new_row) \
                 SELECT $1, (SELECT pg_catalog.jsonb_object_agg(c, s.r OPERATOR(pg_catalog.->) c) \
                               FROM pg_catalog.unnest($2::pg_catalog.text[]) c), s.r \
                   FROM (SELECT pg_catalog.to_jsonb(t) AS r FROM ONLY {tbl} t) s"
                ),
                &[op.into(), keys.clone().into()],
            );
        })
    });
    util::as_extension_owner(|| {
        execute(
            "UPDATE audit_chain.tracked SET key_columns = $2 WHERE relid::pg_catalog.oid = $1",
            &[relid.into(), keys.into()],
        )
    })
    .unwrap_or_else(|e| e.report());
}

crate::pg_function_info!(
    pg_finfo_audit_chain_track,
    pg_finfo_audit_chain_track_trigger,
    pg_finfo_audit_chain_track_ddl_end,
    pg_finfo_audit_chain_track_drop_guard
);

/// audit_track(tbl regclass, history regclass DEFAULT NULL) RETURNS regclass: the history table.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_track(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let Some(rel) = util::arg(fcinfo, 0) else {
        AuditError::InvalidArgument("table must not be NULL".into()).report()
    };
    let history = util::arg(fcinfo, 1).map(|d| Oid::from(d.value() as u32));
    match track(Oid::from(rel.value() as u32), history) {
        Ok(h) => Datum::from(h),
        Err(e) => e.report(),
    }
}

fn track(relid: Oid, history: Option<Oid>) -> Result<Oid> {
    let name = util::qualified_name(relid);
    let kind = unsafe { pg_sys::get_rel_relkind(relid) as u8 };
    if kind == 0 {
        return Err(AuditError::InvalidArgument(format!(
            "relation with OID {} does not exist",
            relid.to_u32()
        )));
    }
    if kind != pg_sys::RELKIND_RELATION {
        return Err(AuditError::Unsupported {
            what: format!("{name} (not an ordinary table)"),
            hint: "Only ordinary tables can be tracked.",
        });
    }
    if !unsafe { crate::compat::owns_relation(relid, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    // Keeps writers out (and concurrent audit_track calls) until the first epoch is written.
    util::run_sql(&format!("LOCK TABLE {name} IN SHARE ROW EXCLUSIVE MODE"));
    if is_tracked(relid) {
        return Err(AuditError::AlreadyTracked(name));
    }
    if crate::catalog::audit_table(relid, crate::catalog::latest_snapshot())?.is_some() {
        return Err(AuditError::Unsupported {
            what: format!("audit table {name}"),
            hint: "An audit table is append-only and chained already; track an ordinary table.",
        });
    }
    if key_columns(relid).is_empty() {
        return Err(AuditError::NoPrimaryKey(name));
    }
    if history == Some(relid) {
        return Err(AuditError::InvalidArgument(format!("{name} cannot be its own history")));
    }
    // Rows of an inheritance child or a partition are not the tracked table's own: its triggers
    // do not see them, and its contents check reads the table alone.
    let related = util::select_one_with_args::<bool>(
        "SELECT EXISTS (SELECT FROM pg_catalog.pg_inherits WHERE inhrelid = $1 OR inhparent = $1)",
        &[relid.into()],
    )
    .unwrap_or(false);
    let persistence = unsafe { pg_sys::get_rel_persistence(relid) as u8 };
    if related || persistence != pg_sys::RELPERSISTENCE_PERMANENT {
        return Err(AuditError::Unsupported {
            what: format!("{name} (an inheritance parent or child, a partition, or an unlogged or temporary table)"),
            hint: "Track an ordinary, permanent table without inheritance.",
        });
    }
    let history = match history {
        Some(h) => {
            check_history(h)?;
            h
        }
        None => create_history(relid)?,
    };
    let hist = util::qualified_name(history);
    util::run_sql(&format!("CREATE INDEX ON {hist} (key, change_id)"));
    // The default of audit_enable(tbl, chains).
    crate::enable::enable(history, 8)?;
    util::run_sql(&format!(
        "CREATE TRIGGER {ROW_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {name} \
           FOR EACH ROW EXECUTE FUNCTION audit_chain.track_trigger(); \
         CREATE TRIGGER {TRUNCATE_TRIGGER} AFTER TRUNCATE ON {name} \
           FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.track_trigger(); \
         ALTER TABLE {name} ENABLE ALWAYS TRIGGER {ROW_TRIGGER}, ENABLE ALWAYS TRIGGER {TRUNCATE_TRIGGER}"
    ));
    // Registered after the triggers' ALTER TABLE, whose ddl_command_end would start an epoch.
    util::as_extension_owner(|| {
        execute(
            "INSERT INTO audit_chain.tracked (relid, history) VALUES ($1, $2)",
            &[relid_datum(relid), relid_datum(history)],
        )
    })?;
    write_epoch(relid, history, "TRACK");
    Ok(history)
}

/// A regclass argument.
fn relid_datum(relid: Oid) -> pgrx::datum::DatumWithOid<'static> {
    unsafe { pgrx::datum::DatumWithOid::new(Datum::from(relid), pg_sys::REGCLASSOID) }
}

/// Creates `<tbl>_history` beside `relid`.
fn create_history(relid: Oid) -> Result<Oid> {
    let (schema, table) = unsafe {
        let rel = pg_sys::get_rel_name(relid);
        let nsp = pg_sys::get_namespace_name(pg_sys::get_rel_namespace(relid));
        (cstr(nsp), cstr(rel))
    };
    let name = unsafe {
        let s = std::ffi::CString::new(schema).unwrap();
        let t = std::ffi::CString::new(format!("{table}_history")).unwrap();
        cstr(pg_sys::quote_qualified_identifier(s.as_ptr(), t.as_ptr()))
    };
    util::run_sql(&format!(
        "CREATE TABLE {name} ( \
            change_id  bigint GENERATED ALWAYS AS IDENTITY, \
            op         text NOT NULL, \
            key        jsonb, \
            old_row    jsonb, \
            new_row    jsonb, \
            changed_at timestamptz NOT NULL DEFAULT pg_catalog.transaction_timestamp())"
    ));
    util::select_one_with_args::<Oid>(
        "SELECT pg_catalog.to_regclass($1)::pg_catalog.oid",
        &[name.as_str().into()],
    )
    .ok_or_else(|| AuditError::Catalog(format!("{name} was not created")))
}

/// A history table the caller gave: owned by the caller, empty, not yet an audit table, with
/// the history columns (change_id and changed_at filled by default).
fn check_history(history: Oid) -> Result<()> {
    let name = util::qualified_name(history);
    if unsafe { pg_sys::get_rel_relkind(history) as u8 } != pg_sys::RELKIND_RELATION {
        return Err(AuditError::InvalidArgument(format!(
            "history {name} is not an ordinary table"
        )));
    }
    if !unsafe { crate::compat::owns_relation(history, pg_sys::GetUserId()) } {
        return Err(AuditError::NotOwner(name));
    }
    if crate::catalog::audit_table(history, crate::catalog::latest_snapshot())?.is_some() {
        return Err(AuditError::InvalidArgument(format!(
            "history {name} is an audit table already"
        )));
    }
    let empty = util::select_one::<bool>(&format!("SELECT NOT EXISTS (SELECT FROM {name})"));
    if empty != Some(true) {
        return Err(AuditError::InvalidArgument(format!("history {name} must be empty")));
    }
    for (col, ty) in HISTORY_COLUMNS {
        let ok = util::select_one_with_args::<bool>(
            "SELECT pg_catalog.format_type(a.atttypid, NULL) = $3 \
                    AND ($2 NOT IN ('change_id', 'changed_at') OR a.atthasdef OR a.attidentity <> '') \
               FROM pg_catalog.pg_attribute a \
              WHERE a.attrelid = $1 AND a.attname::pg_catalog.text = $2 AND NOT a.attisdropped",
            &[history.into(), col.into(), ty.into()],
        );
        if ok != Some(true) {
            return Err(AuditError::InvalidArgument(format!(
                "history {name} must have a column {col} of type {ty}{}",
                if col == "change_id" || col == "changed_at" { " with a default" } else { "" }
            )));
        }
    }
    Ok(())
}

/// What the row trigger of a tracked table needs, built once per backend and table.
struct Tracked {
    history: Oid,
    owner: Oid,
    /// The live columns that are not part of the primary key, as a text[] (allocated in the
    /// memory context of `defaults`): a row's key is its jsonb without them.
    others: Datum,
    /// Whether a column's jsonb may depend on session settings (`jsonb_needs_settings`).
    needs_settings: bool,
    /// `to_jsonb(<a row of the table>)` as an expression: to_jsonb learns its argument's type
    /// from the call's expression (allocated in the memory context of `defaults`).
    to_jsonb_expr: *mut pg_sys::Node,
    /// Where the history's columns are.
    columns: HistoryColumns,
    /// The defaults of the history's other columns (change_id, changed_at, ...).
    defaults: crate::direct::Defaults,
}

/// Positions (0-based) of the columns of a history the trigger fills; `change_id`, `changed_at`
/// and the chain columns come from their defaults and the history's insert trigger.
struct HistoryColumns {
    op: usize,
    key: usize,
    old_row: usize,
    new_row: usize,
}

/// to_jsonb(anyelement), jsonb - text[] and jsonb = jsonb.
const TO_JSONB: u32 = pg_sys::F_TO_JSONB;
const JSONB_MINUS_KEYS: u32 = pg_sys::F_JSONB_DELETE_JSONB__TEXT;
const JSONB_EQ: u32 = pg_sys::F_JSONB_EQ;

thread_local! {
    static TRACKED: RefCell<HashMap<Oid, Rc<Tracked>>> = RefCell::new(HashMap::new());
}

/// Forgets a table's entry when its relcache entry (or its history's) is invalidated: ALTER
/// TABLE may have changed its columns or key. An entry in use is not freed here: the trigger
/// holds it until it returns.
#[pg_guard]
unsafe extern "C-unwind" fn on_relcache_invalidate(_arg: Datum, relid: Oid) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        if relid == pg_sys::InvalidOid {
            t.clear();
        } else {
            t.retain(|&r, e| r != relid && e.history != relid);
        }
    });
}

/// Forgets every table's entry when a function or a type changes: a history's planned column
/// defaults may have inlined or folded a function (`DEFAULT app_name()`), or dropped the check of
/// a domain that had no constraint yet (`ALTER DOMAIN ... ADD CONSTRAINT` changes only its
/// pg_type row), as a cached plan would be replanned.
#[pg_guard]
unsafe extern "C-unwind" fn on_function_invalidate(_arg: Datum, _cache: i32, _hash: u32) {
    TRACKED.with(|t| t.borrow_mut().clear());
}

pub fn register_callbacks() {
    unsafe {
        pg_sys::CacheRegisterRelcacheCallback(Some(on_relcache_invalidate), Datum::from(0usize));
        for cache in [pg_sys::SysCacheIdentifier::PROCOID, pg_sys::SysCacheIdentifier::TYPEOID] {
            pg_sys::CacheRegisterSyscacheCallback(
                cache as i32,
                Some(on_function_invalidate),
                Datum::from(0usize),
            );
        }
    };
}

/// The entry of tracked table `rel`, with its history locked first: a change of the history
/// committed meanwhile (ALTER TABLE ... ADD COLUMN ... DEFAULT) is seen when the lock is taken,
/// which forgets the entry; it is built again then, as a cached plan is revalidated after
/// locking its tables.
unsafe fn tracked(rel: pg_sys::Relation) -> Rc<Tracked> {
    loop {
        let t = tracked_entry(rel);
        pg_sys::LockRelationOid(t.history, pg_sys::RowExclusiveLock as pg_sys::LOCKMODE);
        let current =
            TRACKED.with(|m| m.borrow().get(&(*rel).rd_id).is_some_and(|e| Rc::ptr_eq(e, &t)));
        if current {
            return t;
        }
    }
}

unsafe fn tracked_entry(rel: pg_sys::Relation) -> Rc<Tracked> {
    let relid = (*rel).rd_id;
    if let Some(t) = TRACKED.with(|t| t.borrow().get(&relid).cloned()) {
        return t;
    }
    let Some(history) = history_of(relid) else {
        AuditError::InvalidState(format!(
            "table {} carries audit_chain's tracking trigger but is not registered in audit_chain.tracked",
            util::qualified_name(relid)
        ))
        .report()
    };
    let keys = key_columns(relid);
    if keys.is_empty() {
        AuditError::NoPrimaryKey(util::qualified_name(relid)).report();
    }
    let others: Vec<String> = crate::compat::attrs((*rel).rd_att)
        .iter()
        .filter(|a| !a.attisdropped)
        .map(|a| cstr(a.attname.data.as_ptr()))
        .filter(|n| !keys.contains(n))
        .collect();
    let needs_settings = crate::compat::attrs((*rel).rd_att)
        .iter()
        .filter(|a| !a.attisdropped)
        .any(|a| jsonb_needs_settings(a.atttypid));
    let column = |name: &std::ffi::CStr| {
        let attnum = pg_sys::get_attnum(history, name.as_ptr());
        if attnum <= 0 {
            AuditError::InvalidState(format!(
                "history {} of {} has no column {}",
                util::qualified_name(history),
                util::qualified_name(relid),
                name.to_string_lossy()
            ))
            .report()
        }
        attnum as usize - 1
    };
    let columns = HistoryColumns {
        op: column(c"op"),
        key: column(c"key"),
        old_row: column(c"old_row"),
        new_row: column(c"new_row"),
    };
    let rowtype = (*(*rel).rd_rel).reltype;
    let defaults = crate::direct::Defaults::of(
        history,
        &[columns.op, columns.key, columns.old_row, columns.new_row],
    );
    let others = defaults.allocate_in(|| others.into_datum().expect("a text[] of column names"));
    let to_jsonb_expr = defaults.allocate_in(|| {
        let arg = pg_sys::makeNullConst(rowtype, -1, pg_sys::InvalidOid);
        let args = pg_sys::lappend(std::ptr::null_mut(), arg.cast());
        let expr = pg_sys::makeFuncExpr(
            TO_JSONB.into(),
            pg_sys::JSONBOID,
            args,
            pg_sys::InvalidOid,
            pg_sys::InvalidOid,
            pg_sys::CoercionForm::COERCE_EXPLICIT_CALL,
        );
        expr.cast()
    });
    let t = Rc::new(Tracked {
        history,
        owner: util::rel_owner(history),
        others,
        needs_settings,
        to_jsonb_expr,
        columns,
        defaults,
    });
    TRACKED.with(|m| m.borrow_mut().insert(relid, t.clone()));
    t
}

/// audit_chain.track_trigger(): AFTER row INSERT/UPDATE/DELETE and AFTER statement TRUNCATE of a
/// tracked table; appends the change to its history, as the history's owner.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_track_trigger(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(tg) = util::trigger_data(fcinfo) else {
        AuditError::InvalidArgument(
            "audit_chain.track_trigger() must be called as a trigger".into(),
        )
        .report()
    };
    let rel = tg.tg_relation;
    let event = tg.tg_event & pg_sys::TRIGGER_EVENT_OPMASK;
    // Only as the tracking triggers audit_track creates: AFTER ... FOR EACH ROW for changes, AFTER
    // TRUNCATE FOR EACH STATEMENT (another trigger calling it would hand it no row, or run it
    // before the change happens).
    let name = cstr((*tg.tg_trigger).tgname);
    let after = tg.tg_event & pg_sys::TRIGGER_EVENT_TIMINGMASK == pg_sys::TRIGGER_EVENT_AFTER;
    let row = tg.tg_event & pg_sys::TRIGGER_EVENT_ROW != 0;
    let fits = after
        && if event == pg_sys::TRIGGER_EVENT_TRUNCATE {
            !row && name == TRUNCATE_TRIGGER
        } else {
            row && name == ROW_TRIGGER
        };
    if !fits {
        AuditError::InvalidArgument(format!(
            "audit_chain.track_trigger() runs only as the triggers {ROW_TRIGGER} and {TRUNCATE_TRIGGER} that audit_track creates, not as trigger {name}"
        ))
        .report();
    }
    let t = tracked(rel);
    // The history row's provenance names who changed the table, not the history's owner whose
    // rights write it.
    let writer = pg_sys::GetUserId();
    if event == pg_sys::TRIGGER_EVENT_TRUNCATE {
        let hist = util::qualified_name(t.history);
        crate::provenance::as_writer(writer, || {
            recording(|| {
                as_role(t.owner, || {
                    util::with_pinned_search_path(|| {
                        execute(&format!("INSERT INTO {hist} (op) VALUES ('TRUNCATE')"), &[])
                    })
                })
            })
        });
        return Datum::from(0usize);
    }
    let desc = (*rel).rd_att;
    let ops = match event {
        pg_sys::TRIGGER_EVENT_INSERT => (None, Some(tg.tg_trigtuple)),
        pg_sys::TRIGGER_EVENT_UPDATE => (Some(tg.tg_trigtuple), Some(tg.tg_newtuple)),
        pg_sys::TRIGGER_EVENT_DELETE => (Some(tg.tg_trigtuple), None),
        _ => return Datum::from(0usize),
    };
    let record = || {
        let others = t.others;
        let jsonb = |tuple: pg_sys::HeapTuple| {
            let mut flinfo: pg_sys::FmgrInfo = std::mem::zeroed();
            pg_sys::fmgr_info(TO_JSONB.into(), &mut flinfo);
            flinfo.fn_expr = t.to_jsonb_expr;
            let row = pg_sys::heap_copy_tuple_as_datum(tuple, desc);
            pg_sys::FunctionCall1Coll(&mut flinfo, pg_sys::InvalidOid, row)
        };
        let key = |row: Datum| {
            pg_sys::OidFunctionCall2Coll(JSONB_MINUS_KEYS.into(), pg_sys::InvalidOid, row, others)
        };
        let h = &t.columns;
        let text = |s: &str| Datum::from(pgrx::rust_str_to_text_p(s).into_pg());
        match ops {
            (None, Some(new)) => {
                let n = jsonb(new);
                crate::direct::insert(
                    t.history,
                    &[(h.op, Some(text("INSERT"))), (h.key, Some(key(n))), (h.new_row, Some(n))],
                    &t.defaults,
                );
            }
            (Some(old), None) => {
                let o = jsonb(old);
                crate::direct::insert(
                    t.history,
                    &[(h.op, Some(text("DELETE"))), (h.key, Some(key(o))), (h.old_row, Some(o))],
                    &t.defaults,
                );
            }
            (Some(old), Some(new)) => {
                let (o, n) = (jsonb(old), jsonb(new));
                let (ok, nk) = (key(o), key(n));
                let op = Some(text("UPDATE"));
                let same =
                    pg_sys::OidFunctionCall2Coll(JSONB_EQ.into(), pg_sys::InvalidOid, ok, nk);
                // A key change also leaves the old key (new_row NULL), first.
                if !bool::from_datum(same, false).unwrap_or(false) {
                    crate::direct::insert(
                        t.history,
                        &[(h.op, op), (h.key, Some(ok)), (h.old_row, Some(o)), (h.new_row, None)],
                        &t.defaults,
                    );
                }
                crate::direct::insert(
                    t.history,
                    &[(h.op, op), (h.key, Some(nk)), (h.old_row, Some(o)), (h.new_row, Some(n))],
                    &t.defaults,
                );
            }
            (None, None) => {}
        }
    };
    crate::provenance::as_writer(writer, || {
        recording(|| {
            as_role(
                t.owner,
                || if t.needs_settings { with_json_settings(record) } else { record() },
            )
        })
    });
    Datum::from(0usize)
}

fn event_trigger_context(fcinfo: pg_sys::FunctionCallInfo, name: &str) {
    unsafe {
        let ctx = (*fcinfo).context;
        if ctx.is_null() || (*ctx).type_ != pg_sys::NodeTag::T_EventTriggerData {
            AuditError::InvalidArgument(format!(
                "audit_chain.{name}() must be called as an event trigger"
            ))
            .report();
        }
    }
}

/// audit_chain.track_ddl_end(), on ddl_command_end: ALTER TABLE of a tracked table starts a new
/// epoch of its history (its rows as they are now, in the new shape), so that the rows recorded
/// before, whose jsonb keeps the old shape, still verify and the current contents can be proved.
/// A tracked table must keep its primary key.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_track_ddl_end(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    event_trigger_context(fcinfo, "track_ddl_end");
    let altered = util::read_rows(
        "SELECT DISTINCT t.relid::pg_catalog.oid, t.history::pg_catalog.oid \
           FROM pg_catalog.pg_event_trigger_ddl_commands() d \
           JOIN audit_chain.tracked t ON t.relid::pg_catalog.oid = d.objid \
          WHERE d.command_tag = 'ALTER TABLE' AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass",
        &[],
        |r| (r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid), r.get::<Oid>(1).unwrap_or(pg_sys::InvalidOid)),
    );
    for (relid, history) in altered {
        // The catalog as the command left it (the active snapshot predates it).
        if util::with_fresh_snapshot(|| key_columns(relid)).is_empty() {
            let table = util::qualified_name(relid);
            AuditError::TrackedDdlRefused { what: "dropping the primary key".into(), table }
                .refuse(relid);
        }
        write_epoch(relid, history, "ALTER");
    }
    Datum::from(0usize)
}

/// audit_chain.track_drop_guard(), on sql_drop: refuses dropping a tracked table or its tracking
/// triggers. (Its history is an audit table, which audit_chain.drop_guard keeps.)
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_track_drop_guard(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    event_trigger_context(fcinfo, "track_drop_guard");
    let names: Vec<String> = TRIGGERS.iter().map(|(n, _)| n.to_string()).collect();
    let refused = util::read_rows(
        "SELECT CASE o.object_type WHEN 'table' THEN 'DROP TABLE' ELSE 'DROP TRIGGER' END, \
                CASE o.object_type WHEN 'table' THEN o.object_identity ELSE t.relid::pg_catalog.text END, \
                t.relid::pg_catalog.oid \
           FROM pg_catalog.pg_event_trigger_dropped_objects() o \
           JOIN audit_chain.tracked t ON (o.object_type = 'table' AND t.relid::pg_catalog.oid = o.objid) \
             OR (o.object_type = 'trigger' AND o.address_names[3] = ANY ($1) \
                 AND t.relid::pg_catalog.oid = (SELECT c.oid FROM pg_catalog.pg_class c \
                       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                      WHERE n.nspname = o.address_names[1] AND c.relname = o.address_names[2])) \
          ORDER BY o.object_type = 'table' DESC LIMIT 1",
        &[names.into()],
        |r| {
            (
                r.get::<String>(0).unwrap_or_default(),
                r.get::<String>(1).unwrap_or_default(),
                r.get::<Oid>(2).unwrap_or(pg_sys::InvalidOid),
            )
        },
    );
    if let Some((what, table, relid)) = refused.into_iter().next() {
        AuditError::TrackedDdlRefused { what, table }.refuse(relid);
    }
    Datum::from(0usize)
}

/// ddl_command_start (called from the DDL guard): disabling a tracking trigger, changing its
/// firing mode, renaming or replacing it is refused, as for an audit table's guards.
#[allow(non_upper_case_globals)]
pub unsafe fn check_ddl(tree: *mut std::ffi::c_void) {
    use pg_sys::AlterTableType::*;
    use pg_sys::NodeTag::*;
    let ours = |name: &str| TRIGGERS.iter().any(|(n, _)| *n == name);
    let refuse = |what: &str, relid: Oid| -> ! {
        let table = util::qualified_name(relid);
        AuditError::TrackedDdlRefused { what: what.into(), table }.refuse(relid)
    };
    if guards::is_node(tree, T_AlterTableStmt) {
        let stmt = tree as *mut pg_sys::AlterTableStmt;
        let relid = guards::range_var_oid((*stmt).relation);
        if !is_tracked(relid) {
            return;
        }
        for c in list_ptrs((*stmt).cmds) {
            if !guards::is_node(c, T_AlterTableCmd) {
                continue;
            }
            let cmd = &*(c as *mut pg_sys::AlterTableCmd);
            let name = cstr(cmd.name);
            match cmd.subtype {
                AT_DisableTrig | AT_EnableTrig | AT_EnableReplicaTrig if ours(&name) => {
                    refuse("disabling or changing the firing mode of a tracking trigger", relid)
                }
                AT_DisableTrigAll | AT_DisableTrigUser | AT_EnableTrigAll | AT_EnableTrigUser => {
                    refuse("disabling or changing the firing mode of a tracking trigger", relid)
                }
                _ => {}
            }
        }
    } else if guards::is_node(tree, T_RenameStmt) {
        let s = &*(tree as *mut pg_sys::RenameStmt);
        if s.renameType == pg_sys::ObjectType::OBJECT_TRIGGER && ours(&cstr(s.subname)) {
            let relid = guards::range_var_oid(s.relation);
            if is_tracked(relid) {
                refuse("renaming a tracking trigger", relid);
            }
        }
    } else if guards::is_node(tree, T_CreateTrigStmt) {
        let s = &*(tree as *mut pg_sys::CreateTrigStmt);
        if s.replace && ours(&cstr(s.trigname)) {
            let relid = guards::range_var_oid(s.relation);
            if is_tracked(relid) {
                refuse("replacing a tracking trigger", relid);
            }
        }
    }
}

/// Verification of a history table `t` (called for every audit table; does nothing unless `t`
/// is the history of a tracked table): the tracking triggers and event triggers are in place,
/// and (`full`) the tracked table's current contents are exactly what the history says. The
/// comparison reads the whole table and the history since its last epoch: O(table + history).
pub fn verify(t: &AuditTable, full: bool, report: &mut Report) {
    if !catalog_present() {
        return;
    }
    let Some(relid) = util::select_one_with_args::<Oid>(
        "SELECT relid::pg_catalog.oid FROM audit_chain.tracked WHERE history::pg_catalog.oid = $1",
        &[t.relid.into()],
    ) else {
        return;
    };
    if !util::relation_exists(relid) {
        report.add(
            t.relid,
            None,
            None,
            "tracked_mismatch",
            format!("the table it tracks (OID {}) was dropped", relid.to_u32()),
        );
        return;
    }
    let table = util::qualified_name(relid);
    // Rows of a table inheriting from it are returned by queries of it, yet neither its triggers
    // nor the contents check see them.
    let children = util::select_one_with_args::<String>(
        "SELECT pg_catalog.string_agg(inhrelid::pg_catalog.regclass::pg_catalog.text, ', ') \
           FROM pg_catalog.pg_inherits WHERE inhparent = $1",
        &[relid.into()],
    );
    if let Some(children) = children {
        report.add(
            relid,
            None,
            None,
            "tracked_mismatch",
            format!("tracked table {table} has inheritance children whose rows are not tracked: {children}"),
        );
    }
    for (name, tgtype) in TRIGGERS {
        if let Some(d) = crate::verify::trigger_problem(relid, name, "track_trigger", tgtype) {
            report.add(relid, None, None, "guard_disabled", format!("tracked table {table}: {d}"));
        }
    }
    let bad = util::select_one::<String>(
        "SELECT pg_catalog.string_agg(v.n, ', ') FROM (VALUES \
                ('audit_chain_track_ddl_end', 'ddl_command_end', 'track_ddl_end'), \
                ('audit_chain_track_drop_guard', 'sql_drop', 'track_drop_guard')) v(n, event, f) \
          WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e \
                JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid \
               WHERE e.evtname = v.n AND e.evtenabled = 'A' AND e.evtevent = v.event AND e.evttags IS NULL \
                 AND p.probin = 'audit_chain' AND p.prosrc = 'audit_chain_' || v.f)",
    );
    if let Some(b) = bad {
        report.add(
            relid,
            None,
            None,
            "guard_disabled",
            format!("event trigger(s) of tracked tables missing, not enabled ALWAYS or calling another function: {b}"),
        );
    }
    if full {
        check_contents(relid, t.relid, report);
    }
}

/// At most this many differing rows are described per tracked table.
const MAX_MISMATCHES: i64 = 100;

fn check_contents(relid: Oid, history: Oid, report: &mut Report) {
    let hist = util::qualified_name(history);
    let tbl = util::qualified_name(relid);
    let keys = key_columns(relid);
    let rows = as_table_owner(relid, || {
        util::read_rows(
        &format!(
            "WITH e AS (SELECT COALESCE(pg_catalog.max(h.change_id), 0) AS since \
                          FROM {hist} h WHERE h.key IS NULL), \
                  last AS (SELECT DISTINCT ON (h.key) h.key, h.new_row \
                             FROM {hist} h, e WHERE h.key IS NOT NULL AND h.change_id OPERATOR(pg_catalog.>=) e.since \
                            ORDER BY h.key, h.change_id DESC), \
                  cur AS (SELECT (SELECT pg_catalog.jsonb_object_agg(c, s.r OPERATOR(pg_catalog.->) c) \
                                    FROM pg_catalog.unnest($1::pg_catalog.text[]) c) AS key, s.r \
                            FROM (SELECT pg_catalog.to_jsonb(t) AS r FROM ONLY {tbl} t) s) \
             SELECT COALESCE(cur.key, last.key)::pg_catalog.text, \
                    CASE WHEN last.new_row IS NULL THEN 'has no recorded history (written while tracking was bypassed)' \
                         WHEN cur.r IS NULL THEN 'is missing, but its history records it (removed while tracking was bypassed)' \
                         ELSE 'differs from its last recorded version (changed while tracking was bypassed)' END \
               FROM last FULL JOIN cur ON cur.key OPERATOR(pg_catalog.=) last.key \
              WHERE (cur.r IS NULL) <> (last.new_row IS NULL) \
                 OR NOT cur.r OPERATOR(pg_catalog.=) last.new_row \
              ORDER BY 1 LIMIT {}",
            MAX_MISMATCHES + 1
        ),
        &[keys.into()],
        |r| (r.get::<String>(0).unwrap_or_default(), r.get::<String>(1).unwrap_or_default()),
    )
    });
    for (i, (key, what)) in rows.iter().enumerate() {
        if i as i64 == MAX_MISMATCHES {
            report.add(
                relid,
                None,
                None,
                "tracked_mismatch",
                format!("more rows of {tbl} differ from its history {hist}; only the first {MAX_MISMATCHES} are named"),
            );
            break;
        }
        report.add(
            relid,
            None,
            None,
            "tracked_mismatch",
            format!("the row of {tbl} with key {key} {what}"),
        );
    }
}

/// The tracked table whose history is `history`, if it is one.
pub fn tracked_by(history: Oid) -> Option<Oid> {
    if !catalog_present() {
        return None;
    }
    util::select_one_with_args::<Oid>(
        "SELECT relid::pg_catalog.oid FROM audit_chain.tracked WHERE history::pg_catalog.oid = $1",
        &[history.into()],
    )
}

/// Tables that carry audit_chain's tracking trigger but have no row in `audit_chain.tracked`:
/// their tracking was taken out of the catalog (by a superuser), so their contents are no longer
/// compared with any history. Reported by the verification of every table (`audit_verify()`):
/// which history such a table had, only the removed row said.
pub fn unregistered(report: &mut Report) {
    if !catalog_present() {
        return;
    }
    let lost = util::read_rows(
        "SELECT DISTINCT tg.tgrelid FROM pg_catalog.pg_trigger tg \
           JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid \
           JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace \
          WHERE n.nspname = 'audit_chain' AND p.proname = 'track_trigger' \
            AND NOT EXISTS (SELECT FROM audit_chain.tracked k \
                             WHERE k.relid::pg_catalog.oid = tg.tgrelid) \
          ORDER BY 1",
        &[],
        |r| r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid),
    );
    let orphaned = util::read_rows(
        "SELECT k.relid::pg_catalog.oid, k.history::pg_catalog.text FROM audit_chain.tracked k \
          WHERE NOT EXISTS (SELECT FROM audit_chain.tables t \
                             WHERE t.relid::pg_catalog.oid = k.history::pg_catalog.oid) \
          ORDER BY 1",
        &[],
        |r| (r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid), r.get::<String>(1).unwrap_or_default()),
    );
    for (relid, history) in orphaned {
        report.add(
            relid,
            None,
            None,
            "catalog_mismatch",
            format!(
                "tracked table {}: its history {history} is not a registered audit table, so nothing proves its contents",
                util::qualified_name(relid)
            ),
        );
    }
    for relid in lost {
        report.add(
            relid,
            None,
            None,
            "catalog_mismatch",
            format!(
                "{} carries audit_chain's tracking trigger but is not registered in audit_chain.tracked: \
                 its tracking was removed from the catalog, so its contents are no longer checked against its history",
                util::qualified_name(relid)
            ),
        );
    }
}
