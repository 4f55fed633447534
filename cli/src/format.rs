//! A client-side implementation of docs/FORMAT.md: the row encodings of formats 1 and 2, genesis
//! hashes, and the hash of a checkpoint record's body. Values arrive over the wire as the hex of
//! their binary send form or of their text output (db.rs says which, per type, exactly as
//! tools/verify_offline.py fetches them); the hashing is done here, never by the server.

use serde_json::Value;
use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

const GENESIS_TAG: &[u8] = b"audit_chain.genesis.v1\x00";

/// The header tag of a row format.
pub fn row_tag(format_version: i32) -> Option<&'static [u8]> {
    match format_version {
        1 => Some(b"audit_chain.row.v1\x00"),
        2 => Some(b"audit_chain.row.v2\x00"),
        _ => None,
    }
}

pub fn sha256(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

fn frame(out: &mut Vec<u8>, b: &[u8]) {
    out.extend_from_slice(&(b.len() as u32).to_be_bytes());
    out.extend_from_slice(b);
}

/// genesis(c) = SHA-256("audit_chain.genesis.v1" || 0x00 || table_uuid || u32(c)).
pub fn genesis(table_uuid: &[u8; 16], chain: i32) -> Hash {
    let mut b = GENESIS_TAG.to_vec();
    b.extend_from_slice(table_uuid);
    b.extend_from_slice(&(chain as u32).to_be_bytes());
    sha256(&b)
}

/// How a column's values are fetched and encoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The type's binary send function (`send` names it) gives the encoding.
    Send(&'static str),
    /// The type's text output, UTF-8.
    Text,
    /// An array whose elements are encoded as `Kind` (Send or Text).
    Array(Box<Kind>),
}

/// One encoded column: its name, type descriptor (docs/FORMAT.md, "Type descriptor") and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub descriptor: String,
    pub kind: Kind,
    /// The scalar type's name (the element's for an array): floats and `name` are normalised.
    pub scalar: String,
}

/// Base types whose binary send form is exactly their value encoding.
pub fn send_function(type_name: &str) -> Option<&'static str> {
    Some(match type_name {
        "boolean" => "boolsend",
        "smallint" => "int2send",
        "integer" => "int4send",
        "bigint" => "int8send",
        "real" => "float4send",
        "double precision" => "float8send",
        "date" => "date_send",
        "time without time zone" => "time_send",
        "time with time zone" => "timetz_send",
        "timestamp without time zone" => "timestamp_send",
        "timestamp with time zone" => "timestamptz_send",
        "interval" => "interval_send",
        "uuid" => "uuid_send",
        "money" => "cash_send",
        "text" => "textsend",
        "character varying" => "varcharsend",
        "character" => "bpcharsend",
        "json" => "json_send",
        "name" => "namesend",
        "bytea" => "byteasend",
        _ => return None,
    })
}

/// Base types encoded as their (settings-independent) text output.
pub fn is_text_type(type_name: &str) -> bool {
    matches!(
        type_name,
        "numeric"
            | "jsonb"
            | "inet"
            | "cidr"
            | "macaddr"
            | "macaddr8"
            | "bit"
            | "bit varying"
            | "oid"
            | "tsvector"
    )
}

/// A value as fetched: the hex of its scalar bytes, or for an array its shape and elements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Scalar(Vec<u8>),
    /// (lower bound, length) per dimension, elements in storage order (None = NULL).
    Array {
        dims: Vec<(i32, i32)>,
        elems: Vec<Option<Vec<u8>>>,
    },
}

/// The value bytes of a scalar of type `scalar` from its fetched bytes.
fn scalar_bytes(scalar: &str, raw: &[u8]) -> Vec<u8> {
    match scalar {
        "real" if raw.len() == 4 => {
            let f = f32::from_be_bytes(raw.try_into().unwrap());
            if f.is_nan() {
                vec![0x7f, 0xc0, 0, 0]
            } else {
                raw.to_vec()
            }
        }
        "double precision" if raw.len() == 8 => {
            let f = f64::from_be_bytes(raw.try_into().unwrap());
            if f.is_nan() {
                vec![0x7f, 0xf8, 0, 0, 0, 0, 0, 0]
            } else {
                raw.to_vec()
            }
        }
        "name" => {
            let end = raw.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
            raw[..end].to_vec()
        }
        _ => raw.to_vec(),
    }
}

/// The value encoding of one non-NULL value of `col`.
pub fn value_encoding(col: &Column, cell: &Cell) -> Vec<u8> {
    match cell {
        Cell::Scalar(raw) => scalar_bytes(&col.scalar, raw),
        Cell::Array { dims, elems } => {
            let mut out = (dims.len() as u32).to_be_bytes().to_vec();
            for (lower, len) in dims {
                out.extend_from_slice(&lower.to_be_bytes());
                out.extend_from_slice(&len.to_be_bytes());
            }
            for e in elems {
                match e {
                    None => out.push(0),
                    Some(raw) => {
                        out.push(1);
                        frame(&mut out, &scalar_bytes(&col.scalar, raw));
                    }
                }
            }
            out
        }
    }
}

/// The chain values of a row, as fetched.
#[derive(Clone, Debug)]
pub struct RowHeader {
    pub chain: i32,
    pub seq: i64,
    /// audit_at: microseconds since 2000-01-01 00:00:00 UTC.
    pub at: i64,
    pub prev: Hash,
    /// Format 2: the bytes of audit_login, audit_role, audit_xid, audit_client (None = NULL).
    pub provenance: Vec<Option<Vec<u8>>>,
}

/// The canonical encoding of a row (docs/FORMAT.md, "Row encoding"; format 2 adds provenance).
pub fn row_encoding(
    format_version: i32,
    h: &RowHeader,
    columns: &[Column],
    cells: &[Option<Cell>],
) -> Option<Vec<u8>> {
    let mut out = row_tag(format_version)?.to_vec();
    out.extend_from_slice(&h.prev);
    out.extend_from_slice(&(h.chain as u32).to_be_bytes());
    out.extend_from_slice(&h.seq.to_be_bytes());
    out.extend_from_slice(&h.at.to_be_bytes());
    if format_version >= 2 {
        for p in &h.provenance {
            match p {
                None => out.push(0),
                Some(b) => {
                    out.push(1);
                    frame(&mut out, b);
                }
            }
        }
    }
    for (col, cell) in columns.iter().zip(cells) {
        if let Some(cell) = cell {
            frame(&mut out, col.name.as_bytes());
            frame(&mut out, col.descriptor.as_bytes());
            frame(&mut out, &value_encoding(col, cell));
        }
    }
    Some(out)
}

/// PostgreSQL's jsonb text of a JSON value: object keys sorted by length, then bytewise; `", "`
/// and `": "` separators; strings escaped as escape_json does.
pub fn jsonb_text(v: &Value) -> String {
    let mut out = String::new();
    write_jsonb(v, &mut out);
    out
}

fn write_jsonb(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, e) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_jsonb(e, out);
            }
            out.push(']');
        }
        Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.as_bytes().cmp(b.as_bytes())));
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_string(k, out);
                out.push_str(": ");
                write_jsonb(&o[k], out);
            }
            out.push('}');
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The hash of the checkpoint record a digest carries: SHA-256 of the jsonb text of the digest
/// without its `checkpoint_hash` key.
pub fn checkpoint_hash(digest: &Value) -> Option<Hash> {
    let mut body = digest.as_object()?.clone();
    body.remove("checkpoint_hash")?;
    Some(sha256(jsonb_text(&Value::Object(body)).as_bytes()))
}

pub fn parse_hash(s: &str) -> Option<Hash> {
    let mut h = [0u8; 32];
    hex::decode_to_slice(s, &mut h).ok()?;
    Some(h)
}

pub fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let mut u = [0u8; 16];
    hex::decode_to_slice(s.replace('-', ""), &mut u).ok()?;
    Some(u)
}

/// Microseconds since 2000-01-01 00:00:00 UTC of a digest time (`YYYY-MM-DDTHH:MI:SS.uuuuuuZ`).
pub fn parse_time(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 27 || b[26] != b'Z' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let days = days_from_civil(n(0..4)?, n(5..7)?, n(8..10)?);
    Some(
        ((days * 24 + n(11..13)?) * 60 + n(14..16)?) * 60_000_000
            + n(17..19)? * 1_000_000
            + n(20..26)?,
    )
}

/// Days since 2000-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 - 10_957
}

/// (year, month, day) of days since 2000-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 10_957 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A retention period, as digests record it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Retention {
    pub months: i64,
    pub days: i64,
    pub microseconds: i64,
}

impl std::fmt::Display for Retention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} months {} days {} microseconds", self.months, self.days, self.microseconds)
    }
}

impl Retention {
    pub fn from_digest(d: &Value) -> Retention {
        let part = |k: &str| d.get("retention").and_then(|r| r.get(k)).and_then(Value::as_i64);
        Retention {
            months: part("months").unwrap_or(0),
            days: part("days").unwrap_or(0),
            microseconds: part("microseconds").unwrap_or(0),
        }
    }

    /// Whether no part is shorter than the same part of `other`.
    pub fn covers(&self, other: &Retention) -> bool {
        self.months >= other.months
            && self.days >= other.days
            && self.microseconds >= other.microseconds
    }

    /// `t + self` in UTC, as PostgreSQL adds an interval to a timestamp: months (the day clamped
    /// to the month's end), then days, then microseconds.
    pub fn add_to(&self, t: i64) -> i64 {
        const DAY: i64 = 86_400_000_000;
        let (days, time) = (t.div_euclid(DAY), t.rem_euclid(DAY));
        let (y, m, d) = civil_from_days(days);
        let months = y * 12 + (m - 1) + self.months;
        let (ny, nm) = (months.div_euclid(12), months.rem_euclid(12) + 1);
        let month_len =
            days_from_civil(ny + i64::from(nm == 12), nm % 12 + 1, 1) - days_from_civil(ny, nm, 1);
        let days = days_from_civil(ny, nm, d.min(month_len)) + self.days;
        days * DAY + time + self.microseconds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uuid() -> [u8; 16] {
        parse_uuid("00010203-0405-0607-0809-0a0b0c0d0e0f").unwrap()
    }

    fn col(name: &str, scalar: &str, descriptor: &str, kind: Kind) -> Column {
        Column { name: name.into(), descriptor: descriptor.into(), kind, scalar: scalar.into() }
    }

    fn text(name: &str) -> Column {
        col(name, "text", "text", Kind::Send("textsend"))
    }

    fn hx(s: &str) -> Vec<u8> {
        hex::decode(s).unwrap()
    }

    /// The columns of docs/FORMAT.md's format-1 vectors.
    fn v1_columns() -> Vec<Column> {
        vec![
            text("actor"),
            text("action"),
            col("payload", "jsonb", "jsonb", Kind::Text),
            col("n", "integer", "integer", Kind::Send("int4send")),
            col("f", "double precision", "double precision", Kind::Send("float8send")),
            col("num", "numeric", "numeric", Kind::Text),
            col("ia", "integer", "integer[]", Kind::Array(Box::new(Kind::Send("int4send")))),
            col(
                "tz",
                "timestamp with time zone",
                "timestamp with time zone",
                Kind::Send("timestamptz_send"),
            ),
            col("j", "jsonb", "jsonb", Kind::Text),
        ]
    }

    const AT: i64 = 757_382_400_000_000;

    #[test]
    fn genesis_vector() {
        assert_eq!(
            hex::encode(genesis(&uuid(), 0)),
            "f0caec3e0bdb7669f22ed8b4dd8c5dfefe92c9a74271167b11c1d9eb3dceed56"
        );
    }

    #[test]
    fn format_1_vectors() {
        let cols = v1_columns();
        let g = genesis(&uuid(), 0);
        let h1 = RowHeader { chain: 0, seq: 1, at: AT, prev: g, provenance: vec![] };
        let mut cells: Vec<Option<Cell>> = vec![None; cols.len()];
        cells[0] = Some(Cell::Scalar(b"alice".to_vec()));
        cells[1] = Some(Cell::Scalar(vec![]));
        cells[3] = Some(Cell::Scalar(hx("0000002a")));
        let r1 = sha256(&row_encoding(1, &h1, &cols, &cells).unwrap());
        assert_eq!(
            hex::encode(r1),
            "7cb98f68d47b483813b7a7efdf29b7a7d617718fc7f3ed8bb5b9c942764a9a13"
        );

        let h2 = RowHeader { chain: 0, seq: 2, at: AT + 1, prev: r1, provenance: vec![] };
        let mut cells: Vec<Option<Cell>> = vec![None; cols.len()];
        cells[4] = Some(Cell::Scalar(hx("8000000000000000")));
        cells[5] = Some(Cell::Scalar(b"NaN".to_vec()));
        cells[6] = Some(Cell::Array {
            dims: vec![(1, 3)],
            elems: vec![Some(hx("00000001")), None, Some(hx("00000003"))],
        });
        cells[7] = Some(Cell::Scalar(hx("0002b0d5d4e94000")));
        cells[8] = Some(Cell::Scalar(br#"{"a": [1.50], "b": 2}"#.to_vec()));
        let r2 = sha256(&row_encoding(1, &h2, &cols, &cells).unwrap());
        assert_eq!(
            hex::encode(r2),
            "b71a6f3015c745ea72e1b590500ebc2efd290b088df7006b4393b9bf36f0d407"
        );
    }

    #[test]
    fn format_2_vectors() {
        let cols = vec![
            text("actor"),
            text("action"),
            col("n", "integer", "integer", Kind::Send("int4send")),
        ];
        let xid = Some(1000u64.to_be_bytes().to_vec());
        let h1 = RowHeader {
            chain: 0,
            seq: 1,
            at: AT,
            prev: genesis(&uuid(), 0),
            provenance: vec![Some(b"alice".to_vec()), None, xid.clone(), None],
        };
        let cells = vec![
            Some(Cell::Scalar(b"alice".to_vec())),
            Some(Cell::Scalar(vec![])),
            Some(Cell::Scalar(hx("0000002a"))),
        ];
        let r1 = sha256(&row_encoding(2, &h1, &cols, &cells).unwrap());
        assert_eq!(
            hex::encode(r1),
            "3b3acf761e070b49f7c46cc09ae3885c1e03cd2fd02024c5b3abfeee21d61bd6"
        );
        let h2 = RowHeader {
            chain: 0,
            seq: 2,
            at: AT + 1,
            prev: r1,
            provenance: vec![
                Some(b"postgres".to_vec()),
                Some(b"app_writer".to_vec()),
                xid,
                Some(b"192.168.0.7".to_vec()),
            ],
        };
        let cells = vec![Some(Cell::Scalar(b"bob".to_vec())), None, None];
        let r2 = sha256(&row_encoding(2, &h2, &cols, &cells).unwrap());
        assert_eq!(
            hex::encode(r2),
            "095a07788b1b59ae8308f65b34dd9c71019a9f91444d3b2f3a6e25576b8a6782"
        );
    }

    #[test]
    fn nan_and_name_are_normalised() {
        let f = col("f", "real", "real", Kind::Send("float4send"));
        assert_eq!(value_encoding(&f, &Cell::Scalar(hx("7fc00001"))), hx("7fc00000"));
        let n = col("n", "name", "name", Kind::Send("namesend"));
        assert_eq!(value_encoding(&n, &Cell::Scalar(b"ab\0\0".to_vec())), b"ab".to_vec());
    }

    #[test]
    fn jsonb_rendering_is_postgres_canonical() {
        let v: Value =
            serde_json::from_str(r#"{"bb": 1, "a": ["x\"\n\u0001", null, true], "c": {}}"#)
                .unwrap();
        assert_eq!(jsonb_text(&v), r#"{"a": ["x\"\n\u0001", null, true], "c": {}, "bb": 1}"#);
    }

    #[test]
    fn times_and_retention() {
        assert_eq!(parse_time("2024-01-01T00:00:00.000000Z"), Some(AT));
        assert_eq!(parse_time("2000-01-01T00:00:01.000002Z"), Some(1_000_002));
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        // 2024-01-31 + 1 month = 2024-02-29 (clamped), + 1 day = 2024-03-01.
        let t = parse_time("2024-01-31T10:00:00.000000Z").unwrap();
        let r = Retention { months: 1, days: 1, microseconds: 5 };
        assert_eq!(r.add_to(t), parse_time("2024-03-01T10:00:00.000005Z").unwrap());
        assert!(r.covers(&Retention { months: 1, days: 0, microseconds: 5 }));
        assert!(!r.covers(&Retention { months: 0, days: 2, microseconds: 0 }));
    }
}
