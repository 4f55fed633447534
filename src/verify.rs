//! Verification: audit_verify() and audit_verify_report(). A full verification reads each table
//! once in physical order (`sweep`), one row at a time in a memory context that is reset after
//! every row, keeping at most a bounded window of rows that arrive before their predecessors:
//! memory use does not grow with the table. Only when that sweep cannot prove the table intact is
//! it walked in (chain, sequence) order through its chain index, which describes each problem; its
//! rows are then counted with a sequential scan, so that a row the index does not lead to cannot
//! hide from the walk.
//! Incremental verification (audit_verify(tbl, since)) walks only the rows written after a
//! checkpoint, chain by chain from the anchored rows: O(new rows).

use crate::catalog::{self, AuditTable, Head};
use crate::checkpoint::{self, Since};
use crate::encoding::{genesis_hash, Hash, RowHeader, RowPlan};
use crate::error::AuditError;
use crate::guards::TRIGGERS;
use crate::hash_thread;
use crate::layout::{self, Layout};
use crate::util;
use pgrx::pg_sys::{self, Datum, Oid};
use pgrx::prelude::*;
use std::collections::HashMap;

/// At most this many problems are reported per call; a last row says when more were cut.
const MAX_PROBLEMS: usize = 10_000;

pub struct Problem {
    pub relid: Oid,
    pub chain: Option<i32>,
    pub seq: Option<i64>,
    pub kind: &'static str,
    pub detail: String,
}

pub struct Report {
    pub problems: Vec<Problem>,
    pub truncated: bool,
}

impl Report {
    pub fn add(
        &mut self,
        relid: Oid,
        chain: Option<i32>,
        seq: Option<i64>,
        kind: &'static str,
        detail: String,
    ) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.truncated = true;
            return;
        }
        self.problems.push(Problem { relid, chain, seq, kind, detail });
    }

    /// Where the report stands, to go back to with `rewind`.
    pub fn mark(&self) -> (usize, bool) {
        (self.problems.len(), self.truncated)
    }

    pub fn rewind(&mut self, (len, truncated): (usize, bool)) {
        self.problems.truncate(len);
        self.truncated = truncated;
    }
}

fn short(h: &[u8]) -> String {
    hex::encode(h)
}

/// What is wrong with trigger `name` on `relid`, if anything: it must exist, be enabled ALWAYS,
/// call audit_chain's C function `func`, and fire exactly as `tgtype` says.
pub(crate) fn trigger_problem(relid: Oid, name: &str, func: &str, tgtype: i16) -> Option<String> {
    let found = util::read_rows(
        "SELECT tg.tgenabled::pg_catalog.text, tg.tgtype::pg_catalog.int4, \
                tg.tgqual IS NULL AND tg.tgnargs = 0 \
                AND pg_catalog.cardinality(tg.tgattr::pg_catalog.int2[]) = 0 \
                AND tg.tgconstraint = 0 AND NOT tg.tgdeferrable \
                AND tg.tgoldtable IS NULL AND tg.tgnewtable IS NULL, \
                p.proname = $3 AND n.nspname = 'audit_chain' AND l.lanname = 'c' \
                AND p.probin = 'audit_chain' AND p.prosrc = 'audit_chain_' || $3 \
           FROM pg_catalog.pg_trigger tg \
           JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid \
           JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace \
           JOIN pg_catalog.pg_language l ON l.oid = p.prolang \
          WHERE tg.tgrelid = $1 AND tg.tgname = $2",
        &[relid.into(), name.into(), func.into()],
        |r| {
            (
                r.get::<String>(0).unwrap_or_default(),
                r.get::<i32>(1).unwrap_or(0),
                r.get::<bool>(2).unwrap_or(false),
                r.get::<bool>(3).unwrap_or(false),
            )
        },
    );
    match found.first() {
        None => Some(format!("trigger {name} is missing")),
        Some((_, _, _, false)) => {
            Some(format!("trigger {name} calls a function other than audit_chain's {func}()"))
        }
        Some((_, ty, plain, _)) if *ty != i32::from(tgtype) || !plain => Some(format!(
            "trigger {name} no longer fires on every row and statement it must guard: its timing, \
             events, WHEN condition, column list, arguments or deferral were changed"
        )),
        Some((enabled, ..)) if enabled != "A" => {
            Some(format!("trigger {name} is not enabled ALWAYS (tgenabled = '{enabled}')"))
        }
        Some(_) => None,
    }
}

/// Checks that the guards of `t` are in place: each trigger present, enabled ALWAYS, calling our
/// function, and firing exactly when ours fire (timing, level and events, no WHEN condition, no
/// column list, arguments, transition tables or constraint deferral); no rules; no children.
fn check_guards(t: &AuditTable, report: &mut Report) {
    for (name, func, tgtype) in TRIGGERS {
        if let Some(d) = trigger_problem(t.relid, name, func, tgtype) {
            report.add(t.relid, None, None, "guard_disabled", d);
        }
    }
    check_children(t, report);
    let rules = util::select_one_with_args::<String>(
        "SELECT pg_catalog.string_agg(rulename::pg_catalog.text, ', ') FROM pg_catalog.pg_rewrite WHERE ev_class = $1",
        &[t.relid.into()],
    );
    if let Some(r) = rules {
        report.add(
            t.relid,
            None,
            None,
            "guard_disabled",
            format!("rules on the table can rewrite its statements: {r}"),
        );
    }
}

/// md5 of the body of audit_chain.drop_guard() (plpgsql, so there is no C symbol to compare), in
/// every release whose databases this library may meet before ALTER EXTENSION ... UPDATE. A
/// change to the body in sql/audit_chain.sql must add its hash here (pg_regress fails until then:
/// a fresh install would report its own guard as replaced).
const DROP_GUARD_BODIES: &[&str] = &[
    "feeee1b2c27fb5502a17baf42cd1cf11", // 0.1.0, 0.2.0, 0.3.0
    "0fb335f321f8412d5254f005336922c7", // 0.4.0: the chain index found by its key columns
    "0232eac62de82cc228e212e35f96255f", // 0.6.0: refused drops noted in the trail (note_refusal)
];

/// The event triggers must be in place, enabled ALWAYS for every command and call our functions.
/// (The ddl_command_end guard exists from 0.4.0 on: a database whose objects are still those of an
/// earlier release, before ALTER EXTENSION ... UPDATE, does not have it yet. Setting extversion
/// back does not excuse it while the objects of 0.4.0 are there: audit_chain.may_verify, which the
/// views depend on.)
fn check_event_triggers(report: &mut Report, relid: Oid) {
    let bodies: Vec<String> = DROP_GUARD_BODIES.iter().map(|b| b.to_string()).collect();
    let bad = util::select_one_with_args::<String>(
        "SELECT pg_catalog.string_agg(v.n, ', ') FROM (VALUES \
                ('audit_chain_ddl_guard', 'ddl_command_start', 'ddl_guard', 'c', 'audit_chain_ddl_guard'), \
                ('audit_chain_ddl_end_guard', 'ddl_command_end', 'ddl_end_guard', 'c', 'audit_chain_ddl_end_guard'), \
                ('audit_chain_drop_guard', 'sql_drop', 'drop_guard', 'plpgsql', NULL)) v(n, event, f, lang, symbol) \
         WHERE (v.n <> 'audit_chain_ddl_end_guard' OR NOT (EXISTS (SELECT FROM pg_catalog.pg_extension x \
                WHERE x.extname = 'audit_chain' AND x.extversion IN ('0.1.0', '0.2.0', '0.3.0')) \
                AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace ns ON ns.oid = p.pronamespace \
                     WHERE ns.nspname = 'audit_chain' AND p.proname = 'may_verify'))) \
           AND NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e \
                JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid \
                JOIN pg_catalog.pg_namespace ns ON ns.oid = p.pronamespace \
                JOIN pg_catalog.pg_language l ON l.oid = p.prolang \
               WHERE e.evtname = v.n AND e.evtenabled = 'A' AND e.evtevent = v.event AND e.evttags IS NULL \
                 AND p.proname = v.f AND ns.nspname = 'audit_chain' AND l.lanname = v.lang \
                 AND CASE WHEN v.symbol IS NULL \
                          THEN pg_catalog.md5(p.prosrc) = ANY ($1) \
                               AND p.proconfig = ARRAY['search_path=pg_catalog, pg_temp'] \
                          ELSE p.prosrc = v.symbol AND p.probin = 'audit_chain' END)",
        &[bodies.into()],
    );
    if let Some(b) = bad {
        report.add(
            relid,
            None,
            None,
            "guard_disabled",
            format!("event trigger(s) missing, not enabled ALWAYS for every command, or calling another function: {b}"),
        );
    }
    // The checkpoint catalog is append-only through the same statement-level guard.
    let checkpoints = catalog::catalog_oid(catalog::CHECKPOINTS).unwrap_or(pg_sys::InvalidOid);
    let (name, func, tgtype) = TRIGGERS[1];
    if let Some(d) = trigger_problem(checkpoints, name, func, tgtype) {
        report.add(relid, None, None, "guard_disabled", format!("audit_chain.checkpoints: {d}"));
    }
}

/// Tables inheriting from an audit table: their rows show in its queries without being chained.
/// (The DDL guard refuses to create them; this catches what got past it, e.g. with the event
/// trigger disabled.)
fn check_children(t: &AuditTable, report: &mut Report) {
    let children = util::select_one_with_args::<String>(
        "SELECT pg_catalog.string_agg(inhrelid::pg_catalog.regclass::pg_catalog.text, ', ' ORDER BY inhrelid) \
           FROM pg_catalog.pg_inherits WHERE inhparent = $1",
        &[t.relid.into()],
    );
    if let Some(c) = children {
        report.add(
            t.relid,
            None,
            None,
            "guard_disabled",
            format!("tables inherit from it, and their rows show in its queries unchained: {c}"),
        );
    }
}

/// A bytea chain column's bytes, borrowed from the row being checked.
unsafe fn datum_hash<'a>(d: Datum, null: bool) -> Option<&'a [u8]> {
    (!null).then(|| crate::encoding::varlena_bytes(d))
}

/// Per-chain walk state.
struct Walk {
    chain: i32,
    next_seq: i64,
    prev_hash: Vec<u8>,
    prev_at: Option<i64>,
    prev_flagged: bool,
    last_seq: i64,
    last_hash: Vec<u8>,
}

impl Walk {
    /// A walk of the chain from its base.
    fn start(head: &Head) -> Walk {
        Walk::after(head.chain, head.base_seq, &head.base_hash, None)
    }

    /// A walk of `chain` after row `seq`, whose hash is `hash` (recorded at `at`, if known).
    fn after(chain: i32, seq: i64, hash: &[u8], at: Option<i64>) -> Walk {
        Walk {
            chain,
            next_seq: seq + 1,
            prev_hash: hash.to_vec(),
            prev_at: at,
            prev_flagged: false,
            last_seq: seq,
            last_hash: hash.to_vec(),
        }
    }

    /// Whether a row whose `audit_prev` is `prev`, recorded at `at`, is a sound next row: it
    /// links to the row before and is not older than it (as `check_row` judges an unflagged row
    /// that matches its hash and has no gap before it).
    fn extends_with(&self, prev: &[u8], at: i64) -> bool {
        prev == &self.prev_hash[..] && self.prev_at.is_none_or(|p| at >= p)
    }

    /// Moves the walk past row `seq`, whose stored hash is `stored`.
    fn advance(&mut self, seq: i64, stored: &[u8], at: Option<i64>) {
        self.next_seq = seq + 1;
        // Kept across rows in buffers that are reused, not reallocated, row after row.
        self.prev_hash.clear();
        self.prev_hash.extend_from_slice(stored);
        self.prev_at = at;
        self.last_seq = seq;
        self.last_hash.clear();
        self.last_hash.extend_from_slice(stored);
    }

    /// Compares where the rows ended with where the chain's head says they end.
    fn finish(&self, t: &AuditTable, head: &Head, report: &mut Report) {
        let c = Some(self.chain);
        if head.seq > self.last_seq {
            report.add(
                t.relid,
                c,
                Some(self.last_seq + 1),
                "row_missing",
                if head.seq == self.last_seq + 1 {
                    format!(
                        "the chain head is at sequence {} but the last row is {}: row {} was removed",
                        head.seq, self.last_seq, head.seq
                    )
                } else {
                    format!(
                        "the chain head is at sequence {} but the last row is {}: rows {}..{} were removed",
                        head.seq,
                        self.last_seq,
                        self.last_seq + 1,
                        head.seq
                    )
                },
            );
        } else if head.seq < self.last_seq {
            report.add(
                t.relid,
                c,
                Some(head.seq + 1),
                "row_inserted",
                format!(
                    "{} beyond the recorded chain head ({}): not written through audit_chain",
                    if self.last_seq == head.seq + 1 {
                        format!("row {} lies", self.last_seq)
                    } else {
                        format!("rows {}..{} lie", head.seq + 1, self.last_seq)
                    },
                    head.seq
                ),
            );
        } else if head.hash[..] != self.last_hash[..] {
            report.add(
                t.relid,
                c,
                Some(head.seq),
                "head_mismatch",
                format!(
                    "the recorded chain head hash {} differs from the last row's hash {}",
                    short(&head.hash),
                    short(&self.last_hash)
                ),
            );
        } else if head.seq > head.base_seq && !self.prev_flagged && head.recorded_at != self.prev_at
        {
            // Checkpoints record the head's time: a wrong one would misplace the retention marks.
            report.add(
                t.relid,
                c,
                Some(head.seq),
                "head_mismatch",
                "the recorded chain head time differs from the last row's audit_at".into(),
            );
        }
    }
}

/// An audit table opened for reading its rows along its chain index, under the active snapshot,
/// one row at a time in a memory context reset after each: memory use does not grow with the
/// table.
struct Rows<'d> {
    rel: pg_sys::Relation,
    idx: pg_sys::Relation,
    snap: pg_sys::Snapshot,
    slot: *mut pg_sys::TupleTableSlot,
    row_cx: pg_sys::MemoryContext,
    lay: Layout,
    legacy: Option<RowPlan>,
    /// Set when rows are hashed on a second thread (see hash_thread.rs).
    deferred: Option<std::cell::RefCell<&'d mut hash_thread::Deferred>>,
}

impl<'d> Rows<'d> {
    /// None, with the problem reported, when the table's layout or chain index is broken.
    unsafe fn open(
        t: &AuditTable,
        report: &mut Report,
        deferred: Option<&'d mut hash_thread::Deferred>,
    ) -> Option<Rows<'d>> {
        let name = util::qualified_name(t.relid);
        let rel = pg_sys::table_open(t.relid, pg_sys::AccessShareLock as i32);
        let lay = match Layout::of(rel, &name) {
            Ok(l) => l,
            Err(e) => {
                pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
                report.add(t.relid, None, None, "guard_disabled", e.to_string());
                return None;
            }
        };
        let Some(index_oid) = lay.chain_index(rel) else {
            pg_sys::table_close(rel, pg_sys::AccessShareLock as i32);
            report.add(
                t.relid,
                None,
                None,
                "guard_disabled",
                "the unique index on (audit_chain_id, audit_seq) is missing or invalid".into(),
            );
            return None;
        };
        let legacy = RowPlan::legacy((*rel).rd_att, &lay.chain_attrs);
        Some(Rows {
            rel,
            idx: pg_sys::index_open(index_oid, pg_sys::AccessShareLock as i32),
            snap: pg_sys::RegisterSnapshot(catalog::active_snapshot()),
            slot: pg_sys::table_slot_create(rel, std::ptr::null_mut()),
            row_cx: pg_sys::AllocSetContextCreateInternal(
                pg_sys::CurrentMemoryContext,
                c"audit_chain verify row".as_ptr(),
                0,
                8 * 1024,
                8 * 1024 * 1024,
            ),
            lay,
            legacy,
            deferred: deferred.map(std::cell::RefCell::new),
        })
    }

    /// Calls `f` with every row the chain index leads to under `keys` (none: all of them), in
    /// (chain, sequence) order: its chain and sequence number (None when NULL), values and nulls.
    /// Returns how many rows there were.
    unsafe fn scan(
        &self,
        keys: &mut [pg_sys::ScanKeyData],
        mut f: impl FnMut(Option<i32>, Option<i64>, &[Datum], &[bool]),
    ) -> i64 {
        let nkeys = keys.len() as i32;
        let scan = crate::compat::index_beginscan(self.rel, self.idx, self.snap, nkeys, 0);
        let keys_ptr = if keys.is_empty() { std::ptr::null_mut() } else { keys.as_mut_ptr() };
        pg_sys::index_rescan(scan, keys_ptr, nkeys, std::ptr::null_mut(), 0);
        let a = self.lay.chain_attrs;
        let mut n = 0i64;
        loop {
            pgrx::check_for_interrupts!();
            if !pg_sys::index_getnext_slot(
                scan,
                pg_sys::ScanDirection::ForwardScanDirection,
                self.slot,
            ) {
                break;
            }
            n += 1;
            let old = pg_sys::MemoryContextSwitchTo(self.row_cx);
            pg_sys::slot_getallattrs(self.slot);
            let natts = (*self.slot).tts_nvalid as usize;
            let values = std::slice::from_raw_parts((*self.slot).tts_values, natts);
            let nulls = std::slice::from_raw_parts((*self.slot).tts_isnull, natts);
            let chain =
                (!nulls[a[layout::CHAIN_ID]]).then(|| values[a[layout::CHAIN_ID]].value() as i32);
            let seq = (!nulls[a[layout::SEQ]]).then(|| values[a[layout::SEQ]].value() as i64);
            f(chain, seq, values, nulls);
            pg_sys::MemoryContextSwitchTo(old);
            pg_sys::MemoryContextReset(self.row_cx);
        }
        pg_sys::index_endscan(scan);
        n
    }

    unsafe fn close(self) {
        pg_sys::MemoryContextDelete(self.row_cx);
        pg_sys::ExecDropSingleTupleTableSlot(self.slot);
        pg_sys::UnregisterSnapshot(self.snap);
        pg_sys::index_close(self.idx, pg_sys::AccessShareLock as i32);
        pg_sys::table_close(self.rel, pg_sys::AccessShareLock as i32);
    }
}

fn null_chain_value(t: &AuditTable, chain: Option<i32>, seq: Option<i64>, report: &mut Report) {
    report.add(
        t.relid,
        chain,
        seq,
        "row_modified",
        "a chain column (audit_chain_id or audit_seq) is NULL".into(),
    );
}

fn no_such_chain(t: &AuditTable, chain: i32, seq: Option<i64>, report: &mut Report) {
    report.add(
        t.relid,
        Some(chain),
        seq,
        "row_inserted",
        format!("chain {chain} does not exist in this table"),
    );
}

/// A full verification of `t`'s rows against its chain heads (`heads`, sorted by chain).
///
/// First one sequential sweep of the table (`sweep`), with rows hashed on a second thread when
/// `audit_chain.verify_hash_thread` is on: it proves an intact table intact and reports nothing.
/// Whatever it cannot prove — a problem, or rows too far out of order — is decided by walking the
/// chain index (`walk_rows`), which describes every problem: first with the hashing thread, and
/// if a row's hash does not match, once more hashing row by row, so that the report is exactly
/// the one a single-threaded walk makes.
pub unsafe fn verify_rows(t: &AuditTable, heads: &[Head], report: &mut Report) {
    let swept = match hash_thread::run(|d| sweep(t, heads, Some(d))) {
        Some((swept, true)) => swept,
        // A row did not match its hash.
        Some((_, false)) => Swept::Problem,
        None => sweep(t, heads, None),
    };
    let name = || util::qualified_name(t.relid);
    match swept {
        Swept::Intact => return debug1!("audit_chain: {}: verified in one sweep", name()),
        Swept::Problem => {
            debug1!("audit_chain: {}: walking the chain index to describe a problem", name())
        }
        Swept::Unordered => debug1!(
            "audit_chain: {}: more than {SWEEP_WINDOW} rows out of order for one sweep; walking the chain index",
            name()
        ),
    }
    if swept == Swept::Unordered {
        let mark = report.mark();
        if let Some(((), true)) = hash_thread::run(|d| walk_rows(t, heads, report, Some(d))) {
            return;
        }
        report.rewind(mark);
    }
    walk_rows(t, heads, report, None)
}

#[derive(PartialEq, Clone, Copy)]
enum Swept {
    /// Every row extends its chain, and every chain ends at its head.
    Intact,
    /// A row does not: the walk along the index says what is wrong.
    Problem,
    /// More rows arrived before their predecessors than the sweep keeps (`SWEEP_WINDOW`).
    Unordered,
}

/// Rows a sweep keeps aside because they came before their chain's previous row (space reused
/// after a prune, concurrent writers filling different pages): about 100 bytes each.
const SWEEP_WINDOW: usize = 65_536;

/// A row kept aside by the sweep until its chain reaches it.
struct Early {
    prev: [u8; 32],
    stored: [u8; 32],
    at: i64,
}

/// Reads `t` once in physical order (no synchronized scan: from its first page) and checks that
/// its rows form exactly its chains: each row matches its hash (queued to `rows.deferred` when
/// hashing on a second thread), and, taken in sequence order per chain, links to the row before
/// it, is not older than it, and the chain ends at its head. Rows arrive mostly in sequence order
/// within a chain; those that arrive early wait in a bounded window. Reports nothing: any doubt is
/// `Problem` or `Unordered`, and `verify_rows` walks the index instead. Every row of the table is
/// read, so no row can hide from it (the index walk counts the table's rows for that).
unsafe fn sweep(
    t: &AuditTable,
    heads: &[Head],
    deferred: Option<&mut hash_thread::Deferred>,
) -> Swept {
    let mut scratch = Report { problems: Vec::new(), truncated: false };
    let Some(rows) = Rows::open(t, &mut scratch, deferred) else { return Swept::Problem };
    // The scan below is heap's own; another table access method is left to the walk (whose row
    // count refuses it with an ERROR).
    if (*rows.rel).rd_tableam != pg_sys::GetHeapamTableAmRoutine() {
        rows.close();
        return Swept::Problem;
    }
    let result = sweep_rows(t, heads, &rows);
    rows.close();
    result
}

unsafe fn sweep_rows(t: &AuditTable, heads: &[Head], rows: &Rows) -> Swept {
    struct State {
        walk: Walk,
        early: std::collections::BTreeMap<i64, Early>,
    }
    let mut chains: HashMap<i32, State> = heads
        .iter()
        .map(|h| (h.chain, State { walk: Walk::start(h), early: Default::default() }))
        .collect();
    let mut waiting = 0usize;
    let scan =
        pg_sys::table_beginscan_strat(rows.rel, rows.snap, 0, std::ptr::null_mut(), true, false);
    let a = rows.lay.chain_attrs;
    let mut result = Swept::Intact;
    let mut n = 0u64;
    while pg_sys::heap_getnextslot(scan, pg_sys::ScanDirection::ForwardScanDirection, rows.slot) {
        n += 1;
        if n.is_multiple_of(4096) {
            pgrx::check_for_interrupts!();
        }
        let old = pg_sys::MemoryContextSwitchTo(rows.row_cx);
        pg_sys::slot_getallattrs(rows.slot);
        let natts = (*rows.slot).tts_nvalid as usize;
        let values = std::slice::from_raw_parts((*rows.slot).tts_values, natts);
        let nulls = std::slice::from_raw_parts((*rows.slot).tts_isnull, natts);
        let verdict = (|| {
            if nulls[a[layout::CHAIN_ID]] || nulls[a[layout::SEQ]] {
                return Swept::Problem;
            }
            let chain = values[a[layout::CHAIN_ID]].value() as i32;
            let seq = values[a[layout::SEQ]].value() as i64;
            if seq == i64::MAX {
                return Swept::Problem; // (no row can follow it; the walk says what is wrong)
            }
            let Some(state) = chains.get_mut(&chain) else { return Swept::Problem };
            let columns = chain_values(&rows.lay, values, nulls);
            let (Some(prev), Some(stored), Some(at)) = columns else { return Swept::Problem };
            let (Ok(prev), Ok(stored)) = (<[u8; 32]>::try_from(prev), <[u8; 32]>::try_from(stored))
            else {
                return Swept::Problem;
            };
            if !content_ok(rows, chain, seq, columns, values, nulls) {
                return Swept::Problem;
            }
            let w = &mut state.walk;
            if seq > w.next_seq {
                if waiting >= SWEEP_WINDOW {
                    return Swept::Unordered;
                }
                if state.early.insert(seq, Early { prev, stored, at }).is_some() {
                    return Swept::Problem;
                }
                waiting += 1;
                return Swept::Intact;
            }
            if seq < w.next_seq || !w.extends_with(&prev, at) {
                return Swept::Problem;
            }
            w.advance(seq, &stored, Some(at));
            while let Some(e) = state.early.remove(&w.next_seq) {
                waiting -= 1;
                if !w.extends_with(&e.prev, e.at) {
                    return Swept::Problem;
                }
                w.advance(w.next_seq, &e.stored, Some(e.at));
            }
            Swept::Intact
        })();
        pg_sys::MemoryContextSwitchTo(old);
        pg_sys::MemoryContextReset(rows.row_cx);
        if verdict != Swept::Intact {
            result = verdict;
            break;
        }
    }
    pg_sys::table_endscan(scan);
    if result != Swept::Intact {
        return result;
    }
    if waiting > 0 {
        return Swept::Problem;
    }
    let mut scratch = Report { problems: Vec::new(), truncated: false };
    for h in heads {
        chains[&h.chain].walk.finish(t, h, &mut scratch);
    }
    if scratch.problems.is_empty() {
        Swept::Intact
    } else {
        Swept::Problem
    }
}

/// Walks every row of `t` along its chain index and compares each chain with its head (`heads`,
/// sorted by chain); then counts the table's rows, so that a row the index does not lead to
/// cannot hide from the walk. With `deferred`, rows are hashed on a second thread and taken to
/// match meanwhile (the caller walks again if one did not).
unsafe fn walk_rows(
    t: &AuditTable,
    heads: &[Head],
    report: &mut Report,
    deferred: Option<&mut hash_thread::Deferred>,
) {
    let Some(rows) = Rows::open(t, report, deferred) else { return };
    let mut walk: Option<Walk> = None;
    let mut next_head = 0usize;
    let mut seen_chains = vec![false; heads.len()];
    let walked = rows.scan(&mut [], |chain, seq, values, nulls| {
        let (Some(chain), Some(seq)) = (chain, seq) else {
            return null_chain_value(t, chain, seq, report);
        };
        // Moving to another chain: close the previous one.
        if walk.as_ref().is_none_or(|w| w.chain != chain) {
            if let Some(w) = walk.take() {
                w.finish(t, &heads[next_head - 1], report);
            }
            while next_head < heads.len() && heads[next_head].chain < chain {
                let w = Walk::start(&heads[next_head]);
                seen_chains[next_head] = true;
                w.finish(t, &heads[next_head], report);
                next_head += 1;
            }
            if next_head < heads.len() && heads[next_head].chain == chain {
                seen_chains[next_head] = true;
                walk = Some(Walk::start(&heads[next_head]));
                next_head += 1;
            }
        }
        match walk.as_mut() {
            Some(w) => check_row(t, &rows, w, seq, values, nulls, report),
            None => no_such_chain(t, chain, Some(seq), report),
        }
    });
    if let Some(w) = walk.take() {
        w.finish(t, &heads[next_head - 1], report);
    }
    for (i, h) in heads.iter().enumerate() {
        if !seen_chains[i] {
            Walk::start(h).finish(t, h, report);
        }
    }
    // The walk saw the rows the chain index leads to. A row without an index entry (written with
    // pg_index edited so that inserts skip the index) would be in the table, visible to every
    // query, yet never checked: count the table's rows under the same snapshot.
    let in_table = count_rows(rows.rel, rows.snap);
    if in_table != walked {
        report.add(
            t.relid,
            None,
            None,
            "row_inserted",
            format!(
                "the table holds {in_table} rows but its chain index leads to {walked}: rows were written around the index, and were not checked"
            ),
        );
    }
    rows.close();
}

/// Where the incremental walk of a chain begins: the row a checkpoint anchored in it.
pub struct Start {
    pub seq: i64,
    pub hash: [u8; 32],
    pub at: Option<i64>,
}

/// Walks what was written to `t` after the rows `starts` names, chain by chain through the chain
/// index (`chain = c AND seq >= start`): O(new rows). A chain without a start (added after the
/// checkpoint), or whose base has moved past its start (pruned), is walked from its base. The
/// anchored row itself is checked against its own hash (the walk goes on from the anchored hash,
/// which the anchor check compares with the row's). Rows of chains without a head and rows with
/// NULL chain values are looked for as well, through the index; rows before the starts, and rows
/// written around the index, only a full verification reads.
unsafe fn verify_rows_since(
    t: &AuditTable,
    heads: &[Head],
    starts: &HashMap<i32, Start>,
    report: &mut Report,
) {
    let Some(rows) = Rows::open(t, report, None) else { return };
    for h in heads {
        // The row to start after, if it is still in the table: the anchored one, or the head if
        // the chain now ends before it (the anchor check reports that).
        let start = starts.get(&h.chain).and_then(|s| {
            let (seq, hash, at) =
                if s.seq > h.seq { (h.seq, h.hash, h.recorded_at) } else { (s.seq, s.hash, s.at) };
            (seq > h.base_seq).then_some((seq, hash, at))
        });
        let (mut w, boundary) = match start {
            Some((seq, hash, at)) => (Walk::after(h.chain, seq, &hash, at), Some(seq)),
            None => (Walk::start(h), None),
        };
        let from = boundary.unwrap_or(h.base_seq + 1);
        let mut keys = [
            layout::chain_key(h.chain),
            layout::seq_key(pg_sys::BTGreaterEqualStrategyNumber, from),
        ];
        let mut first = boundary.is_some();
        rows.scan(&mut keys, |_, seq, values, nulls| {
            let Some(seq) = seq else { return }; // (NULL is never >= from)
            if std::mem::take(&mut first) {
                if Some(seq) == boundary {
                    return check_anchored_row(t, &rows, &mut w, seq, values, nulls, report);
                }
                // The anchored row is gone (the anchor check reports it): nothing to compare the
                // next row's time with.
                w.prev_flagged = true;
            }
            check_row(t, &rows, &mut w, seq, values, nulls, report);
        });
        if first {
            w.prev_flagged = true;
        }
        w.finish(t, h, report);
        // Rows of the chain without a sequence number (NULL sorts after every number).
        let mut keys = [layout::chain_key(h.chain), layout::null_key(2)];
        rows.scan(&mut keys, |chain, seq, _, _| null_chain_value(t, chain, seq, report));
    }
    // Rows of chains that have no head, between and around the chains that do.
    let mut lo = Some(i32::MIN);
    let mut gaps = Vec::new();
    for h in heads {
        if let Some(l) = lo.filter(|&l| l < h.chain) {
            gaps.push((l, h.chain - 1));
        }
        lo = h.chain.checked_add(1);
    }
    gaps.extend(lo.map(|l| (l, i32::MAX)));
    for (lo, hi) in gaps {
        let mut keys = [
            layout::chain_range_key(pg_sys::BTGreaterEqualStrategyNumber, lo),
            layout::chain_range_key(pg_sys::BTLessEqualStrategyNumber, hi),
        ];
        rows.scan(&mut keys, |chain, seq, _, _| no_such_chain(t, chain.unwrap_or(lo), seq, report));
    }
    rows.scan(&mut [layout::null_key(1)], |chain, seq, _, _| {
        null_chain_value(t, chain, seq, report)
    });
    rows.close();
}

/// The rows of `rel` visible to `snap`, counted with a sequential scan (no values are read).
unsafe fn count_rows(rel: pg_sys::Relation, snap: pg_sys::Snapshot) -> i64 {
    let scan = pg_sys::table_beginscan(rel, snap, 0, std::ptr::null_mut());
    let mut n = 0i64;
    while !pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection).is_null() {
        n += 1;
        if n % 65536 == 0 {
            pgrx::check_for_interrupts!();
        }
    }
    pg_sys::table_endscan(scan);
    n
}

/// A row's chain columns as stored: previous hash, own hash (borrowed from the row), time.
unsafe fn chain_values<'a>(
    lay: &Layout,
    values: &[Datum],
    nulls: &[bool],
) -> (Option<&'a [u8]>, Option<&'a [u8]>, Option<i64>) {
    let a = lay.chain_attrs;
    (
        datum_hash(values[a[layout::PREV]], nulls[a[layout::PREV]]),
        datum_hash(values[a[layout::HASH]], nulls[a[layout::HASH]]),
        (!nulls[a[layout::AT]]).then(|| values[a[layout::AT]].value() as i64),
    )
}

/// Whether a row's stored hash is the hash of its encoding (of format 1, or of the descriptors
/// releases up to 0.3.0 wrote in some sessions: see `RowPlan::legacy`).
/// With rows hashed on a second thread, the row is queued and taken to match (see hash_thread.rs).
unsafe fn content_ok(
    rows: &Rows,
    chain: i32,
    seq: i64,
    (prev, stored, at): (Option<&[u8]>, Option<&[u8]>, Option<i64>),
    values: &[Datum],
    nulls: &[bool],
) -> bool {
    match (prev, stored, at) {
        (Some(p), Some(s), Some(at)) if p.len() == 32 && s.len() == 32 => {
            let header = RowHeader { prev: p, chain, seq, recorded_at: at };
            // (A table with rows of the legacy plan hashes here: a row may match either plan.)
            if let Some(d) = rows.deferred.as_ref().filter(|_| rows.legacy.is_none()) {
                let expected: &[u8; 32] = s.try_into().expect("checked length");
                d.borrow_mut()
                    .push(expected, |buf| rows.lay.plan.encode(&header, values, nulls, buf));
                return true;
            }
            let computed: Hash = rows.lay.plan.hash(&header, values, nulls);
            computed[..] == s[..]
                || rows.legacy.as_ref().is_some_and(|l| l.hash(&header, values, nulls)[..] == s[..])
        }
        _ => false,
    }
}

fn modified(
    t: &AuditTable,
    chain: i32,
    seq: i64,
    stored: Option<&[u8]>,
    who: String,
    report: &mut Report,
) {
    report.add(
        t.relid,
        Some(chain),
        Some(seq),
        "row_modified",
        format!(
            "row {seq} no longer matches its stored hash {}: a value or chain column was changed{who}",
            stored.map(short).unwrap_or_default()
        ),
    );
}

/// The row an incremental walk starts after: it must match its own hash (whether that is the
/// anchored hash, the anchor check says). Its link to the row before is not checked.
#[allow(clippy::too_many_arguments)]
unsafe fn check_anchored_row(
    t: &AuditTable,
    rows: &Rows,
    w: &mut Walk,
    seq: i64,
    values: &[Datum],
    nulls: &[bool],
    report: &mut Report,
) {
    let columns = chain_values(&rows.lay, values, nulls);
    let ok = content_ok(rows, w.chain, seq, columns, values, nulls);
    if !ok {
        let who = crate::provenance::writer(&rows.lay, values, nulls);
        modified(t, w.chain, seq, columns.1, who, report);
    }
    w.prev_at = columns.2;
    w.prev_flagged = !ok;
}

#[allow(clippy::too_many_arguments)]
unsafe fn check_row(
    t: &AuditTable,
    rows: &Rows,
    w: &mut Walk,
    seq: i64,
    values: &[Datum],
    nulls: &[bool],
    report: &mut Report,
) {
    let c = Some(w.chain);
    let who = || crate::provenance::writer(&rows.lay, values, nulls);
    if seq < w.next_seq {
        report.add(
            t.relid,
            c,
            Some(seq),
            "row_inserted",
            format!(
                "sequence number {seq} appears again or lies before the chain's start ({}){}",
                w.next_seq,
                who()
            ),
        );
        return;
    }
    let gap = seq > w.next_seq;
    if gap {
        report.add(
            t.relid,
            c,
            Some(w.next_seq),
            "row_missing",
            if seq - 1 == w.next_seq {
                format!(
                    "row {} is missing (the chain goes from {} to {seq})",
                    w.next_seq,
                    w.next_seq - 1
                )
            } else {
                format!(
                    "rows {}..{} are missing (the chain goes from {} to {seq})",
                    w.next_seq,
                    seq - 1,
                    w.next_seq - 1
                )
            },
        );
    }
    let columns = chain_values(&rows.lay, values, nulls);
    let (prev, stored, at) = columns;
    let content_ok = content_ok(rows, w.chain, seq, columns, values, nulls);
    let link_ok = prev == Some(&w.prev_hash[..]);
    let mut flagged = true;
    if !content_ok && !link_ok && !gap {
        report.add(
            t.relid,
            c,
            Some(seq),
            "order_broken",
            format!(
                "row {seq} neither matches its own hash nor links to row {}: it was moved or its chain values were rewritten{}",
                seq - 1,
                who()
            ),
        );
    } else if !content_ok {
        modified(t, w.chain, seq, stored, who(), report);
    } else if !link_ok && !gap && !w.prev_flagged {
        report.add(
            t.relid,
            c,
            Some(seq),
            "row_inserted",
            format!("row {seq} is self-consistent but does not link to row {}: it was forged or re-chained{}", seq - 1, who()),
        );
    } else if let (Some(at), Some(prev_at), false) = (at, w.prev_at, w.prev_flagged) {
        // (A flagged predecessor's time is not to be trusted, so it is not compared.)
        if at < prev_at {
            report.add(
                t.relid,
                c,
                Some(seq),
                "order_broken",
                format!("row {seq} was recorded before row {}{}", seq - 1, who()),
            );
        } else {
            flagged = false;
        }
    } else {
        flagged = false;
    }
    w.advance(seq, stored.unwrap_or_default(), at);
    w.prev_flagged = flagged;
}

/// Checks one audit table: its guards, its chain heads against its catalog entry, and its rows —
/// all of them, or (`since`) what was written after the given starts.
fn verify_table(t: &AuditTable, since: Option<&HashMap<i32, Start>>, report: &mut Report) {
    if !util::relation_exists(t.relid) {
        report.add(
            t.relid,
            None,
            None,
            "table_missing",
            "the audit table was dropped behind audit_chain's back".into(),
        );
        return;
    }
    check_guards(t, report);
    crate::track::verify(t, since.is_none(), report);
    let heads = match catalog::heads(t.relid, None, catalog::active_snapshot()) {
        Ok(mut h) => {
            crate::chain::apply_own_heads(t.relid, &mut h);
            h
        }
        Err(e) => {
            report.add(t.relid, None, None, "catalog_mismatch", e.to_string());
            return;
        }
    };
    // The chains audit_enable created always exist; writers add chains after them (with gaps
    // where a transaction that added one rolled back), below MAX_CHAINS.
    let max = crate::enable::MAX_CHAINS;
    let genesis_broken = |h: &Head| {
        // An adopted table's chains start where its adopt record says (checked with the prune
        // records): a restore may begin after a chain's first row. Chains added since start at
        // their genesis, like every chain of a table enabled here.
        (!t.adopted || h.chain >= t.chains)
            && h.base_seq == 0
            && h.base_hash != genesis_hash(&t.table_uuid, h.chain)
    };
    let genesis_problem = |h: &Head, report: &mut Report| {
        report.add(
            t.relid,
            Some(h.chain),
            None,
            "catalog_mismatch",
            "the chain's genesis hash does not match the table's identity in audit_chain.tables"
                .into(),
        )
    };
    for c in 0..t.chains {
        match heads.iter().find(|h| h.chain == c) {
            None => report.add(
                t.relid,
                Some(c),
                None,
                "catalog_mismatch",
                format!("no head is recorded for chain {c}"),
            ),
            Some(h) if genesis_broken(h) => genesis_problem(h, report),
            _ => {}
        }
    }
    for h in heads.iter().filter(|h| h.chain < 0 || h.chain >= t.chains) {
        if h.chain < 0 || h.chain >= max {
            report.add(
                t.relid,
                Some(h.chain),
                None,
                "catalog_mismatch",
                format!(
                    "a head is recorded for chain {}, but chains are numbered 0..{}: it was not written by audit_chain",
                    h.chain,
                    max - 1
                ),
            );
        } else if genesis_broken(h) {
            genesis_problem(h, report);
        }
    }
    let heads: Vec<Head> = heads.into_iter().filter(|h| h.chain >= 0 && h.chain < max).collect();
    unsafe {
        match since {
            None => verify_rows(t, &heads, report),
            Some(starts) => verify_rows_since(t, &heads, starts, report),
        }
    }
}

/// Relations that are not registered in audit_chain.tables although something of audit_chain's
/// still points at them: its triggers, checkpoint records or chain heads. Deleting a table's rows
/// from the catalog would otherwise un-audit it without a trace. Each with what points at it. The
/// catalog's own append-only tables (checkpoints, cosignatures) carry the guard trigger and are
/// not audit tables.
fn unregistered(only: Option<Oid>) -> Vec<(Oid, String)> {
    util::read_rows(
        "SELECT r.relid, pg_catalog.string_agg(DISTINCT r.why, '; ') FROM ( \
            SELECT tg.tgrelid AS relid, 'it carries audit_chain''s trigger ' || tg.tgname AS why \
              FROM pg_catalog.pg_trigger tg \
              JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid \
              JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace \
             WHERE n.nspname = 'audit_chain' AND p.proname IN ('insert_trigger', 'guard_trigger') \
               AND (SELECT c.relnamespace FROM pg_catalog.pg_class c WHERE c.oid = tg.tgrelid) <> n.oid \
            UNION ALL SELECT c.relid::pg_catalog.oid, 'audit_chain.checkpoints holds ' || c.kind || ' records of it' \
              FROM (SELECT * FROM audit_chain.checkpoints x WHERE NOT EXISTS (SELECT FROM audit_chain.tables t \
                     WHERE t.relid::pg_catalog.oid = x.relid::pg_catalog.oid) OFFSET 0) c \
             WHERE NOT EXISTS (SELECT FROM audit_chain.checkpoints r \
                                WHERE r.kind = 'retire' AND r.body->>'table_uuid' = c.body->>'table_uuid' \
                                  AND r.relid::pg_catalog.oid = c.relid::pg_catalog.oid) \
            UNION ALL SELECT h.relid::pg_catalog.oid, 'audit_chain.chain_heads holds its chain heads' \
              FROM audit_chain.chain_heads h) r \
          WHERE NOT EXISTS (SELECT FROM audit_chain.tables t WHERE t.relid::pg_catalog.oid = r.relid) \
            AND ($1::pg_catalog.oid IS NULL OR r.relid = $1) \
          GROUP BY r.relid ORDER BY r.relid",
        &[only.into()],
        |r| (r.get::<Oid>(0).unwrap_or(pg_sys::InvalidOid), r.get::<String>(1).unwrap_or_default()),
    )
}

/// Whether the current role may verify `relid`: verification shows row and head hashes, which
/// are for roles that may read the table or administer it.
pub fn may_verify(relid: Oid) -> bool {
    // SELECT alone is not enough when row-level security limits what the role sees: the hashes
    // of the rows it may not read would confirm guesses of them.
    let readable = unsafe {
        pg_sys::pg_class_aclcheck(relid, pg_sys::GetUserId(), pg_sys::ACL_SELECT as pg_sys::AclMode)
            == pg_sys::AclResult::ACLCHECK_OK
            && pg_sys::check_enable_rls(relid, pg_sys::InvalidOid, true)
                != pg_sys::CheckEnableRlsResult::RLS_ENABLED as i32
    };
    readable || crate::access::require_admin(relid, "verify").is_ok()
}

/// Verifies one audit table, or all of them. Every read of one verification uses one snapshot
/// (taken when it starts), so a checkpoint, prune or insert committing meanwhile is either wholly seen
/// or not at all; the catalogs are read as the extension's owner with search_path pinned.
pub fn run(only: Option<Oid>) -> (Vec<Problem>, bool) {
    util::with_fresh_snapshot(|| run_in_snapshot(only))
}

/// `run` under the active snapshot, which the caller took (audit_verify_digest reads its anchors
/// under the same one).
pub fn run_in_snapshot(only: Option<Oid>) -> (Vec<Problem>, bool) {
    let tables = catalog::audit_tables(catalog::active_snapshot()).unwrap_or_else(|e| e.report());
    let targets: Vec<Oid> = match only {
        Some(relid) => vec![relid],
        None => tables.iter().map(|t| t.relid).collect(),
    };
    for &relid in &targets {
        if util::relation_exists(relid) && !may_verify(relid) {
            AuditError::NoVerifyRight(util::qualified_name(relid)).report();
        }
    }
    let run = || {
        let mut report = Report { problems: Vec::new(), truncated: false };
        let lost = unregistered(only);
        if let Some(relid) = only {
            if !tables.iter().any(|t| t.relid == relid) && lost.is_empty() {
                if !util::relation_exists(relid) {
                    AuditError::InvalidArgument(format!(
                        "relation with OID {} does not exist",
                        relid.to_u32()
                    ))
                    .report();
                }
                AuditError::NotAuditTable(util::qualified_name(relid)).report();
            }
        }
        if only.is_none() {
            crate::track::unregistered(&mut report);
        }
        for (relid, why) in &lost {
            report.add(
                *relid,
                None,
                None,
                "catalog_mismatch",
                format!(
                    "{} is not registered in audit_chain.tables, yet {why}: its registration was removed, \
                     so its rows were neither guarded nor verified since (or it was restored from a dump of \
                     this one table: then run audit_adopt on it)",
                    util::qualified_name(*relid)
                ),
            );
        }
        let first = tables.first().map(|t| t.relid).or(lost.first().map(|l| l.0));
        if let Some(first) = first {
            check_event_triggers(&mut report, only.unwrap_or(first));
        }
        for t in tables.iter().filter(|t| only.is_none_or(|r| r == t.relid)) {
            verify_table(t, None, &mut report);
        }
        checkpoint::check_catalog(&tables, only, &mut report);
        (report.problems, report.truncated)
    };
    util::as_extension_owner(run).unwrap_or_else(|e| e.report())
}

/// Verifies what was written to table `relid` after the checkpoint `since` names (see
/// `verify_rows_since` and `checkpoint::check_catalog_since`), under one snapshot, as the
/// extension's owner after the caller's rights were checked. NULLs and a `since` that is not a
/// checkpoint of the table are errors.
pub fn run_since(relid: Option<Oid>, since: Option<Since>) -> (Vec<Problem>, bool) {
    util::with_fresh_snapshot(|| {
        let Some(relid) = relid else {
            AuditError::InvalidSince("table must not be NULL".into()).report()
        };
        let Some(since) = since else {
            AuditError::InvalidSince("since must not be NULL".into()).report()
        };
        if !util::relation_exists(relid) {
            AuditError::InvalidArgument(format!(
                "relation with OID {} does not exist",
                relid.to_u32()
            ))
            .report();
        }
        let t = catalog::audit_table(relid, catalog::active_snapshot())
            .unwrap_or_else(|e| e.report())
            .unwrap_or_else(|| AuditError::NotAuditTable(util::qualified_name(relid)).report());
        if !may_verify(relid) {
            AuditError::NoVerifyRight(util::qualified_name(relid)).report();
        }
        let run = || {
            let mut report = Report { problems: Vec::new(), truncated: false };
            let record =
                checkpoint::since_record(&t, &since, &mut report).unwrap_or_else(|e| e.report());
            let starts: HashMap<i32, Start> = record
                .anchors
                .iter()
                .flat_map(|a| a.chains.iter())
                .filter_map(|a| {
                    let mut hash = [0u8; 32];
                    hex::decode_to_slice(&a.hash, &mut hash).ok()?;
                    Some((a.chain, Start { seq: a.seq, hash, at: a.at() }))
                })
                .collect();
            check_event_triggers(&mut report, t.relid);
            verify_table(&t, Some(&starts), &mut report);
            checkpoint::check_catalog_since(&t, &record, &mut report);
            (report.problems, report.truncated)
        };
        util::as_extension_owner(run).unwrap_or_else(|e| e.report())
    })
}

crate::pg_function_info!(
    pg_finfo_audit_chain_verify,
    pg_finfo_audit_chain_verify_report,
    pg_finfo_audit_chain_may_verify,
    pg_finfo_audit_chain_verify_since,
    pg_finfo_audit_chain_verify_since_digest,
    pg_finfo_audit_chain_verify_report_since
);

/// audit_chain.may_verify(tbl regclass) RETURNS boolean (STRICT): whether the current role may see
/// the table's hashes. The audit_tables and audit_chains views filter on it.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_may_verify(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let relid = util::arg(fcinfo, 0).map_or(pg_sys::InvalidOid, |d| Oid::from(d.value() as u32));
    Datum::from(util::relation_exists(relid) && may_verify(relid))
}

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify(fcinfo: pg_sys::FunctionCallInfo) -> Datum {
    let only = util::arg(fcinfo, 0).map(|d| Oid::from(d.value() as u32));
    Datum::from(verify_and_warn(only))
}

/// Verifies, reports each problem as a WARNING, and says whether there were none.
pub fn verify_and_warn(only: Option<Oid>) -> bool {
    warn_problems(run(only))
}

/// Reports each problem as a WARNING; true when there were none.
pub fn warn_problems((problems, truncated): (Vec<Problem>, bool)) -> bool {
    for p in &problems {
        let mut msg = format!("audit_chain: {}", util::qualified_name(p.relid));
        if let Some(c) = p.chain {
            msg.push_str(&format!(" chain {c}"));
        }
        if let Some(s) = p.seq {
            msg.push_str(&format!(" seq {s}"));
        }
        msg.push_str(&format!(": {}", p.kind));
        pg_sys::panic::ErrorReport::new(PgSqlErrorCode::ERRCODE_DATA_CORRUPTED, msg, "audit_chain")
            .set_detail(p.detail.clone())
            .report(PgLogLevel::WARNING);
    }
    if truncated {
        warning!("audit_chain: more than {MAX_PROBLEMS} problems; the rest were not reported");
    }
    problems.is_empty()
}

#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_report(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let only = util::arg(fcinfo, 0).map(|d| Oid::from(d.value() as u32));
    return_report(fcinfo, run(only))
}

/// The since argument (checkpoint id) of audit_verify(tbl, since bigint) and
/// audit_verify_report(tbl, since bigint).
unsafe fn since_id(fcinfo: pg_sys::FunctionCallInfo) -> Option<Since> {
    util::arg(fcinfo, 1).map(|d| Since::Id(d.value() as i64))
}

unsafe fn table_arg(fcinfo: pg_sys::FunctionCallInfo) -> Option<Oid> {
    util::arg(fcinfo, 0).map(|d| Oid::from(d.value() as u32))
}

/// audit_verify(tbl regclass, since bigint) RETURNS boolean: incremental verification from the
/// checkpoint record with that id.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_since(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    Datum::from(warn_problems(run_since(table_arg(fcinfo), since_id(fcinfo))))
}

/// audit_verify(tbl regclass, since jsonb) RETURNS boolean: incremental verification from the
/// checkpoint a digest records.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_since_digest(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    let digest = util::arg(fcinfo, 1).map(|d| {
        let pgrx::JsonB(value) =
            pgrx::JsonB::from_datum(d, false).unwrap_or(pgrx::JsonB(serde_json::Value::Null));
        Since::Digest(value)
    });
    Datum::from(warn_problems(run_since(table_arg(fcinfo), digest)))
}

/// audit_verify_report(tbl regclass, since bigint): the problems of an incremental verification.
#[pg_guard]
#[unsafe(no_mangle)]
pub unsafe extern "C-unwind" fn audit_chain_verify_report_since(
    fcinfo: pg_sys::FunctionCallInfo,
) -> Datum {
    return_report(fcinfo, run_since(table_arg(fcinfo), since_id(fcinfo)))
}

/// Returns the problems as the rows of a set-returning function (table_name, chain, seq, kind,
/// detail), with a last row when some were left out.
unsafe fn return_report(
    fcinfo: pg_sys::FunctionCallInfo,
    (problems, truncated): (Vec<Problem>, bool),
) -> Datum {
    pg_sys::InitMaterializedSRF(fcinfo, 0);
    let rsinfo = (*fcinfo).resultinfo as *mut pg_sys::ReturnSetInfo;
    let store = (*rsinfo).setResult;
    let desc = (*rsinfo).setDesc;
    let put = |relid: Oid, chain: Option<i32>, seq: Option<i64>, kind: &str, detail: &str| {
        let mut values = [
            Datum::from(relid.to_u32()),
            Datum::from(chain.unwrap_or(0)),
            Datum::from(seq.unwrap_or(0)),
            Datum::from(pgrx::varlena::rust_str_to_text_p(kind).into_pg()),
            Datum::from(pgrx::varlena::rust_str_to_text_p(detail).into_pg()),
        ];
        let mut nulls = [false, chain.is_none(), seq.is_none(), false, false];
        pg_sys::tuplestore_putvalues(store, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
    };
    for p in &problems {
        put(p.relid, p.chain, p.seq, p.kind, &p.detail);
    }
    if truncated {
        put(
            pg_sys::InvalidOid,
            None,
            None,
            "report_truncated",
            &format!("more than {MAX_PROBLEMS} problems; the rest were not reported"),
        );
    }
    Datum::from(0usize)
}
