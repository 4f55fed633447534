//! Walking a chain's rows from an anchored point: re-hashing each row (format.rs), checking its
//! sequence number, link and time, and classifying problems as docs/FORMAT.md ("How verification
//! classifies problems") and audit_verify() do.

use crate::db::Row;
use crate::format::{self, Column, Hash};

/// One problem, named by table, chain, sequence number and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub table: String,
    pub chain: Option<i32>,
    pub seq: Option<i64>,
    pub kind: &'static str,
    pub detail: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        write!(
            f,
            "table {} chain {} seq {}: {}: {}",
            self.table,
            opt(self.chain.map(|c| c.to_string())),
            opt(self.seq.map(|s| s.to_string())),
            self.kind,
            self.detail
        )
    }
}

/// Where a walk starts: the sequence number the first row must have, and the hash it must link
/// to (None: the first row's link is not judged, its predecessor was not read).
pub struct Start {
    pub seq: i64,
    pub prev: Option<Hash>,
    pub prev_at: Option<i64>,
}

/// What a walk ends with: the last row read (seq, hash, time, whether its hash matched) or the
/// start; a walk in batches goes on from it (`next`).
pub struct End {
    pub seq: i64,
    pub hash: Option<Hash>,
    pub at: Option<i64>,
    pub sound: bool,
}

impl End {
    pub fn next(&self) -> (Start, bool) {
        (Start { seq: self.seq + 1, prev: self.hash, prev_at: self.at }, self.sound)
    }
}

/// A table's rows as the walk needs them.
pub struct Walk<'a> {
    pub table: &'a str,
    pub format_version: i32,
    pub columns: &'a [Column],
    pub problems: Vec<Problem>,
}

impl Walk<'_> {
    pub fn problem(
        &mut self,
        chain: Option<i32>,
        seq: Option<i64>,
        kind: &'static str,
        detail: String,
    ) {
        self.problems.push(Problem { table: self.table.to_string(), chain, seq, kind, detail });
    }

    /// Walks the rows of one chain (in sequence order) from `start`; `seen` gets each row and
    /// whether its hash matched its encoding.
    pub fn chain(
        &mut self,
        chain: i32,
        (start, sound): (Start, bool),
        rows: &[Row],
        mut seen: impl FnMut(&Row, bool),
    ) -> End {
        let (mut expect, mut prev, mut prev_at, mut prev_sound) =
            (start.seq, start.prev, start.prev_at, sound);
        for row in rows {
            let seq = row.header.seq;
            if seq < expect {
                self.problem(Some(chain), Some(seq), "row_inserted", format!("a row with seq {seq} where {expect} is expected (repeated, or before the chain's base)"));
                continue;
            }
            let gap = seq > expect;
            if gap {
                self.problem(
                    Some(chain),
                    Some(expect),
                    "row_missing",
                    format!("rows {expect}..{} are missing", seq - 1),
                );
            }
            let hash_ok =
                format::row_encoding(self.format_version, &row.header, self.columns, &row.cells)
                    .map(|e| format::sha256(&e))
                    == Some(row.hash);
            let link_ok = gap || prev.is_none_or(|p| p == row.header.prev);
            match (hash_ok, link_ok) {
                (false, false) => self.problem(Some(chain), Some(seq), "order_broken", "the row's hash does not match its values and it does not link to its predecessor (moved or renumbered)".into()),
                (false, true) => self.problem(Some(chain), Some(seq), "row_modified", "the row's hash does not match its values".into()),
                (true, false) if prev_sound => self.problem(Some(chain), Some(seq), "row_inserted", "the row does not link to its predecessor (forged or re-chained)".into()),
                _ => {}
            }
            if hash_ok && prev_sound && prev_at.is_some_and(|a| row.header.at < a) {
                self.problem(
                    Some(chain),
                    Some(seq),
                    "order_broken",
                    "recorded before its predecessor".into(),
                );
            }
            seen(row, hash_ok);
            prev = Some(row.hash);
            prev_at = Some(row.header.at);
            prev_sound = hash_ok;
            expect = seq + 1;
        }
        End { seq: expect - 1, hash: prev, at: prev_at, sound: prev_sound }
    }

    /// Compares where a walk ended with the chain's head (seq, hash).
    pub fn head(&mut self, chain: i32, end: &End, head_seq: i64, head_hash: &Hash) {
        if head_seq > end.seq {
            self.problem(
                Some(chain),
                Some(end.seq + 1),
                "row_missing",
                format!("the head is at {head_seq} but the rows end at {}", end.seq),
            );
        } else if head_seq < end.seq {
            self.problem(
                Some(chain),
                Some(head_seq + 1),
                "row_inserted",
                format!("rows beyond the head ({head_seq}) up to {}", end.seq),
            );
        } else if end.hash.is_some_and(|h| h != *head_hash) {
            self.problem(
                Some(chain),
                Some(head_seq),
                "head_mismatch",
                "the head's hash differs from the last row's".into(),
            );
        }
    }
}
