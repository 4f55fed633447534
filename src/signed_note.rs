//! Checkpoints as signed notes (c2sp.org/signed-note; docs/FORMAT.md, "Checkpoint notes").
//! audit_checkpoint_note() renders a digest's note body, which keys held outside the database
//! sign (audit-chain sign); audit_verify_digest(note, verifier_keys) checks the signatures, then
//! the digest the note commits to, exactly as audit_verify_digest(jsonb) does. The database only
//! ever sees verifier keys: parsing and Ed25519 verification are the audit-chain-note crate's,
//! shared with the command-line tool.

use crate::checkpoint;
use crate::error::{AuditError, Result};
use crate::util::{self, as_extension_owner};
use audit_chain_note::{CheckpointNote, Note, NoteError, Verifier};
use pgrx::pg_sys::{self, Datum};
use pgrx::prelude::*;
use pgrx::JsonB;
use serde_json::Value;

crate::pg_function_info!(pg_finfo_audit_chain_checkpoint_note, pg_finfo_audit_chain_verify_note);

/// audit_checkpoint_note(digest jsonb) RETURNS text: the note body of one digest, after checking
/// the digest's form and hash as audit_verify_digest does.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_checkpoint_note(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let Some(d) = util::arg(fcinfo, 0) else {
        AuditError::InvalidArgument("digest must not be NULL".into()).report()
    };
    let JsonB(digest) = JsonB::from_datum(d, false).unwrap_or(JsonB(Value::Null));
    let body = note_body(&digest).unwrap_or_else(|e| e.report());
    body.into_datum().unwrap_or_else(|| util::return_null(fcinfo))
}

fn note_body(digest: &Value) -> Result<String> {
    if digest.is_array() {
        return Err(AuditError::InvalidDigest(
            "a note is of one digest, not of an array of them".into(),
        ));
    }
    checkpoint::check_form(digest)?;
    audit_chain_note::render(digest).map_err(|e| AuditError::InvalidDigest(e.to_string()))
}

/// audit_verify_digest(note text, verifier_keys text[]) RETURNS boolean.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_note(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let Some(note) = util::arg(fcinfo, 0).and_then(|d| String::from_datum(d, false)) else {
        AuditError::InvalidArgument("note must not be NULL".into()).report()
    };
    let Some(keys) = util::arg(fcinfo, 1).and_then(|d| Vec::<Option<String>>::from_datum(d, false))
    else {
        AuditError::InvalidArgument("verifier_keys must not be NULL".into()).report()
    };
    let ok = verify_note(&note, &keys).unwrap_or_else(|e| e.report());
    Datum::from(ok)
}

fn verifiers(keys: &[Option<String>]) -> Result<Vec<Verifier>> {
    if keys.is_empty() {
        return Err(AuditError::InvalidKey("no verifier key was given".into()));
    }
    keys.iter()
        .enumerate()
        .map(|(i, k)| {
            let k = k
                .as_deref()
                .ok_or_else(|| AuditError::InvalidKey(format!("verifier key {} is NULL", i + 1)))?;
            // The message never repeats the key: it might be a private one.
            Verifier::parse(k.trim())
                .map_err(|e| AuditError::InvalidKey(format!("key {}: {e}", i + 1)))
        })
        .collect()
}

fn verify_note(text: &str, keys: &[Option<String>]) -> Result<bool> {
    let keys = verifiers(keys)?;
    let note = Note::parse(text).map_err(|e| AuditError::InvalidNote(e.to_string()))?;
    let cn =
        CheckpointNote::parse(&note.text).map_err(|e| AuditError::InvalidNote(e.to_string()))?;
    let here = util::select_one::<String>("SELECT pg_catalog.current_database()::pg_catalog.text")
        .unwrap_or_default();
    if cn.database != here {
        return Err(AuditError::InvalidNote(format!(
            "the note is of a checkpoint of database \"{}\", not of this database (\"{here}\")",
            cn.database
        )));
    }
    let table = format!("{} (checkpoint {})", cn.table, cn.checkpoint_id);
    match audit_chain_note::open(text, &keys) {
        Ok(_) => {}
        Err(NoteError::BadSignature { name, key_id }) => {
            checkpoint::warn(format!(
                "audit_chain: the note of {table}: the signature of {name} (key id {key_id:08x}) does not verify: \
                 the note was altered after it was signed"
            ));
            return Ok(false);
        }
        Err(NoteError::NoKnownSignature) => {
            let signers: Vec<String> =
                note.signatures.iter().map(|s| format!("{}+{:08x}", s.name, s.key_id)).collect();
            checkpoint::warn(format!(
                "audit_chain: the note of {table} is not signed by any of the given keys (it is signed by {})",
                signers.join(", ")
            ));
            return Ok(false);
        }
        Err(e) => return Err(AuditError::InvalidNote(e.to_string())),
    }
    // The note commits to the whole checkpoint record through its hash: the record stored under
    // its id, with that hash, is the digest it carries.
    let stored = as_extension_owner(|| {
        util::read_rows(
            "SELECT body, pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(body::pg_catalog.text, 'UTF8')), 'hex') \
               FROM audit_chain.checkpoints WHERE id = $1",
            &[cn.checkpoint_id.into()],
            |r| (r.get::<JsonB>(0).map(|b| b.0), r.get::<String>(1)),
        )
    })?;
    let Some((Some(mut digest), Some(hash))) = stored.into_iter().next() else {
        checkpoint::warn(format!(
            "audit_chain: checkpoint {} of {} is missing from audit_chain.checkpoints",
            cn.checkpoint_id, cn.table
        ));
        return Ok(false);
    };
    if hash != cn.checkpoint_hash {
        checkpoint::warn(format!(
            "audit_chain: checkpoint {} of {} is altered in audit_chain.checkpoints: its record does not hash to the signed checkpoint_hash",
            cn.checkpoint_id, cn.table
        ));
        return Ok(false);
    }
    digest["checkpoint_hash"] = Value::String(hash);
    if audit_chain_note::render(&digest).ok().as_deref() != Some(note.text.as_str()) {
        checkpoint::warn(format!(
            "audit_chain: the note of {table} does not render checkpoint record {} of audit_chain.checkpoints",
            cn.checkpoint_id
        ));
        return Ok(false);
    }
    checkpoint::verify_digest(&digest)
}
