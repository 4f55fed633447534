//! The note body of an audit_chain checkpoint (docs/FORMAT.md, "Checkpoint notes"): a line-oriented
//! rendering of the digest that audit_checkpoint() returns.
//! ```text
//! audit_chain/<database>/<table_uuid>
//! format audit_chain.note.v1
//! table <table>
//! kind <kind>
//! checkpoint <checkpoint_id>
//! hash <checkpoint_hash>
//! recorded_at <recorded_at>
//! chain <chain> <seq> <hash>        (one line per chain, in the digest's order)
//! ```
//! Names are percent-encoded; every other value has a fixed syntax, checked both ways, so that
//! one digest has exactly one body and a body names exactly one digest (through checkpoint_hash,
//! the SHA-256 of the whole checkpoint record).

use crate::signed::NoteError;
use serde_json::Value;

pub const NOTE_FORMAT: &str = "audit_chain.note.v1";

/// What a checkpoint note says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointNote {
    pub database: String,
    pub table_uuid: String,
    pub table: String,
    pub kind: String,
    pub checkpoint_id: i64,
    pub checkpoint_hash: String,
    pub recorded_at: String,
    /// (chain, seq, hash)
    pub chains: Vec<(i32, i64, String)>,
}

fn malformed(what: &'static str) -> NoteError {
    NoteError::Malformed(what)
}

/// Percent-encodes every byte of `s` but ASCII letters, digits and `-._~` (RFC 3986 unreserved).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            out.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    let text = String::from_utf8(out).ok()?;
    // Only the canonical spelling is accepted.
    (escape(&text) == s).then_some(text)
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => matches!(b, b'0'..=b'9' | b'a'..=b'f'),
        })
}

/// `YYYY-MM-DDTHH:MI:SS.uuuuuuZ`, as digests record times.
fn is_time(s: &str) -> bool {
    let pattern = b"dddd-dd-ddTdd:dd:dd.ddddddZ";
    s.len() == pattern.len()
        && s.bytes()
            .zip(pattern)
            .all(|(b, p)| if *p == b'd' { b.is_ascii_digit() } else { b == *p })
}

fn is_kind(s: &str) -> bool {
    matches!(s, "checkpoint" | "retire")
}

impl CheckpointNote {
    /// The fields of a digest (as audit_checkpoint() returns it), checked for syntax.
    pub fn from_digest(d: &Value) -> Result<CheckpointNote, NoteError> {
        let text = |key: &str| d.get(key).and_then(Value::as_str).map(str::to_string);
        let chains = d
            .get("chains")
            .and_then(Value::as_array)
            .ok_or(malformed("the digest has no chains array"))?
            .iter()
            .map(|c| {
                let chain =
                    c.get("chain").and_then(Value::as_i64).and_then(|v| i32::try_from(v).ok());
                let seq = c.get("seq").and_then(Value::as_i64);
                let hash = c.get("hash").and_then(Value::as_str);
                match (chain, seq, hash) {
                    (Some(c), Some(s), Some(h)) => Ok((c, s, h.to_string())),
                    _ => Err(malformed("a chain of the digest lacks chain, seq or hash")),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        let note = CheckpointNote {
            database: text("database").ok_or(malformed("the digest has no database"))?,
            table_uuid: text("table_uuid").ok_or(malformed("the digest has no table_uuid"))?,
            table: text("table").ok_or(malformed("the digest has no table"))?,
            kind: text("kind").ok_or(malformed("the digest has no kind"))?,
            checkpoint_id: d
                .get("checkpoint_id")
                .and_then(Value::as_i64)
                .ok_or(malformed("the digest has no checkpoint_id"))?,
            checkpoint_hash: text("checkpoint_hash")
                .ok_or(malformed("the digest has no checkpoint_hash"))?,
            recorded_at: text("recorded_at").ok_or(malformed("the digest has no recorded_at"))?,
            chains,
        };
        note.check()?;
        Ok(note)
    }

    fn check(&self) -> Result<(), NoteError> {
        if self.database.is_empty() || self.table.is_empty() {
            return Err(malformed("database and table must not be empty"));
        }
        if !is_uuid(&self.table_uuid) {
            return Err(malformed("table_uuid must be a UUID in lower case"));
        }
        if !is_kind(&self.kind) {
            return Err(malformed("kind must be checkpoint or retire"));
        }
        if self.checkpoint_id <= 0 {
            return Err(malformed("checkpoint_id must be a positive integer"));
        }
        if !is_hex64(&self.checkpoint_hash) || !self.chains.iter().all(|c| is_hex64(&c.2)) {
            return Err(malformed("hashes must be 64 lower-case hexadecimal digits"));
        }
        if !is_time(&self.recorded_at) {
            return Err(malformed("recorded_at must look like 2026-01-31T12:00:00.000000Z"));
        }
        if self.chains.iter().any(|c| c.0 < 0 || c.1 < 0) {
            return Err(malformed("chain and seq must not be negative"));
        }
        Ok(())
    }

    /// The note body.
    pub fn render(&self) -> String {
        let mut out = format!(
            "audit_chain/{}/{}\nformat {NOTE_FORMAT}\ntable {}\nkind {}\ncheckpoint {}\nhash {}\nrecorded_at {}\n",
            escape(&self.database),
            self.table_uuid,
            escape(&self.table),
            self.kind,
            self.checkpoint_id,
            self.checkpoint_hash,
            self.recorded_at
        );
        for (chain, seq, hash) in &self.chains {
            out.push_str(&format!("chain {chain} {seq} {hash}\n"));
        }
        out
    }

    /// Parses a note body; only the exact rendering of some digest is accepted.
    pub fn parse(body: &str) -> Result<CheckpointNote, NoteError> {
        let bad = || malformed("the text is not an audit_chain checkpoint note (docs/FORMAT.md)");
        let lines: Vec<&str> = body.strip_suffix('\n').ok_or_else(bad)?.split('\n').collect();
        if lines.len() < 7 {
            return Err(bad());
        }
        let value = |i: usize, key: &str| {
            lines[i].strip_prefix(key).and_then(|l| l.strip_prefix(' ')).ok_or_else(bad)
        };
        let (database, table_uuid) = lines[0]
            .strip_prefix("audit_chain/")
            .and_then(|o| o.split_once('/'))
            .ok_or_else(bad)?;
        if value(1, "format")? != NOTE_FORMAT {
            return Err(malformed("unknown checkpoint note format"));
        }
        let chains = lines[7..]
            .iter()
            .map(|l| {
                let mut f = l.strip_prefix("chain ")?.split(' ');
                let chain = f.next()?.parse().ok()?;
                let seq = f.next()?.parse().ok()?;
                let hash = f.next()?.to_string();
                f.next().is_none().then_some((chain, seq, hash))
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(bad)?;
        let note = CheckpointNote {
            database: unescape(database).ok_or_else(bad)?,
            table_uuid: table_uuid.to_string(),
            table: unescape(value(2, "table")?).ok_or_else(bad)?,
            kind: value(3, "kind")?.to_string(),
            checkpoint_id: value(4, "checkpoint")?.parse().map_err(|_| bad())?,
            checkpoint_hash: value(5, "hash")?.to_string(),
            recorded_at: value(6, "recorded_at")?.to_string(),
            chains,
        };
        note.check()?;
        // Numbers with a sign or leading zeros parse too: only the canonical text is the note.
        if note.render() != body {
            return Err(bad());
        }
        Ok(note)
    }
}

/// The note body of a digest.
pub fn render(digest: &Value) -> Result<String, NoteError> {
    Ok(CheckpointNote::from_digest(digest)?.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest() -> Value {
        serde_json::json!({
            "format": "audit_chain.checkpoint.v2", "kind": "checkpoint", "database": "my db/1",
            "table": "public.\"Orders\"", "table_uuid": "00010203-0405-0607-0809-0a0b0c0d0e0f",
            "checkpoint_id": 12, "checkpoint_hash": "ab".repeat(32),
            "recorded_at": "2026-12-03T19:00:00.123456Z",
            "chains": [{"chain": 0, "seq": 41, "hash": "cd".repeat(32), "base_seq": 0},
                       {"chain": 1, "seq": 0, "hash": "00".repeat(32)}]
        })
    }

    #[test]
    fn renders_and_parses_back() {
        let body = render(&digest()).unwrap();
        assert_eq!(
            body,
            format!(
                "audit_chain/my%20db%2F1/00010203-0405-0607-0809-0a0b0c0d0e0f\nformat audit_chain.note.v1\n\
                 table public.%22Orders%22\nkind checkpoint\ncheckpoint 12\nhash {}\n\
                 recorded_at 2026-12-03T19:00:00.123456Z\nchain 0 41 {}\nchain 1 0 {}\n",
                "ab".repeat(32),
                "cd".repeat(32),
                "00".repeat(32)
            )
        );
        let parsed = CheckpointNote::parse(&body).unwrap();
        assert_eq!(parsed.database, "my db/1");
        assert_eq!(parsed.table, "public.\"Orders\"");
        assert_eq!(parsed.render(), body);
    }

    #[test]
    fn only_the_canonical_text_parses() {
        let body = render(&digest()).unwrap();
        for bad in [
            body.replace("checkpoint 12", "checkpoint 012"),
            body.replace("chain 0 41", "chain 0 +41"),
            body.replace("my%20db", "my db"),
            body.replace("%2F", "%2f"),
            body.replace("Orders%22\n", "Orders%22 \n"),
            body.trim_end().to_string(),
            body.replace("ab", "AB"),
            format!("{body}\n"),
        ] {
            assert!(CheckpointNote::parse(&bad).is_err(), "{bad}");
        }
        let mut d = digest();
        d["recorded_at"] = "2026-12-03 19:00:00+00".into();
        assert!(render(&d).is_err());
    }
}
