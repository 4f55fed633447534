//! `audit-chain witness`: takes a checkpoint of each audit table, checks that it extends the last
//! one this witness signed (re-hashing every row written since, from docs/FORMAT.md, and checking
//! prunes against the retention it last saw), and only then signs its note, keeps it, and stores
//! the cosignature in the database (audit_cosign). On any inconsistency it signs nothing.
//!
//! State directory:
//! ```text
//! DIR/witness.json                    the database's identity and the witness's verifier key
//! DIR/<table_uuid>/state.json         the last signed checkpoint: heads, bases, retention
//! DIR/<table_uuid>/checkpoint-N.note  the notes signed
//! DIR/<table_uuid>/chain-C.rows       48 bytes per row seen: seq (i64), audit_at (i64), hash
//! ```
//! A run reads only the rows written since the last signed state (O(new rows)); the row files let
//! it check a prune's new base and name the first row of a fork.

use crate::db::{self, Identity, Row, Table};
use crate::format::{self, Hash, Retention};
use crate::walk::{Problem, Start, Walk};
use audit_chain_note::{open, sign, CheckpointNote, Signer, Verifier};
use postgres::Client;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const ENTRY: u64 = 48;
const STATE_FORMAT: &str = "audit_chain.witness.v1";

/// A failure that is not a finding about the database: usage, connection, state directory (exit 2).
pub struct Fatal(pub String);

impl From<db::DbError> for Fatal {
    fn from(e: db::DbError) -> Fatal {
        Fatal(e.0)
    }
}

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct WitnessFile {
    format: String,
    #[serde(flatten)]
    identity: Identity,
    key: String,
}

#[derive(Clone, Serialize, Deserialize)]
struct ChainState {
    chain: i32,
    seq: i64,
    hash: String,
    base_seq: i64,
    base_hash: String,
    /// The first row in chain-C.rows.
    first_seq: i64,
}

#[derive(Clone, Serialize, Deserialize)]
struct TableState {
    table: String,
    table_uuid: String,
    checkpoint_id: i64,
    checkpoint_hash: String,
    recorded_at: String,
    retention: Retention,
    note: String,
    chains: Vec<ChainState>,
}

fn corrupted(dir: &Path, what: impl std::fmt::Display) -> Fatal {
    Fatal(format!(
        "the state directory {} is damaged: {what}. Nothing was signed. Restore it from a backup, or start this \
         witness afresh in a new state directory (trust on first use again, see docs/THREAT_MODEL.md#witnesses)",
        dir.display()
    ))
}

fn write_atomic(path: &Path, text: &str) -> Result<(), Fatal> {
    let tmp = path.with_extension("tmp");
    let io = |e: std::io::Error| Fatal(format!("cannot write {}: {e}", path.display()));
    let mut f = File::create(&tmp).map_err(io)?;
    f.write_all(text.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    fs::rename(&tmp, path).map_err(io)
}

/// Checks (or, in an empty or new directory, creates) witness.json.
fn open_state(dir: &Path, id: &Identity, key: &Verifier) -> Result<(), Fatal> {
    let file = dir.join("witness.json");
    let mine = WitnessFile { format: STATE_FORMAT.into(), identity: id.clone(), key: key.encode() };
    if !file.exists() {
        let empty = fs::read_dir(dir).map(|mut d| d.next().is_none()).unwrap_or(true);
        if !empty {
            return Err(corrupted(dir, "it has no witness.json but is not empty"));
        }
        fs::create_dir_all(dir)
            .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
        return write_atomic(&file, &serde_json::to_string_pretty(&mine).unwrap());
    }
    let text =
        fs::read_to_string(&file).map_err(|e| corrupted(dir, format!("witness.json: {e}")))?;
    let theirs: WitnessFile =
        serde_json::from_str(&text).map_err(|e| corrupted(dir, format!("witness.json: {e}")))?;
    if theirs.format != STATE_FORMAT {
        return Err(corrupted(dir, format!("witness.json has format {}", theirs.format)));
    }
    if theirs.identity != *id {
        let i = &theirs.identity;
        return Err(Fatal(format!(
            "the state directory {} belongs to another database: {} (OID {}, system identifier {}), not {} (OID {}, \
             system identifier {}). Nothing was signed. Give each database a state directory of its own",
            dir.display(), i.database, i.database_oid, i.system_identifier, id.database, id.database_oid, id.system_identifier
        )));
    }
    if theirs.key != key.encode() {
        return Err(Fatal(format!(
            "the state directory {} belongs to the witness key {}, not {}. Nothing was signed",
            dir.display(),
            theirs.key,
            key.encode()
        )));
    }
    Ok(())
}

fn rows_path(tdir: &Path, chain: i32) -> PathBuf {
    tdir.join(format!("chain-{chain}.rows"))
}

/// One entry of a chain's row file: (seq, at, hash).
fn read_entry(tdir: &Path, c: &ChainState, seq: i64) -> Option<(i64, i64, Hash)> {
    if seq < c.first_seq || seq > c.seq {
        return None;
    }
    let mut f = File::open(rows_path(tdir, c.chain)).ok()?;
    f.seek(SeekFrom::Start((seq - c.first_seq) as u64 * ENTRY)).ok()?;
    let mut b = [0u8; ENTRY as usize];
    f.read_exact(&mut b).ok()?;
    let s = i64::from_be_bytes(b[0..8].try_into().unwrap());
    let at = i64::from_be_bytes(b[8..16].try_into().unwrap());
    Some((s, at, b[16..48].try_into().unwrap()))
}

/// The state of one table, checked against its signed note and row files.
fn load_table(dir: &Path, uuid: &str, key: &Verifier) -> Result<Option<TableState>, Fatal> {
    let tdir = dir.join(uuid);
    let file = tdir.join("state.json");
    if !file.exists() {
        if tdir.exists() && fs::read_dir(&tdir).map(|mut d| d.next().is_some()).unwrap_or(true) {
            return Err(corrupted(dir, format!("{uuid}/ has no state.json")));
        }
        return Ok(None);
    }
    let bad = |what: String| corrupted(dir, format!("{uuid}/{what}"));
    let text = fs::read_to_string(&file).map_err(|e| bad(format!("state.json: {e}")))?;
    let s: TableState = serde_json::from_str(&text).map_err(|e| bad(format!("state.json: {e}")))?;
    if s.table_uuid != uuid {
        return Err(bad("state.json names another table".into()));
    }
    let note =
        fs::read_to_string(tdir.join(&s.note)).map_err(|e| bad(format!("{}: {e}", s.note)))?;
    let opened =
        open(&note, std::slice::from_ref(key)).map_err(|e| bad(format!("{}: {e}", s.note)))?;
    let cn = CheckpointNote::parse(&opened.text).map_err(|e| bad(format!("{}: {e}", s.note)))?;
    let chains: Vec<(i32, i64, String)> =
        s.chains.iter().map(|c| (c.chain, c.seq, c.hash.clone())).collect();
    if cn.checkpoint_id != s.checkpoint_id
        || cn.checkpoint_hash != s.checkpoint_hash
        || cn.chains != chains
        || cn.table_uuid != uuid
    {
        return Err(bad(format!("state.json does not match the signed note {}", s.note)));
    }
    for c in &s.chains {
        let path = rows_path(&tdir, c.chain);
        let started_again = path.with_extension("new");
        if started_again.exists() {
            // A run that started the row file again after a prune: the state it wrote says
            // whether it got that far.
            let mut first = [0u8; 8];
            let ok = File::open(&started_again).and_then(|mut f| f.read_exact(&mut first)).is_ok();
            let res = if ok && i64::from_be_bytes(first) == c.first_seq {
                fs::rename(&started_again, &path)
            } else {
                fs::remove_file(&started_again)
            };
            res.map_err(|e| bad(format!("chain-{}.new: {e}", c.chain)))?;
        }
        let want = (c.seq - c.first_seq + 1).max(0) as u64 * ENTRY;
        let len = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if len < want {
            return Err(bad(format!(
                "chain-{}.rows holds {} rows, the signed state {}",
                c.chain,
                len / ENTRY,
                want / ENTRY
            )));
        }
        if len > want {
            // A run that appended rows but did not get to write its state: not signed, drop them.
            OpenOptions::new()
                .write(true)
                .open(&path)
                .and_then(|f| f.set_len(want))
                .map_err(|e| bad(format!("chain-{}.rows: {e}", c.chain)))?;
        }
        if want > 0 {
            let first = read_entry(&tdir, c, c.first_seq).map(|e| e.0);
            let last = read_entry(&tdir, c, c.seq);
            let hash = format::parse_hash(&c.hash);
            if first != Some(c.first_seq) || last.map(|e| (e.0, Some(e.2))) != Some((c.seq, hash)) {
                return Err(bad(format!("chain-{}.rows does not end at the signed head", c.chain)));
            }
        }
    }
    Ok(Some(s))
}

/// A chain as a digest records it.
struct DigestChain {
    chain: i32,
    seq: i64,
    hash: Hash,
    base_seq: i64,
    base_hash: Hash,
}

fn digest_chains(d: &Value) -> Option<Vec<DigestChain>> {
    d.get("chains")?
        .as_array()?
        .iter()
        .map(|c| {
            Some(DigestChain {
                chain: i32::try_from(c.get("chain")?.as_i64()?).ok()?,
                seq: c.get("seq")?.as_i64()?,
                hash: format::parse_hash(c.get("hash")?.as_str()?)?,
                base_seq: c.get("base_seq")?.as_i64()?,
                base_hash: format::parse_hash(c.get("base_hash")?.as_str()?)?,
            })
        })
        .collect()
}

/// (seq, audit_at, hash) of one row, as a chain's row file holds it.
type Entry = (i64, i64, Hash);

/// A chain's new rows, and whether they replace its row file.
type NewRows = (bool, Vec<Entry>);

/// What signing a table's checkpoint will write.
struct Plan {
    table: Table,
    digest: Value,
    state: TableState,
    /// New row entries per chain.
    /// and whether they replace the chain's row file (a prune went past every row this witness
    /// had seen: the file starts again after the new base).
    rows: BTreeMap<i32, NewRows>,
}

fn now_micros() -> i64 {
    let unix =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    unix.as_micros() as i64 - 946_684_800_000_000
}

/// Walks chain `chain` from `start` up to seq `to`, reading its rows in batches through the chain
/// index; `seen` gets each row.
fn walk_rows(
    c: &mut Client,
    t: &Table,
    w: &mut Walk,
    chain: i32,
    start: Start,
    (to, batch): (i64, i64),
    mut seen: impl FnMut(&Row),
) -> Result<crate::walk::End, Fatal> {
    let mut from = start.seq;
    let mut next = (start, true);
    loop {
        let upto = from.saturating_add(batch.max(1) - 1).min(to);
        let rows = db::rows(c, t, w.columns, Some((chain, from, upto)))?;
        let end = w.chain(chain, next, &rows, |r, _| seen(r));
        if upto >= to {
            return Ok(end);
        }
        next = end.next();
        from = upto + 1;
    }
}

/// The first row of a chain whose hash differs from the one this witness recorded.
fn first_fork(
    c: &mut Client,
    t: &Table,
    cols: &[format::Column],
    tdir: &Path,
    oc: &ChainState,
    from: i64,
) -> Result<Option<(i64, Hash, Hash)>, Fatal> {
    let rows = db::rows(c, t, cols, Some((oc.chain, from.max(oc.first_seq), oc.seq)))?;
    for r in rows {
        if let Some((_, _, h)) = read_entry(tdir, oc, r.header.seq) {
            if h != r.hash {
                return Ok(Some((r.header.seq, h, r.hash)));
            }
        }
    }
    Ok(None)
}

/// Checks one table's new checkpoint against the signed state; the plan to sign, or problems.
fn check_table(
    c: &mut Client,
    schema: &str,
    dir: &Path,
    t: &Table,
    (key, batch): (&Verifier, i64),
) -> Result<(Plan, Vec<Problem>), Fatal> {
    let old = load_table(dir, &t.uuid_text, key)?;
    let tdir = dir.join(&t.uuid_text);
    let digest = db::checkpoint(c, schema, t)?;
    let cols = db::columns(c, t)?;
    let mut w =
        Walk { table: &t.name, format_version: t.format_version, columns: &cols, problems: vec![] };
    let text = |k: &str| digest.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let checkpoint_id = digest.get("checkpoint_id").and_then(Value::as_i64).unwrap_or(0);
    let hash = format::checkpoint_hash(&digest).map(hex::encode);
    if hash.as_deref() != Some(text("checkpoint_hash").as_str()) {
        w.problem(
            None,
            None,
            "checkpoint_mismatch",
            format!(
                "the digest of checkpoint {checkpoint_id} does not hash to its checkpoint_hash"
            ),
        );
    }
    if text("table_uuid") != t.uuid_text || text("kind") != "checkpoint" {
        w.problem(
            None,
            None,
            "checkpoint_mismatch",
            "the digest is not a checkpoint of this table".into(),
        );
    }
    let retention = Retention::from_digest(&digest);
    let Some(chains) = digest_chains(&digest) else {
        w.problem(
            None,
            None,
            "checkpoint_mismatch",
            "the digest's chains lack seq, hash or base".into(),
        );
        return Ok((
            Plan { table: t.clone(), digest, state: empty_state(t), rows: BTreeMap::new() },
            w.problems,
        ));
    };
    if let Some(o) = &old {
        if checkpoint_id <= o.checkpoint_id {
            w.problem(None, None, "rollback", format!("checkpoint {checkpoint_id} is not after checkpoint {} that this witness signed (an older backup restored?)", o.checkpoint_id));
        }
        if !retention.covers(&o.retention) {
            w.problem(
                None,
                None,
                "retention_shortened",
                format!(
                    "the retention {retention} is shorter than {} that this witness saw",
                    o.retention
                ),
            );
        }
        for oc in &o.chains {
            if !chains.iter().any(|d| d.chain == oc.chain) {
                w.problem(
                    Some(oc.chain),
                    Some(oc.seq),
                    "chain_missing",
                    "a chain this witness signed is gone".into(),
                );
            }
        }
    }
    // A prune before this checkpoint happened before both clocks' now: the earlier one is used, so
    // that a server clock set ahead does not make rows look old enough to prune.
    let now = format::parse_time(&text("recorded_at")).unwrap_or(i64::MAX).min(now_micros());
    let mut new_rows: BTreeMap<i32, NewRows> = BTreeMap::new();
    let mut states = Vec::new();
    for d in &chains {
        let oc = old.as_ref().and_then(|o| o.chains.iter().find(|c| c.chain == d.chain));
        let mut entries = Vec::new();
        let mut first_seq;
        let mut replace = false;
        match oc {
            None => {
                first_seq = d.base_seq + 1;
                if d.base_seq == 0 && d.base_hash != format::genesis(&t.uuid, d.chain) {
                    w.problem(
                        Some(d.chain),
                        Some(0),
                        "anchor_mismatch",
                        "the chain's genesis hash does not match the table's uuid".into(),
                    );
                }
                let start = Start { seq: d.base_seq + 1, prev: Some(d.base_hash), prev_at: None };
                let end = walk_rows(c, t, &mut w, d.chain, start, (d.seq, batch), |r| {
                    entries.push((r.header.seq, r.header.at, r.hash))
                })?;
                w.head(d.chain, &end, d.seq, &d.hash);
            }
            Some(oc) => {
                first_seq = oc.first_seq;
                let old_hash = format::parse_hash(&oc.hash).unwrap_or_default();
                if d.base_seq < oc.base_seq {
                    w.problem(
                        Some(d.chain),
                        Some(d.base_seq),
                        "base_moved_back",
                        format!(
                            "the chain's base is at {}, this witness saw it at {}",
                            d.base_seq, oc.base_seq
                        ),
                    );
                    continue;
                }
                if d.seq < oc.seq {
                    w.problem(Some(d.chain), Some(d.seq + 1), "rollback", format!("the head is at {}, this witness signed {} (rows removed at the end, or an older backup restored)", d.seq, oc.seq));
                    continue;
                }
                let old_retention = old.as_ref().map(|o| o.retention).unwrap_or_default();
                if d.base_seq > oc.base_seq {
                    // Pruned since: the last row removed that this witness saw must be out of the
                    // retention it last saw, and the new base must be the row it recorded.
                    let p = d.base_seq.min(oc.seq);
                    if let Some((_, at, _)) = read_entry(&tdir, oc, p) {
                        if old_retention.add_to(at) > now {
                            w.problem(Some(d.chain), Some(p), "prune_below_retention", format!("rows up to {} were removed, but row {p} is still within the retention {old_retention} this witness saw", d.base_seq));
                        }
                    }
                    if let Some((_, _, h)) = read_entry(&tdir, oc, d.base_seq) {
                        if h != d.base_hash {
                            w.problem(
                                Some(d.chain),
                                Some(d.base_seq),
                                "base_mismatch",
                                "the chain's new base is not the row this witness signed".into(),
                            );
                        }
                    }
                }
                if d.base_seq > oc.seq {
                    first_seq = d.base_seq + 1;
                    replace = true;
                }
                let (from, start) = if d.base_seq < oc.seq {
                    (oc.seq, Start { seq: oc.seq, prev: None, prev_at: None })
                } else {
                    (
                        d.base_seq + 1,
                        Start { seq: d.base_seq + 1, prev: Some(d.base_hash), prev_at: None },
                    )
                };
                if from == oc.seq && oc.seq > 0 {
                    let rows: Vec<Row> = db::rows(c, t, &cols, Some((d.chain, from, from)))?;
                    match rows.first() {
                        Some(r) if r.header.seq == oc.seq && r.hash == old_hash => {}
                        Some(r) if r.header.seq == oc.seq => {
                            let fork = first_fork(c, t, &cols, &tdir, oc, d.base_seq + 1)?;
                            let (seq, signed, now) = fork.unwrap_or((oc.seq, old_hash, r.hash));
                            w.problem(Some(d.chain), Some(seq), "fork", format!("the row's hash is {}, this witness signed {} (rows rewritten after they were signed, or another history shown)", hex::encode(now), hex::encode(signed)));
                            continue;
                        }
                        _ => {
                            w.problem(
                                Some(d.chain),
                                Some(oc.seq),
                                "row_missing",
                                "the row this witness signed as the chain's head is gone".into(),
                            );
                            continue;
                        }
                    }
                }
                let signed_head = oc.seq;
                let end = walk_rows(c, t, &mut w, d.chain, start, (d.seq, batch), |r| {
                    if r.header.seq > signed_head {
                        entries.push((r.header.seq, r.header.at, r.hash));
                    }
                })?;
                w.head(d.chain, &end, d.seq, &d.hash);
            }
        }
        new_rows.insert(d.chain, (replace, entries));
        states.push(ChainState {
            chain: d.chain,
            seq: d.seq,
            hash: hex::encode(d.hash),
            base_seq: d.base_seq,
            base_hash: hex::encode(d.base_hash),
            first_seq,
        });
    }
    let state = TableState {
        table: text("table"),
        table_uuid: t.uuid_text.clone(),
        checkpoint_id,
        checkpoint_hash: text("checkpoint_hash"),
        recorded_at: text("recorded_at"),
        retention,
        note: format!("checkpoint-{checkpoint_id}.note"),
        chains: states,
    };
    Ok((Plan { table: t.clone(), digest, state, rows: new_rows }, w.problems))
}

fn empty_state(t: &Table) -> TableState {
    TableState {
        table: t.name.clone(),
        table_uuid: t.uuid_text.clone(),
        checkpoint_id: 0,
        checkpoint_hash: String::new(),
        recorded_at: String::new(),
        retention: Retention::default(),
        note: String::new(),
        chains: vec![],
    }
}

/// Signs a checked plan: the note, the row files, the state (written last: it is the commit
/// point), then the cosignature in the database.
fn sign_plan(
    c: &mut Client,
    schema: &str,
    dir: &Path,
    signer: &Signer,
    p: &Plan,
) -> Result<(), Fatal> {
    let tdir = dir.join(&p.table.uuid_text);
    let io = |e: std::io::Error| Fatal(format!("cannot write into {}: {e}", tdir.display()));
    fs::create_dir_all(&tdir).map_err(io)?;
    let body =
        audit_chain_note::render(&p.digest).map_err(|e| Fatal(format!("{}: {e}", p.table.name)))?;
    let note = sign(&body, signer).map_err(|e| Fatal(e.to_string()))?;
    write_atomic(&tdir.join(&p.state.note), &note)?;
    for (chain, (replace, entries)) in &p.rows {
        let path = rows_path(&tdir, *chain);
        let mut f = if *replace {
            // Beside the old file; it takes the old one's place once the state is written (or,
            // after a crash, when the next run finds the state that names it).
            File::create(path.with_extension("new")).map_err(io)?
        } else {
            OpenOptions::new().create(true).append(true).open(&path).map_err(io)?
        };
        let mut buf = Vec::with_capacity(entries.len() * ENTRY as usize);
        for (seq, at, hash) in entries {
            buf.extend_from_slice(&seq.to_be_bytes());
            buf.extend_from_slice(&at.to_be_bytes());
            buf.extend_from_slice(hash);
        }
        f.write_all(&buf).map_err(io)?;
        f.sync_all().map_err(io)?;
    }
    write_atomic(&tdir.join("state.json"), &serde_json::to_string_pretty(&p.state).unwrap())?;
    for (chain, _) in p.rows.iter().filter(|(_, (replace, _))| *replace) {
        let path = rows_path(&tdir, *chain);
        fs::rename(path.with_extension("new"), &path).map_err(io)?;
    }
    let stored = db::cosign(c, schema, &note)?;
    let n: usize = p.rows.values().map(|(_, e)| e.len()).sum();
    println!(
        "signed {} checkpoint {}: {n} new rows checked, {stored} signature stored",
        p.table.name, p.state.checkpoint_id
    );
    Ok(())
}

/// Runs the witness; the problems found (nothing was signed if there are any).
pub fn run(
    url: &str,
    dir: &Path,
    key_file: &Path,
    names: &[String],
    batch: i64,
) -> Result<Vec<Problem>, Fatal> {
    let key_text = fs::read_to_string(key_file)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", key_file.display())))?;
    let signer = Signer::parse(key_text.trim())
        .map_err(|e| Fatal(format!("{}: {e}", key_file.display())))?;
    let verifier = signer.verifier();
    let mut c = db::connect(url)?;
    let id = db::identity(&mut c)?;
    let schema = db::extension_schema(&mut c)?;
    open_state(dir, &id, &verifier)?;
    // One run at a time per state directory (held until the process exits).
    let lock = File::create(dir.join("witness.lock"))
        .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.join("witness.lock").display())))?;
    if lock.try_lock().is_err() {
        return Err(Fatal(format!(
            "another witness run holds the state directory {} (witness.lock)",
            dir.display()
        )));
    }
    let tables = db::tables(&mut c, names)?;
    let mut problems = Vec::new();
    if names.is_empty() {
        // Tables this witness signed that the database no longer has.
        for e in fs::read_dir(dir).map_err(|e| corrupted(dir, e))?.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if e.path().is_dir() && !tables.iter().any(|t| t.uuid_text == name) {
                if let Some(s) = load_table(dir, &name, &verifier)? {
                    problems.push(Problem { table: s.table, chain: None, seq: None, kind: "table_missing", detail: format!("table {name} that this witness signed is no longer an audit table of this database") });
                }
            }
        }
    }
    let mut plans = Vec::new();
    for t in &tables {
        let (plan, p) = check_table(&mut c, &schema, dir, t, (&verifier, batch))?;
        problems.extend(p);
        plans.push(plan);
    }
    if !problems.is_empty() {
        return Ok(problems);
    }
    for p in &plans {
        sign_plan(&mut c, &schema, dir, &signer, p)?;
    }
    Ok(problems)
}
