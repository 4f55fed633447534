//! audit_chain: append-only, SHA-256 hash-chained audit tables for PostgreSQL.
//!
//! Layout: `encoding` (canonical row encoding and hashes), `jsonb` (jsonb values as jsonb_out
//! prints them), `chain` (per-transaction chain state and locks), `insert` (the insert trigger),
//! `provenance` (who wrote a row: the provenance columns of row format 2), `guards` (refusing
//! modifications and DDL), `enable` (audit_enable), `verify` (audit_verify), `hash_thread`
//! (hashing rows on a second thread while verifying),
//! `checkpoint` (checkpoints and digests), `signed_note` (checkpoints as signed notes), `cosign`
//! (witness cosignatures of signed notes), `prune`
//! (retention), `lifecycle` (audit_adopt, replica mode, audit_retire), `replication` (keeping
//! logical replication out of the catalog), `track` (change history of ordinary tables:
//! audit_track), `refusals` (the trail of refused attempts), `access` (who may administer a
//! table), `catalog` (the extension's own tables), `layout` (where an audit table's chain columns
//! are), `worker` (the background worker: settings, launcher, loop), `watch` (one round of it:
//! checkpoints, digest files, continuous verification, alerts), `error` (the error enum), `util`.

mod access;
mod catalog;
mod chain;
mod checkpoint;
mod compat;
mod cosign;
mod direct;
mod enable;
mod encoding;
mod error;
mod guards;
mod hash_thread;
mod insert;
mod jsonb;
mod layout;
mod lifecycle;
mod provenance;
mod prune;
pub mod refusals;
mod replication;
mod signed_note;
mod track;
mod util;
mod verify;
mod watch;
mod worker;

#[cfg(any(test, feature = "pg_test"))]
mod tests;

::pgrx::pg_module_magic!(name, version);

pgrx::extension_sql_file!("../sql/audit_chain.sql", name = "audit_chain_objects", bootstrap);

#[pgrx::pg_guard]
pub extern "C-unwind" fn _PG_init() {
    hash_thread::register_setting();
    chain::register_callbacks();
    insert::register_callbacks();
    guards::install_hooks();
    refusals::register();
    track::register_callbacks();
    worker::register();
    chain::note_loaded();
}

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    #[must_use]
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}
