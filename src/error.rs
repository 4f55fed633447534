//! The one error type of audit_chain. Every variant maps to one fixed SQLSTATE, listed in the
//! README, so that applications can handle refusals by code rather than by message text.

use pgrx::pg_sys;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AuditError {
    /// UPDATE, DELETE, TRUNCATE, MERGE ... UPDATE/DELETE, ON CONFLICT on an audit table.
    #[error("{operation} is not allowed on audit table {table}")]
    ModificationRefused { operation: String, table: String },
    /// DDL that would make existing rows unverifiable.
    #[error("{what} is not allowed on audit table {table}")]
    DdlRefused { what: String, table: String },
    /// ADD COLUMN that gave rows already recorded a value (judged after the command).
    #[error("a new column that gives rows already recorded a value ({columns}) is not allowed on audit table {table}")]
    ColumnFillRefused { columns: String, table: String },
    /// DDL on the extension's own tables outside CREATE / ALTER EXTENSION.
    #[error("{what} is not allowed on {table}, part of audit_chain's catalog")]
    CatalogDdlRefused { what: String, table: String },
    #[error("table {0} is already an audit table")]
    AlreadyEnabled(String),
    #[error("{0} is not an audit table")]
    NotAuditTable(String),
    #[error("table {0} is already tracked")]
    AlreadyTracked(String),
    /// audit_track of a table without a primary key, or ALTER TABLE that drops it.
    #[error("table {0} has no primary key")]
    NoPrimaryKey(String),
    /// Disabling, dropping or replacing the tracking triggers of a tracked table, or dropping it.
    #[error("{what} is not allowed on tracked table {table}")]
    TrackedDdlRefused { what: String, table: String },
    /// A table that carries audit_chain's triggers and chain columns but no registration: restored
    /// from a dump of that one table (pg_dump -t), whose catalog rows are dumped only with the
    /// whole database.
    #[error("{0} has the chain columns of an audit table but is not registered as one")]
    NotRegistered(String),
    /// audit_adopt of a table that is not in a state it can adopt.
    #[error("cannot adopt {table}: {why}")]
    AdoptRefused { table: String, why: String },
    /// audit_adopt of a table whose rows do not verify as chains.
    #[error("cannot adopt {table}: its rows do not verify: {problems}")]
    RowsDoNotVerify { table: String, problems: String },
    /// A row offered to a replica table that does not extend its chain exactly.
    #[error("{row} does not extend replica audit table {table}: {why}")]
    ReplicaRowRefused { table: String, row: String, why: String },
    /// audit_retire while the retention still protects rows.
    #[error("audit table {table} cannot be retired before {until}: its retention protects rows until then")]
    RetentionNotPassed { table: String, until: String },
    #[error("{what} cannot be an audit table")]
    WrongObjectType { what: String },
    #[error("{what} cannot be an audit table")]
    Unsupported { what: String, hint: &'static str },
    #[error("history {0} has a trigger with a transition table (REFERENCING NEW TABLE), which tracking cannot fill")]
    HistoryTransitionTable(String),
    #[error("must be owner of table {0}")]
    NotOwner(String),
    #[error("column \"{column}\" of table {table} is reserved for audit_chain")]
    ReservedColumn { column: String, table: String },
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    #[error("permission denied to {action} audit table {table}")]
    NoAdminRight { action: &'static str, table: String },
    #[error("permission denied to verify audit table {0}")]
    NoVerifyRight(String),
    #[error("invalid digest: {0}")]
    InvalidDigest(String),
    /// A signed note that is not a signed checkpoint note (c2sp.org/signed-note, docs/FORMAT.md).
    #[error("invalid signed note: {0}")]
    InvalidNote(String),
    /// A verifier key that is not NAME+KEYID+BASE64 of an Ed25519 key (or is a private key).
    #[error("invalid verifier key: {0}")]
    InvalidKey(String),
    #[error("{0}")]
    InvalidState(String),
    #[error("audit_chain internal catalog is damaged: {0}")]
    Catalog(String),
    /// A buffer for a row's canonical encoding could not grow (nested arrays and composites).
    #[error("out of memory")]
    OutOfMemory(usize),
    /// An argument of incremental verification (audit_verify(tbl, since)): a NULL, or a since
    /// that is not a checkpoint of that table.
    #[error("invalid argument: {0}")]
    InvalidSince(String),
    /// An action reserved to a superuser or the extension's owner (audit_refusals_flush()).
    #[error("permission denied to {0}")]
    NotExtensionOwner(&'static str),
}

impl AuditError {
    pub fn sqlstate(&self) -> PgSqlErrorCode {
        use PgSqlErrorCode::*;
        match self {
            AuditError::ModificationRefused { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::DdlRefused { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::CatalogDdlRefused { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::ColumnFillRefused { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::AlreadyEnabled(_) => ERRCODE_DUPLICATE_OBJECT,
            AuditError::NotAuditTable(_) => ERRCODE_UNDEFINED_OBJECT,
            AuditError::AlreadyTracked(_) => ERRCODE_DUPLICATE_OBJECT,
            AuditError::NoPrimaryKey(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            AuditError::TrackedDdlRefused { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::NotRegistered(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            AuditError::AdoptRefused { .. } => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            AuditError::RowsDoNotVerify { .. } => ERRCODE_DATA_CORRUPTED,
            AuditError::ReplicaRowRefused { .. } => ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION,
            AuditError::RetentionNotPassed { .. } => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            AuditError::WrongObjectType { .. } => ERRCODE_WRONG_OBJECT_TYPE,
            AuditError::Unsupported { .. } | AuditError::HistoryTransitionTable(_) => {
                ERRCODE_FEATURE_NOT_SUPPORTED
            }
            AuditError::NotOwner(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::ReservedColumn { .. } => ERRCODE_DUPLICATE_COLUMN,
            AuditError::InvalidArgument(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AuditError::NoAdminRight { .. } => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::NoVerifyRight(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditError::InvalidDigest(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AuditError::InvalidNote(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AuditError::InvalidKey(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AuditError::InvalidState(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            AuditError::Catalog(_) => ERRCODE_DATA_CORRUPTED,
            AuditError::OutOfMemory(_) => ERRCODE_OUT_OF_MEMORY,
            AuditError::InvalidSince(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AuditError::NotExtensionOwner(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            AuditError::ModificationRefused { .. } => Some(
                "Audit tables are append-only: rows can only be inserted, and leave only through retention pruning."
                    .into(),
            ),
            AuditError::DdlRefused { .. } => {
                Some("The change would let rows be altered unnoticed or make recorded rows fail verification.".into())
            }
            AuditError::ColumnFillRefused { .. } => Some(
                "Recorded rows were hashed without the column; a value in it would make each of them fail verification."
                    .into(),
            ),
            AuditError::TrackedDdlRefused { .. } => Some(
                "A tracked table's history must record every change: its tracking triggers stay enabled ALWAYS, and it keeps its primary key."
                    .into(),
            ),
            AuditError::CatalogDdlRefused { .. } => Some(
                "audit_chain's catalog tables change only through the extension's functions and its upgrade scripts."
                    .into(),
            ),
            AuditError::NotRegistered(_) => Some(
                "A table restored from a dump of an audit table alone (pg_dump -t) has its rows, chain columns and triggers, but not its registration: audit_chain's catalog rows are dumped only with the whole database."
                    .into(),
            ),
            AuditError::ReplicaRowRefused { .. } => Some(
                "A replica table takes only rows copied with their chain values from its source, each extending its chain exactly: same sequence number, link and recomputed hash."
                    .into(),
            ),
            AuditError::OutOfMemory(size) => {
                Some(format!("Failed on request of size {size} while encoding a row to hash it."))
            }
            _ => None,
        }
    }

    fn hint(&self) -> Option<String> {
        self.static_hint().map(str::to_string).or_else(|| match self {
            AuditError::NotRegistered(table) => Some(format!(
                "To make it an audit table again, run SELECT audit_adopt('{}'), adding a digest of the source table \
                 (audit_checkpoint) as second argument to prove continuity with it; to keep it as an ordinary table, \
                 drop audit_chain's triggers and chain columns from it.",
                table.replace('\'', "''")
            )),
            AuditError::ReplicaRowRefused { table, .. } => Some(format!(
                "To write to the table directly, end replica mode: SELECT audit_promote('{}').",
                table.replace('\'', "''")
            )),
            AuditError::RetentionNotPassed { .. } => Some(
                "Until then the table stays an audit table; audit_prune removes what the retention allows.".into(),
            ),
            _ => None,
        })
    }

    fn static_hint(&self) -> Option<&'static str> {
        match self {
            AuditError::Unsupported { hint, .. } => Some(hint),
            AuditError::HistoryTransitionTable(_) => Some(
                "Tracking writes history rows one at a time, not by a statement that fills a transition table: drop the trigger or make it one without REFERENCING.",
            ),
            AuditError::NoPrimaryKey(_) => Some(
                "A tracked table's history names rows by their primary key: add one (ALTER TABLE ... ADD PRIMARY KEY (...)) first.",
            ),
            AuditError::NoAdminRight { .. } => {
                Some("The table's owner can grant the right with audit_grant(table, role).")
            }
            AuditError::ColumnFillRefused { .. } => Some(
                "Add the column without a default, so that recorded rows keep NULL in it, then give new rows a default: ALTER TABLE ... ADD COLUMN c type; ALTER TABLE ... ALTER COLUMN c SET DEFAULT value.",
            ),
            AuditError::ModificationRefused { operation, .. } if operation.contains("ON CONFLICT") => {
                Some("Audit rows are never updated. For idempotent ingestion use INSERT ... ON CONFLICT DO NOTHING.")
            }
            AuditError::NoVerifyRight(_) => Some(
                "Verification shows row hashes: it needs SELECT on the table or the right to administer it (owner, audit_grant()).",
            ),
            AuditError::InvalidNote(_) => Some(
                "A signed checkpoint note is the text audit_checkpoint_note() returns, a blank line, and one line \"— NAME BASE64\" per signature, as audit-chain sign writes it; it must be of a checkpoint of this database.",
            ),
            AuditError::InvalidKey(_) => Some(
                "A verifier key is the one line NAME+KEYID+BASE64 that audit-chain keygen writes to NAME.pub. Private keys (PRIVATE+KEY+...) never belong in the database.",
            ),
            AuditError::InvalidSince(_) => Some(
                "since is the checkpoint_id of a digest that audit_checkpoint() returned for this table, or that digest itself (jsonb); audit_verify(tbl) without since verifies the whole table.",
            ),
            AuditError::NotExtensionOwner(_) => Some(
                "Only a superuser or the role that owns the extension (the role that ran CREATE EXTENSION audit_chain) may do this; with shared_preload_libraries = 'audit_chain' the background worker does it by itself.",
            ),
            _ => None,
        }
    }

    /// Refuses an attempt on `relid` (an audit table, a tracked table, the extension's catalog;
    /// InvalidOid when there is no one table): writes it to the server log, records it in the
    /// trail of refused attempts (refusals.rs: kept although this transaction rolls back), and
    /// raises this error. Every refusal of a modification or of DDL goes through here.
    pub fn refuse(self, relid: pg_sys::Oid) -> ! {
        let refused = match &self {
            AuditError::ModificationRefused { operation, table } => {
                Some((operation.as_str(), table))
            }
            AuditError::DdlRefused { what, table }
            | AuditError::CatalogDdlRefused { what, table }
            | AuditError::TrackedDdlRefused { what, table } => Some((what.as_str(), table)),
            AuditError::ColumnFillRefused { table, .. } => {
                Some(("ADD COLUMN filling recorded rows", table))
            }
            _ => None,
        };
        if let Some((operation, table)) = refused {
            note_refusal(operation, relid, table);
        }
        self.report()
    }

    /// Raises this error as a PostgreSQL ERROR (does not return).
    pub fn report(self) -> ! {
        let mut report = ErrorReport::new(self.sqlstate(), self.to_string(), "audit_chain");
        if let Some(d) = self.detail() {
            report = report.set_detail(d);
        }
        if let Some(h) = self.hint() {
            report = report.set_hint(h);
        }
        report.report(pgrx::PgLogLevel::ERROR);
        unreachable!()
    }
}

/// Writes a refused attempt to the server log and records it in the trail of refused attempts.
pub fn note_refusal(operation: &str, relid: pg_sys::Oid, table: &str) {
    log_refusal(operation, table);
    crate::refusals::record(operation, relid, table);
}

/// Writes a refused attempt to the server log (never to the client), so that it stays on record
/// even though the refusing transaction rolls back.
fn log_refusal(operation: &str, table: &str) {
    let role = unsafe {
        let name = pg_sys::GetUserNameFromId(pg_sys::GetUserId(), true);
        if name.is_null() {
            "?".to_string()
        } else {
            std::ffi::CStr::from_ptr(name).to_string_lossy().into_owned()
        }
    };
    ErrorReport::new(
        PgSqlErrorCode::ERRCODE_INSUFFICIENT_PRIVILEGE,
        format!("audit_chain: refused {operation} on {table} by role {role}"),
        "audit_chain",
    )
    .report(pgrx::PgLogLevel::LOG_SERVER_ONLY);
}

/// Writes an alert of the background worker to the server log: one LOG line with the fixed prefix
/// `audit_chain alert:` and SQLSTATE XX001 (data_corrupted), naming the table, chain and sequence
/// number, the problem's kind and which check found it; the detail and the whole alert (the JSON
/// payload of its NOTIFY) follow as DETAIL.
pub fn log_alert(alert: &serde_json::Value) {
    let field = |k: &str| alert.get(k).filter(|v| !v.is_null());
    let mut at = field("table").and_then(|v| v.as_str()).unwrap_or("?").to_string();
    if let Some(c) = field("chain") {
        at.push_str(&format!(" chain {c}"));
    }
    if let Some(s) = field("seq") {
        at.push_str(&format!(" seq {s}"));
    }
    let kind = field("kind").and_then(|v| v.as_str()).unwrap_or("?");
    let check = field("check").and_then(|v| v.as_str()).unwrap_or("?");
    let detail = field("detail").and_then(|v| v.as_str()).unwrap_or("");
    ErrorReport::new(
        PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
        format!("audit_chain alert: {at}: {kind} ({check} verification): {detail}"),
        "audit_chain",
    )
    .set_detail(alert.to_string())
    .report(pgrx::PgLogLevel::LOG);
}

pub type Result<T> = std::result::Result<T, AuditError>;
