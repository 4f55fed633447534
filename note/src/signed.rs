//! Signed notes: the text (UTF-8, no control characters but newline, ending in a newline), a
//! blank line, then one line per signature, `— NAME BASE64(key id || signature)`, where the
//! signature is over the text. Parsing follows Go's note.Open, signing its note.Sign.

use crate::key::{is_valid_name, Signer, Verifier};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use thiserror::Error;

const SIG_PREFIX: &str = "— ";
/// As Go's note.Open: more signatures than this make a note malformed.
const MAX_SIGNATURES: usize = 100;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum NoteError {
    #[error("malformed note: {0}")]
    Malformed(&'static str),
    #[error("the signature of {name} (key id {key_id:08x}) does not verify")]
    BadSignature { name: String, key_id: u32 },
    #[error("the note carries no signature by any of the given keys")]
    NoKnownSignature,
}

/// One signature line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub key_id: u32,
    /// base64 of key id (4 bytes, big-endian) and signature, as written on the line.
    pub base64: String,
}

impl Signature {
    fn bytes(&self) -> Vec<u8> {
        BASE64.decode(&self.base64).unwrap_or_default()
    }
}

/// A parsed note whose signatures have not been checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub signatures: Vec<Signature>,
}

impl Note {
    pub fn parse(msg: &str) -> Result<Note, NoteError> {
        if msg.chars().any(|c| c < ' ' && c != '\n') {
            return Err(NoteError::Malformed("it contains a control character other than newline"));
        }
        let Some(split) = msg.rfind("\n\n") else {
            return Err(NoteError::Malformed(
                "no blank line separates the text from the signatures",
            ));
        };
        let (text, sigs) = (&msg[..split + 1], &msg[split + 2..]);
        if sigs.is_empty() || !sigs.ends_with('\n') {
            return Err(NoteError::Malformed(
                "the signature block is empty or does not end in a newline",
            ));
        }
        let mut signatures = Vec::new();
        for line in sigs[..sigs.len() - 1].split('\n') {
            let Some(rest) = line.strip_prefix(SIG_PREFIX) else {
                return Err(NoteError::Malformed("a signature line does not begin with \"— \""));
            };
            let (name, b64) = rest.split_once(' ').unwrap_or((rest, ""));
            let raw = BASE64.decode(b64).unwrap_or_default();
            if !is_valid_name(name) || raw.len() < 5 {
                return Err(NoteError::Malformed("a signature line is not \"— NAME BASE64\""));
            }
            if signatures.len() == MAX_SIGNATURES {
                return Err(NoteError::Malformed("it has more than 100 signatures"));
            }
            signatures.push(Signature {
                name: name.to_string(),
                key_id: u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]]),
                base64: b64.to_string(),
            });
        }
        Ok(Note { text: text.to_string(), signatures })
    }

    /// The note as text.
    pub fn encode(&self) -> String {
        let mut out = format!("{}\n", self.text);
        for s in &self.signatures {
            out.push_str(&format!("{SIG_PREFIX}{} {}\n", s.name, s.base64));
        }
        out
    }
}

/// A note whose signatures by the known keys all verify, with at least one of them.
#[derive(Debug)]
pub struct Opened {
    pub text: String,
    /// The known keys that signed, in the note's order.
    pub verified: Vec<Signature>,
    /// Signatures by keys not given (a witness's cosignatures, say).
    pub unverified: Vec<Signature>,
}

/// Parses a signed note and checks it as Go's note.Open does: every signature by a known key
/// (same name and key id) must verify, and at least one must be there.
pub fn open(msg: &str, known: &[Verifier]) -> Result<Opened, NoteError> {
    let note = Note::parse(msg)?;
    let mut opened =
        Opened { text: note.text.clone(), verified: Vec::new(), unverified: Vec::new() };
    for s in note.signatures {
        match known.iter().find(|v| v.name == s.name && v.key_id == s.key_id) {
            None => {
                if !opened.unverified.contains(&s) {
                    opened.unverified.push(s);
                }
            }
            Some(_) if opened.verified.iter().any(|v| v.name == s.name && v.key_id == s.key_id) => {
            }
            Some(v) => {
                if !v.verify(note.text.as_bytes(), &s.bytes()[4..]) {
                    return Err(NoteError::BadSignature { name: s.name, key_id: s.key_id });
                }
                opened.verified.push(s);
            }
        }
    }
    if opened.verified.is_empty() {
        return Err(NoteError::NoKnownSignature);
    }
    Ok(opened)
}

/// Signs `input` with `signer`. `input` is either a note text (ending in a newline) or a signed
/// note, whose signatures are kept (but one by the same key, which is replaced) and the new one
/// added after them, as Go's note.Sign does.
pub fn sign(input: &str, signer: &Signer) -> Result<String, NoteError> {
    let mut note = match Note::parse(input) {
        Ok(n) => n,
        Err(_) => {
            if !input.ends_with('\n') {
                return Err(NoteError::Malformed("the text does not end in a newline"));
            }
            if input.chars().any(|c| c < ' ' && c != '\n') {
                return Err(NoteError::Malformed(
                    "it contains a control character other than newline",
                ));
            }
            Note { text: input.to_string(), signatures: Vec::new() }
        }
    };
    note.signatures.retain(|s| !(s.name == signer.name && s.key_id == signer.key_id));
    let mut raw = signer.key_id.to_be_bytes().to_vec();
    raw.extend_from_slice(&signer.sign(note.text.as_bytes()));
    note.signatures.push(Signature {
        name: signer.name.clone(),
        key_id: signer.key_id,
        base64: BASE64.encode(raw),
    });
    Ok(note.encode())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(name: &str, seed: u8) -> Signer {
        Signer::from_seed(name, &[seed; 32]).unwrap()
    }

    #[test]
    fn sign_then_open() {
        let (a, b) = (signer("a", 1), signer("b", 2));
        let one = sign("origin\nline\n", &a).unwrap();
        assert!(one.starts_with("origin\nline\n\n— a "));
        let both = sign(&one, &b).unwrap();
        let opened = open(&both, &[b.verifier()]).unwrap();
        assert_eq!(opened.text, "origin\nline\n");
        assert_eq!(opened.verified.len(), 1);
        assert_eq!(opened.unverified.len(), 1);
        // Signing again with the same key replaces its signature.
        assert_eq!(sign(&both, &b).unwrap(), both);
    }

    #[test]
    fn tampering_and_strangers_fail() {
        let a = signer("a", 1);
        let note = sign("text\n", &a).unwrap();
        let forged = note.replacen("text", "test", 1);
        assert_eq!(
            open(&forged, &[a.verifier()]).unwrap_err(),
            NoteError::BadSignature { name: "a".into(), key_id: a.key_id }
        );
        assert_eq!(
            open(&note, &[signer("c", 3).verifier()]).unwrap_err(),
            NoteError::NoKnownSignature
        );
        // Same name, other key: unknown, not a bad signature.
        assert_eq!(
            open(&note, &[signer("a", 4).verifier()]).unwrap_err(),
            NoteError::NoKnownSignature
        );
    }

    #[test]
    fn malformed_notes() {
        for bad in [
            "text\n",
            "text\n\n",
            "text\n\n— a\n",
            "text\n\n-- a AAAAAAA=\n",
            "te\tx\n\n— a AAAAAAA=\n",
            "text\n\n— a AAAAAAA=",
        ] {
            assert!(matches!(open(bad, &[]), Err(NoteError::Malformed(_))), "{bad:?}");
        }
        assert!(sign("no newline", &signer("a", 1)).is_err());
    }
}
