//! Witness cosignatures (audit-chain witness; docs/THREAT_MODEL.md, "Witnesses").
//! audit_cosign(note) stores the signature lines of a signed checkpoint note in the append-only
//! `audit_chain.cosignatures`, after checking that the note is the exact rendering of a checkpoint
//! record of this database. The database holds no key: it cannot tell a witness's signature from
//! a forged line, and does not need to — whoever checks a note does so with the witness's
//! verifier key (audit_verify_digest(note, keys), audit-chain open); what is stored is a copy, so
//! that the signatures travel with the database (backups, the view audit_cosignatures).

use crate::access;
use crate::error::{AuditError, Result};
use crate::util::{self, as_extension_owner};
use audit_chain_note::{CheckpointNote, Note};
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::Value;

crate::pg_function_info!(pg_finfo_audit_chain_cosign);

/// audit_cosign(note text) RETURNS integer: how many signature lines were new.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_cosign(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let Some(note) = util::arg(fcinfo, 0).and_then(|d| String::from_datum(d, false)) else {
        invalid("note must not be NULL").report()
    };
    let stored = cosign(&note).unwrap_or_else(|e| e.report());
    Datum::from(stored)
}

fn invalid(msg: impl Into<String>) -> AuditError {
    AuditError::InvalidNote(msg.into())
}

fn cosign(text: &str) -> Result<i32> {
    let note = Note::parse(text).map_err(|e| invalid(e.to_string()))?;
    let cn = CheckpointNote::parse(&note.text).map_err(|e| invalid(e.to_string()))?;
    let here = util::select_one::<String>("SELECT pg_catalog.current_database()::pg_catalog.text")
        .unwrap_or_default();
    if cn.database != here {
        return Err(invalid(format!(
            "the note is of a checkpoint of database \"{}\", not of this database (\"{here}\")",
            cn.database
        )));
    }
    let relid = util::select_one_with_args::<Oid>(
        "SELECT relid::pg_catalog.oid FROM audit_chain.tables WHERE table_uuid = $1::pg_catalog.uuid",
        &[cn.table_uuid.as_str().into()],
    )
    .ok_or_else(|| {
        invalid(format!("the note is of table {} ({}), which is not an audit table of this database", cn.table, cn.table_uuid))
    })?;
    // The right to take a checkpoint is the right to store its cosignatures.
    access::require_admin(relid, "cosign a checkpoint of")?;
    let stored = as_extension_owner(|| {
        util::read_rows(
            "SELECT body, pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(body::pg_catalog.text, 'UTF8')), 'hex') \
               FROM audit_chain.checkpoints WHERE id = $1 AND relid::pg_catalog.oid = $2",
            &[cn.checkpoint_id.into(), relid.into()],
            |r| (r.get::<JsonB>(0).map(|b| b.0), r.get::<String>(1)),
        )
    })?;
    let Some((Some(mut digest), Some(hash))) = stored.into_iter().next() else {
        return Err(invalid(format!(
            "checkpoint {} of {} is not in audit_chain.checkpoints",
            cn.checkpoint_id, cn.table
        )));
    };
    if hash != cn.checkpoint_hash {
        return Err(invalid(format!(
            "checkpoint record {} does not hash to the note's checkpoint_hash",
            cn.checkpoint_id
        )));
    }
    digest["checkpoint_hash"] = Value::String(hash);
    if audit_chain_note::render(&digest).ok().as_deref() != Some(note.text.as_str()) {
        return Err(invalid(format!(
            "the note's text is not checkpoint record {}",
            cn.checkpoint_id
        )));
    }
    let mut new = 0;
    for s in &note.signatures {
        let inserted = as_extension_owner(|| {
            Spi::get_one_with_args::<i64>(
                "WITH i AS (INSERT INTO audit_chain.cosignatures (checkpoint_id, relid, key_name, key_id, signature) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1) SELECT pg_catalog.count(*) FROM i",
                &[
                    cn.checkpoint_id.into(),
                    relid.into(),
                    s.name.as_str().into(),
                    format!("{:08x}", s.key_id).as_str().into(),
                    s.base64.as_str().into(),
                ],
            )
        })?
        .map_err(|e| AuditError::Catalog(e.to_string()))?
        .unwrap_or(0);
        new += inserted as i32;
    }
    Ok(new)
}
