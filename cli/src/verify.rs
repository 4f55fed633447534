//! `audit-chain verify`: every row of every audit table (or of those named) re-hashed here from
//! its values, every link, base and head checked; optionally signed checkpoint notes checked
//! against verifier keys and against the rows they anchor. The verdict depends on the format
//! specification and this code, not on the server's.

use crate::db;
use crate::format;
use crate::walk::{Problem, Start, Walk};
use audit_chain_note::{open, CheckpointNote, Verifier};
use postgres::Client;
use std::collections::{BTreeMap, BTreeSet};

/// A verified table: its problems, row count, its chains' heads and the hashes of the rows the
/// notes being checked anchor.
pub struct Checked {
    pub table: db::Table,
    pub problems: Vec<Problem>,
    pub rows: u64,
    pub hashes: BTreeMap<(i32, i64), format::Hash>,
    pub heads: Vec<db::ChainHead>,
}

/// Verifies every row of table `t`, chain by chain, reading `batch` rows per query through the
/// chain index: memory stays bounded by the batch, whatever the table's size. Keeps the hashes of
/// the rows `wanted` names (the rows checkpoint notes anchor).
pub fn check_table(
    c: &mut Client,
    t: &db::Table,
    wanted: &BTreeSet<(i32, i64)>,
    batch: i64,
) -> db::Result<Checked> {
    let cols = db::columns(c, t)?;
    let heads = db::heads(c, t)?;
    let counts = db::chain_counts(c, t)?;
    let mut w =
        Walk { table: &t.name, format_version: t.format_version, columns: &cols, problems: vec![] };
    let mut hashes = BTreeMap::new();
    let mut rows = 0u64;
    for h in &heads {
        if h.base_seq == 0 && h.base_hash != format::genesis(&t.uuid, h.chain) {
            w.problem(
                Some(h.chain),
                Some(0),
                "anchor_mismatch",
                "the chain's genesis hash does not match the table's uuid".into(),
            );
        }
        let mut next =
            (Start { seq: h.base_seq + 1, prev: Some(h.base_hash), prev_at: None }, true);
        let mut end = None;
        // From the chain's first row (rows left below its base are reported by the walk).
        let mut from = i64::MIN;
        loop {
            let batch_rows = db::rows_from(c, t, &cols, h.chain, from, batch)?;
            let Some(last) = batch_rows.last().map(|r| r.header.seq) else { break };
            rows += batch_rows.len() as u64;
            let e = w.chain(h.chain, next, &batch_rows, |r, _| {
                if wanted.contains(&(r.header.chain, r.header.seq)) {
                    hashes.insert((r.header.chain, r.header.seq), r.hash);
                }
            });
            next = e.next();
            end = Some(e);
            if last == i64::MAX || (batch_rows.len() as i64) < batch {
                break;
            }
            from = last + 1;
        }
        let end = end.unwrap_or(crate::walk::End {
            seq: h.base_seq,
            hash: Some(h.base_hash),
            at: None,
            sound: true,
        });
        w.head(h.chain, &end, h.seq, &h.hash);
    }
    for &(chain, first, n) in
        counts.iter().filter(|(chain, ..)| !heads.iter().any(|h| h.chain == *chain))
    {
        rows += n as u64;
        w.problem(
            Some(chain),
            Some(first),
            "row_inserted",
            format!("{n} rows in chain {chain}, which audit_chain.chain_heads does not have"),
        );
    }
    Ok(Checked { table: t.clone(), problems: w.problems, rows, hashes, heads })
}

/// Checks a signed checkpoint note: signed by the keys, of this database, and the history it
/// anchors is still in the table.
pub fn check_note(
    text: &str,
    file: &str,
    keys: &[Verifier],
    database: &str,
    tables: &[Checked],
) -> Vec<Problem> {
    let problem = |table: &str, chain, seq, kind, detail: String| Problem {
        table: table.to_string(),
        chain,
        seq,
        kind,
        detail,
    };
    let opened = match open(text, keys) {
        Ok(o) => o,
        Err(e) => return vec![problem("-", None, None, "note_unverified", format!("{file}: {e}"))],
    };
    let note = match CheckpointNote::parse(&opened.text) {
        Ok(n) => n,
        Err(e) => return vec![problem("-", None, None, "note_unverified", format!("{file}: {e}"))],
    };
    if note.database != database {
        return vec![problem(
            &note.table,
            None,
            None,
            "note_unverified",
            format!("{file}: a note of database {}, not {database}", note.database),
        )];
    }
    let Some(t) = tables.iter().find(|t| t.table.uuid_text == note.table_uuid) else {
        return vec![problem(
            &note.table,
            None,
            None,
            "table_missing",
            format!(
                "{file}: table {} ({}) is not an audit table of this database",
                note.table, note.table_uuid
            ),
        )];
    };
    let mut out = Vec::new();
    for (chain, seq, hash) in &note.chains {
        let name = t.table.name.as_str();
        let Some(h) = t.heads.iter().find(|h| h.chain == *chain) else {
            out.push(problem(
                name,
                Some(*chain),
                Some(*seq),
                "row_missing",
                format!("{file}: the chain is gone"),
            ));
            continue;
        };
        let want = format::parse_hash(hash).unwrap_or_default();
        if h.seq < *seq {
            out.push(problem(name, Some(*chain), Some(h.seq + 1), "row_missing", format!("{file}: the note anchors seq {seq}, the head is at {} (rows removed, or an older backup restored)", h.seq)));
        } else if *seq < h.base_seq || *seq == 0 {
            // Pruned since (or an empty chain): nothing left to compare.
        } else if *seq == h.base_seq {
            if h.base_hash != want {
                out.push(problem(
                    name,
                    Some(*chain),
                    Some(*seq),
                    "anchor_mismatch",
                    format!("{file}: the chain's base is not the anchored row"),
                ));
            }
        } else {
            match t.hashes.get(&(*chain, *seq)) {
                Some(got) if *got == want => {}
                Some(_) => out.push(problem(
                    name,
                    Some(*chain),
                    Some(*seq),
                    "anchor_mismatch",
                    format!("{file}: the row's hash is not the one the note anchors"),
                )),
                None => out.push(problem(
                    name,
                    Some(*chain),
                    Some(*seq),
                    "row_missing",
                    format!("{file}: the anchored row is missing"),
                )),
            }
        }
    }
    out
}
