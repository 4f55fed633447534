//! Signed notes as c2sp.org/signed-note defines them (the format of Go's
//! golang.org/x/mod/sumdb/note), with Ed25519 keys, and the note body of an audit_chain
//! checkpoint (docs/FORMAT.md, "Checkpoint notes"). Shared by the extension, which only verifies,
//! and the audit-chain tool, which also makes keys and signs: both read and write the same bytes.
//! The cryptography is ed25519-dalek's and sha2's; this crate only encodes.

mod checkpoint;
mod key;
mod signed;

pub use checkpoint::{render, CheckpointNote, NOTE_FORMAT};
pub use key::{KeyError, Signer, Verifier};
pub use signed::{open, sign, Note, NoteError, Opened, Signature};
