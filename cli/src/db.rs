//! What the tool reads from the database, as an ordinary client. Row values arrive as the hex of
//! their binary send form or of their text output (format.rs turns them into encodings and
//! hashes): the server is never asked to hash. Every query names its schema; the session pins the
//! settings the values' text depends on.

use crate::format::{self, Cell, Column, Hash, Kind};
use postgres::{Client, NoTls};
use serde_json::Value;

/// An error talking to the database (exit status 2).
#[derive(Debug)]
pub struct DbError(pub String);

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        match e.as_db_error() {
            Some(d) => DbError(match d.hint() {
                Some(h) => format!("{} (SQLSTATE {}; hint: {h})", d.message(), d.code().code()),
                None => format!("{} (SQLSTATE {})", d.message(), d.code().code()),
            }),
            None => DbError(e.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, DbError>;

pub fn connect(url: &str) -> Result<Client> {
    let mut c = Client::connect(url, NoTls)
        .map_err(|e| DbError(format!("cannot connect to the database: {e}")))?;
    c.batch_execute(
        "SET client_encoding = 'UTF8'; SET quote_all_identifiers = off; \
         SET client_min_messages = warning",
    )?;
    Ok(c)
}

/// The identity of a database: its cluster's system identifier, its name and OID.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Identity {
    pub system_identifier: String,
    pub database: String,
    pub database_oid: u32,
}

pub fn identity(c: &mut Client) -> Result<Identity> {
    let r = c.query_one(
        "SELECT s.system_identifier::pg_catalog.text, d.datname::pg_catalog.text, d.oid::pg_catalog.int8 \
           FROM pg_catalog.pg_control_system() s, pg_catalog.pg_database d \
          WHERE d.datname = pg_catalog.current_database()",
        &[],
    )?;
    Ok(Identity {
        system_identifier: r.get(0),
        database: r.get(1),
        database_oid: r.get::<_, i64>(2) as u32,
    })
}

/// The schema of the extension's functions.
pub fn extension_schema(c: &mut Client) -> Result<String> {
    let rows = c.query(
        "SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_extension e \
           JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'audit_chain'",
        &[],
    )?;
    rows.first()
        .map(|r| r.get(0))
        .ok_or_else(|| DbError("extension audit_chain is not installed in this database".into()))
}

/// An audit table as audit_chain.tables registers it.
#[derive(Clone, Debug)]
pub struct Table {
    pub oid: u32,
    /// Schema-qualified, quoted where needed: usable in SQL.
    pub name: String,
    pub uuid: [u8; 16],
    pub uuid_text: String,
    pub format_version: i32,
}

/// Every audit table (or those named), in registration order.
pub fn tables(c: &mut Client, names: &[String]) -> Result<Vec<Table>> {
    let mut oids = Vec::new();
    for n in names {
        let r =
            c.query("SELECT pg_catalog.to_regclass($1)::pg_catalog.oid::pg_catalog.int8", &[n])?;
        match r.first().and_then(|r| r.get::<_, Option<i64>>(0)) {
            Some(o) => oids.push(o),
            None => return Err(DbError(format!("table {n} does not exist"))),
        }
    }
    let rows = c.query(
        "SELECT c.oid::pg_catalog.int8, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), \
                t.table_uuid::pg_catalog.text, t.format_version \
           FROM audit_chain.tables t JOIN pg_catalog.pg_class c ON c.oid = t.relid::pg_catalog.oid \
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
          WHERE pg_catalog.cardinality($1::pg_catalog.int8[]) = 0 OR c.oid::pg_catalog.int8 = ANY ($1) \
          ORDER BY t.relid::pg_catalog.oid",
        &[&oids],
    )?;
    let tables: Vec<Table> = rows
        .iter()
        .map(|r| {
            let uuid_text: String = r.get(2);
            Table {
                oid: r.get::<_, i64>(0) as u32,
                name: r.get(1),
                uuid: format::parse_uuid(&uuid_text).unwrap_or_default(),
                uuid_text,
                format_version: r.get(3),
            }
        })
        .collect();
    if tables.len() < oids.len() {
        let found: Vec<i64> = tables.iter().map(|t| i64::from(t.oid)).collect();
        let missing: Vec<&String> =
            names.iter().zip(&oids).filter(|(_, o)| !found.contains(o)).map(|(n, _)| n).collect();
        return Err(DbError(format!("not an audit table: {missing:?}")));
    }
    Ok(tables)
}

/// The encoded columns of a table (docs/FORMAT.md, "Row encoding"), or the first column of a type
/// this tool does not encode.
pub fn columns(c: &mut Client, t: &Table) -> Result<Vec<Column>> {
    let rows = c.query(
        "SELECT a.attname::pg_catalog.text, pg_catalog.format_type(b.oid, NULL), b.typtype::pg_catalog.text, \
                b.oid < 16384, coalesce(pg_catalog.format_type(e.oid, NULL), ''), \
                coalesce(e.typtype::pg_catalog.text, ''), coalesce(e.oid < 16384, true) \
           FROM pg_catalog.pg_attribute a \
           JOIN pg_catalog.pg_type t ON t.oid = a.atttypid \
           JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END \
           LEFT JOIN pg_catalog.pg_type e ON e.oid = b.typelem AND b.typcategory = 'A' \
          WHERE a.attrelid = $1::pg_catalog.int8::pg_catalog.oid AND a.attnum > 0 AND NOT a.attisdropped \
            AND a.attgenerated = '' ORDER BY a.attnum",
        &[&i64::from(t.oid)],
    )?;
    let skip: &[&str] = if t.format_version >= 2 {
        &[
            "audit_chain_id",
            "audit_seq",
            "audit_at",
            "audit_prev",
            "audit_hash",
            "audit_login",
            "audit_role",
            "audit_xid",
            "audit_client",
        ]
    } else {
        &["audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash"]
    };
    let kind_of = |name: &str, typtype: &str| -> Option<Kind> {
        if let Some(f) = format::send_function(name) {
            Some(Kind::Send(f))
        } else if format::is_text_type(name) || typtype == "e" {
            Some(Kind::Text)
        } else {
            None
        }
    };
    let mut cols = Vec::new();
    for r in &rows {
        let (name, tname, typtype, builtin): (String, String, String, bool) =
            (r.get(0), r.get(1), r.get(2), r.get(3));
        let (ename, etyptype, ebuiltin): (String, String, bool) = (r.get(4), r.get(5), r.get(6));
        if skip.contains(&name.as_str()) {
            continue;
        }
        let unsupported =
            || DbError(format!("unsupported type: column {name} of {} is {tname}", t.name));
        if !ename.is_empty() {
            let kind = kind_of(&ename, &etyptype).ok_or_else(unsupported)?;
            let descriptor = format!("{}[]", if ebuiltin { ename.as_str() } else { "enum" });
            cols.push(Column {
                name,
                descriptor,
                kind: Kind::Array(Box::new(kind)),
                scalar: ename,
            });
        } else {
            let kind = kind_of(&tname, &typtype).ok_or_else(unsupported)?;
            let descriptor = if builtin { tname.clone() } else { "enum".into() };
            cols.push(Column { name, descriptor, kind, scalar: tname });
        }
    }
    Ok(cols)
}

fn scalar_expr(kind: &Kind, expr: &str) -> String {
    match kind {
        Kind::Send(f) => format!("pg_catalog.encode(pg_catalog.{f}({expr}), 'hex')"),
        // format('%s') renders through the type's output function (a ::text cast may not: inet).
        _ => format!(
            "CASE WHEN {expr} IS NOT NULL THEN pg_catalog.encode(pg_catalog.convert_to(pg_catalog.format('%s', {expr}), 'UTF8'), 'hex') END"
        ),
    }
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn select_expr(col: &Column) -> String {
    let c = quote_ident(&col.name);
    match &col.kind {
        Kind::Array(elem) => {
            let e = scalar_expr(elem, "e");
            format!(
                "CASE WHEN {c} IS NULL THEN NULL ELSE pg_catalog.array_ndims({c})::pg_catalog.text || ';' || \
                 coalesce((SELECT pg_catalog.string_agg(pg_catalog.array_lower({c}, d) || ':' || pg_catalog.array_length({c}, d), ',' ORDER BY d) \
                 FROM pg_catalog.generate_series(1, pg_catalog.array_ndims({c})) d), '') || ';' || \
                 coalesce((SELECT pg_catalog.string_agg(coalesce('E' || {e}, 'N'), ',' ORDER BY o) \
                 FROM pg_catalog.unnest({c}) WITH ORDINALITY u(e, o)), '') END"
            )
        }
        k => scalar_expr(k, &c),
    }
}

/// Format 2: the SQL giving the hex of each provenance value's bytes.
const PROVENANCE: [&str; 4] = [
    "pg_catalog.encode(pg_catalog.convert_to(audit_login, 'UTF8'), 'hex')",
    "pg_catalog.encode(pg_catalog.convert_to(audit_role, 'UTF8'), 'hex')",
    "pg_catalog.lpad(pg_catalog.to_hex(audit_xid::pg_catalog.text::pg_catalog.numeric::pg_catalog.int8), 16, '0')",
    "CASE WHEN audit_client IS NOT NULL THEN pg_catalog.encode(pg_catalog.convert_to(pg_catalog.format('%s', audit_client), 'UTF8'), 'hex') END",
];

/// A row as read: its chain values, its stored hash, and its columns' values.
#[derive(Clone, Debug)]
pub struct Row {
    pub header: format::RowHeader,
    pub hash: Hash,
    pub cells: Vec<Option<Cell>>,
}

fn decode_hex(s: &str) -> Result<Vec<u8>> {
    hex::decode(s).map_err(|_| DbError(format!("the server sent a value that is not hex: {s}")))
}

fn decode_cell(col: &Column, raw: &str) -> Result<Cell> {
    if !matches!(col.kind, Kind::Array(_)) {
        return Ok(Cell::Scalar(decode_hex(raw)?));
    }
    let bad = || DbError(format!("unexpected array value of column {}", col.name));
    let mut parts = raw.splitn(3, ';');
    let (_ndim, dims, elems) =
        (parts.next(), parts.next().ok_or_else(bad)?, parts.next().ok_or_else(bad)?);
    let dims = dims
        .split(',')
        .filter(|d| !d.is_empty())
        .map(|d| {
            let (l, n) = d.split_once(':')?;
            Some((l.parse().ok()?, n.parse().ok()?))
        })
        .collect::<Option<Vec<(i32, i32)>>>()
        .ok_or_else(bad)?;
    let elems = elems
        .split(',')
        .filter(|e| !e.is_empty())
        .map(|e| if e == "N" { Ok(None) } else { decode_hex(&e[1..]).map(Some) })
        .collect::<Result<Vec<_>>>()?;
    Ok(Cell::Array { dims, elems })
}

fn hash_of(s: &str) -> Result<Hash> {
    format::parse_hash(s).ok_or_else(|| DbError(format!("a hash that is not 32 bytes: {s}")))
}

/// Rows of a table, in chain then sequence order: all of them, or those of `chain` with
/// `from <= seq <= to` (through the chain index).
pub fn rows(
    c: &mut Client,
    t: &Table,
    cols: &[Column],
    range: Option<(i32, i64, i64)>,
) -> Result<Vec<Row>> {
    match range {
        Some((chain, from, to)) => read_rows(
            c,
            t,
            cols,
            "WHERE audit_chain_id = $1 AND audit_seq >= $2 AND audit_seq <= $3 \
             ORDER BY audit_chain_id, audit_seq",
            &[&chain, &from, &to],
        ),
        None => read_rows(c, t, cols, "ORDER BY audit_chain_id, audit_seq", &[]),
    }
}

/// At most `limit` rows of chain `chain` from seq `from` on, in sequence order (through the chain
/// index): a walk reads a chain in such batches, going on after the last row it got.
pub fn rows_from(
    c: &mut Client,
    t: &Table,
    cols: &[Column],
    chain: i32,
    from: i64,
    limit: i64,
) -> Result<Vec<Row>> {
    read_rows(
        c,
        t,
        cols,
        "WHERE audit_chain_id = $1 AND audit_seq >= $2 ORDER BY audit_chain_id, audit_seq LIMIT $3",
        &[&chain, &from, &limit],
    )
}

/// Per chain of `t` with rows: (chain, its lowest seq, its row count), in chain order, from one
/// pass over the chain index. Refuses a table with rows whose chain or sequence number is NULL
/// (only a superuser bypassing the guards can leave one): a walk chain by chain would miss them.
pub fn chain_counts(c: &mut Client, t: &Table) -> Result<Vec<(i32, i64, i64)>> {
    let rows = c.query(
        &format!(
            "SELECT audit_chain_id, pg_catalog.min(audit_seq), pg_catalog.count(*), \
                    pg_catalog.count(audit_seq) \
               FROM {} GROUP BY audit_chain_id ORDER BY audit_chain_id",
            t.name
        ),
        &[],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let (chain, first, n, with_seq): (Option<i32>, Option<i64>, i64, i64) =
            (r.get(0), r.get(1), r.get(2), r.get(3));
        match (chain, first) {
            (Some(chain), Some(first)) if n == with_seq => out.push((chain, first, n)),
            _ => return Err(DbError(format!("{} has a row with NULL chain values", t.name))),
        }
    }
    Ok(out)
}

/// Rows of `t` chosen and ordered by `tail` (a WHERE clause, then ORDER BY and LIMIT).
fn read_rows(
    c: &mut Client,
    t: &Table,
    cols: &[Column],
    tail: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<Row>> {
    let mut exprs: Vec<String> = Vec::new();
    if t.format_version >= 2 {
        exprs.extend(PROVENANCE.iter().map(|e| format!("'E' || ({e})")));
    }
    exprs.extend(cols.iter().map(|col| format!("'E' || ({})", select_expr(col))));
    let extra: String = exprs.iter().map(|e| format!(", {e}")).collect();
    let sql = format!(
        "SELECT audit_chain_id, audit_seq, pg_catalog.encode(pg_catalog.timestamptz_send(audit_at), 'hex'), \
                pg_catalog.encode(audit_prev, 'hex'), pg_catalog.encode(audit_hash, 'hex'){extra} \
           FROM {} {tail}",
        t.name
    );
    let result = c.query(&sql, params)?;
    let nprov = if t.format_version >= 2 { 4 } else { 0 };
    let mut out = Vec::with_capacity(result.len());
    for r in &result {
        let chain: Option<i32> = r.get(0);
        let seq: Option<i64> = r.get(1);
        let (Some(chain), Some(seq)) = (chain, seq) else {
            return Err(DbError(format!("{} has a row with NULL chain values", t.name)));
        };
        let at_hex: Option<String> = r.get(2);
        let at_bytes = decode_hex(at_hex.as_deref().unwrap_or(""))?;
        let at =
            i64::from_be_bytes(at_bytes.try_into().map_err(|_| DbError("bad audit_at".into()))?);
        let prev = hash_of(r.get::<_, Option<&str>>(3).unwrap_or(""))?;
        let hash = hash_of(r.get::<_, Option<&str>>(4).unwrap_or(""))?;
        let raw = |i: usize| -> Option<String> {
            r.get::<_, Option<String>>(i).map(|s| s[1..].to_string())
        };
        let provenance = (0..nprov)
            .map(|i| raw(5 + i).map(|h| decode_hex(&h)))
            .map(Option::transpose)
            .collect::<Result<Vec<_>>>()?;
        let cells = cols
            .iter()
            .enumerate()
            .map(|(i, col)| raw(5 + nprov + i).map(|v| decode_cell(col, &v)).transpose())
            .collect::<Result<Vec<_>>>()?;
        out.push(Row {
            header: format::RowHeader { chain, seq, at, prev, provenance },
            hash,
            cells,
        });
    }
    Ok(out)
}

/// A chain as the catalog records it.
#[derive(Clone, Debug)]
pub struct ChainHead {
    pub chain: i32,
    pub seq: i64,
    pub hash: Hash,
    pub base_seq: i64,
    pub base_hash: Hash,
}

/// The chains of a table from audit_chain.chain_heads and chain_bases (readable by the extension's
/// owner, or a role granted SELECT on them, as for pg_dump).
pub fn heads(c: &mut Client, t: &Table) -> Result<Vec<ChainHead>> {
    let rows = c.query(
        "SELECT h.chain, h.seq, pg_catalog.encode(h.hash, 'hex'), coalesce(b.base_seq, h.base_seq), \
                pg_catalog.encode(coalesce(b.base_hash, h.base_hash), 'hex') \
           FROM audit_chain.chain_heads h LEFT JOIN audit_chain.chain_bases b ON b.relid = h.relid AND b.chain = h.chain \
          WHERE h.relid::pg_catalog.oid = $1::pg_catalog.int8::pg_catalog.oid ORDER BY h.chain",
        &[&i64::from(t.oid)],
    )?;
    rows.iter()
        .map(|r| {
            Ok(ChainHead {
                chain: r.get(0),
                seq: r.get(1),
                hash: hash_of(r.get(2))?,
                base_seq: r.get(3),
                base_hash: hash_of(r.get(4))?,
            })
        })
        .collect()
}

/// audit_checkpoint(tbl): records a checkpoint and returns its digest.
pub fn checkpoint(c: &mut Client, schema: &str, t: &Table) -> Result<Value> {
    let r = c.query_one(
        &format!("SELECT {schema}.audit_checkpoint($1::pg_catalog.int8::pg_catalog.oid::pg_catalog.regclass)::pg_catalog.text"),
        &[&i64::from(t.oid)],
    )?;
    let text: String = r.get(0);
    serde_json::from_str(&text)
        .map_err(|e| DbError(format!("audit_checkpoint returned no JSON: {e}")))
}

/// audit_cosign(note): stores the note's signatures in the database; how many were new.
pub fn cosign(c: &mut Client, schema: &str, note: &str) -> Result<i32> {
    Ok(c.query_one(&format!("SELECT {schema}.audit_cosign($1)"), &[&note])?.get(0))
}
