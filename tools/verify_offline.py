#!/usr/bin/env python3
"""Independent verifier for audit_chain tables (row formats v1 and v2, docs/FORMAT.md).

Reads a table through psql and recomputes every row hash, link and chain head with nothing but
the Python standard library and the written specification: it never calls an audit_chain
function. Values are fetched in their PostgreSQL binary send form (int4send, timestamptz_send,
...) or, for the types the specification encodes as text, their text output.

    python3 tools/verify_offline.py [--print-encoding] TABLE [psql connection options...]

Prints "OK <table> <n> rows" and exits 0, or one line per problem and exits 1; exits 2 for a
column type it does not support.
"""
import hashlib
import struct
import subprocess
import sys

ROW_TAGS = {1: b"audit_chain.row.v1\x00", 2: b"audit_chain.row.v2\x00"}
GENESIS_TAG = b"audit_chain.genesis.v1\x00"
CHAIN_COLUMNS = {"audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash"}
# Format 2: the provenance columns, hashed in the header in this order, and the SQL giving the hex
# of each value's bytes (names as UTF-8, the xid as a big-endian u64, the address as its text).
PROVENANCE = [
    ("audit_login", "encode(convert_to(audit_login, 'UTF8'), 'hex')"),
    ("audit_role", "encode(convert_to(audit_role, 'UTF8'), 'hex')"),
    ("audit_xid", "lpad(to_hex(audit_xid::text::numeric::bigint), 16, '0')"),
    # (format('%s') is inet's output, as ::text is not; it makes NULL '', hence the CASE.)
    ("audit_client", "CASE WHEN audit_client IS NOT NULL THEN "
                     "encode(convert_to(format('%s', audit_client), 'UTF8'), 'hex') END"),
]

# Base types whose binary send form is exactly the format-v1 value encoding.
SEND = {
    "boolean": "boolsend", "smallint": "int2send", "integer": "int4send", "bigint": "int8send",
    "real": "float4send", "double precision": "float8send", "date": "date_send",
    "time without time zone": "time_send", "time with time zone": "timetz_send",
    "timestamp without time zone": "timestamp_send", "timestamp with time zone": "timestamptz_send",
    "interval": "interval_send", "uuid": "uuid_send", "money": "cash_send",
    "text": "textsend", "character varying": "varcharsend", "character": "bpcharsend",
    "json": "json_send", "name": "namesend", "bytea": "byteasend",
}
# Base types encoded as their (settings-independent) text output.
TEXT = {"numeric", "jsonb", "inet", "cidr", "macaddr", "macaddr8", "bit", "bit varying", "oid", "tsvector"}

PSQL_SETTINGS = "SET client_encoding = 'UTF8'; SET quote_all_identifiers = off; "


def psql(args, sql):
    run = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", *args, "-c", PSQL_SETTINGS + sql],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr.strip(), file=sys.stderr)
        sys.exit(2)
    out = run.stdout
    return [line.split("\t") for line in out.splitlines() if line != ""]


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def framed(b):
    return struct.pack(">I", len(b)) + b


def canonical_float(hexval, size):
    raw = bytes.fromhex(hexval)
    if size == 4 and (struct.unpack(">f", raw)[0] != struct.unpack(">f", raw)[0]):
        return bytes.fromhex("7fc00000")
    if size == 8 and (struct.unpack(">d", raw)[0] != struct.unpack(">d", raw)[0]):
        return bytes.fromhex("7ff8000000000000")
    return raw


class Column:
    """How one column is fetched (an SQL expression giving hex) and turned into value bytes."""

    def __init__(self, name, type_name, kind, elem=None):
        self.name, self.type_name, self.kind, self.elem = name, type_name, kind, elem

    @staticmethod
    def scalar_expr(kind, type_name, expr):
        if kind == "send":
            return f"encode({SEND[type_name]}({expr}), 'hex')"
        # format('%s') renders through the type's output function (a ::text cast may not: inet).
        return f"CASE WHEN {expr} IS NOT NULL THEN encode(convert_to(format('%s', {expr}), 'UTF8'), 'hex') END"

    def select_expr(self):
        col = '"' + self.name.replace('"', '""') + '"'
        if self.kind != "array":
            return self.scalar_expr(self.kind, self.type_name, col)
        ek, et = self.elem
        element = self.scalar_expr(ek, et, "e")
        # ndim, then lower bound and length per dimension, then the elements in storage order.
        return (f"CASE WHEN {col} IS NULL THEN NULL ELSE array_ndims({col})::text || ';' || "
                f"coalesce((SELECT string_agg(array_lower({col}, d) || ':' || array_length({col}, d), ',' ORDER BY d) "
                f"FROM generate_series(1, array_ndims({col})) d), '') || ';' || "
                f"coalesce((SELECT string_agg(coalesce('E' || {element}, 'N'), ',' ORDER BY o) FROM unnest({col}) WITH ORDINALITY u(e, o)), '') END")

    def value(self, cell):
        if self.kind == "array":
            ndim, dims, elems = cell.split(";")
            out = struct.pack(">I", int(ndim))
            for d in filter(None, dims.split(",")):
                lower, length = d.split(":")
                out += struct.pack(">ii", int(lower), int(length))
            for e in filter(None, elems.split(",")):
                out += b"\x00" if e == "N" else b"\x01" + framed(self.scalar_bytes(self.elem[1], e[1:]))
            return out
        return self.scalar_bytes(self.type_name, cell)

    @staticmethod
    def scalar_bytes(type_name, hexval):
        if type_name == "real":
            return canonical_float(hexval, 4)
        if type_name == "double precision":
            return canonical_float(hexval, 8)
        if type_name == "name":
            return bytes.fromhex(hexval).rstrip(b"\x00")
        return bytes.fromhex(hexval)


def classify(type_name, typtype):
    if type_name in SEND:
        return "send", type_name
    if type_name in TEXT or typtype == "e":
        return "text", type_name
    return None, type_name


def columns_of(args, table, skip):
    rows = psql(args, f"""
        SELECT a.attname, format_type(b.oid, NULL), b.typtype, b.oid < 16384, b.typelem,
               coalesce(format_type(e.oid, NULL), ''), coalesce(e.typtype, ''), coalesce(e.oid < 16384, true)
          FROM pg_attribute a
          JOIN pg_type t ON t.oid = a.atttypid
          JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
          LEFT JOIN pg_type e ON e.oid = b.typelem AND b.typcategory = 'A'
         WHERE a.attrelid = {lit(table)}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
         ORDER BY a.attnum""")
    cols = []
    for name, tname, typtype, builtin, _elem, ename, etyptype, ebuiltin in rows:
        if name in skip:
            continue
        if ename:
            kind, _ = classify(ename, etyptype)
            if kind is None:
                raise SystemExit(f"unsupported type: column {name} is {tname}")
            descriptor = (ename if ebuiltin == "t" else "enum") + "[]"
            cols.append(Column(name, descriptor, "array", (kind, ename)))
            continue
        kind, _ = classify(tname, typtype)
        if kind is None:
            print(f"unsupported type: column {name} is {tname}", file=sys.stderr)
            sys.exit(2)
        descriptor = tname if builtin == "t" else "enum"
        cols.append(Column(name, descriptor, kind))
    return cols


def main():
    argv = sys.argv[1:]
    show = "--print-encoding" in argv
    argv = [a for a in argv if a != "--print-encoding"]
    if not argv:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    table, args = argv[0], argv[1:]
    uuid_hex, fmt = psql(args, f"SELECT replace(table_uuid::text, '-', ''), format_version FROM audit_chain.tables WHERE relid = {lit(table)}::regclass")[0]
    fmt = int(fmt)
    if fmt not in ROW_TAGS:
        print(f"unsupported row format {fmt}", file=sys.stderr)
        sys.exit(2)
    provenance = PROVENANCE if fmt >= 2 else []
    cols = columns_of(args, table, CHAIN_COLUMNS | {name for name, _ in provenance})
    # Where a prune moved a chain's base (0.6.0 on; before, chain_heads.base_* itself).
    has_bases = psql(args, "SELECT to_regclass('audit_chain.chain_bases') IS NOT NULL")[0][0] == "t"
    bases_join = ("LEFT JOIN audit_chain.chain_bases b ON b.relid = h.relid AND b.chain = h.chain" if has_bases
                  else "LEFT JOIN (SELECT NULL::bigint AS base_seq, NULL::bytea AS base_hash) b ON false")
    heads = {int(c): (int(s), bytes.fromhex(h), int(bs), bytes.fromhex(bh)) for c, s, h, bs, bh in psql(args, f"""
        SELECT h.chain, h.seq, encode(h.hash, 'hex'), coalesce(b.base_seq, h.base_seq),
               encode(coalesce(b.base_hash, h.base_hash), 'hex')
          FROM audit_chain.chain_heads h {bases_join}
         WHERE h.relid = {lit(table)}::regclass""")}
    # Empty values are fetched as 'E' + hex so that they differ from NULL (an empty psql field).
    exprs = ", ".join([f"'E' || ({expr})" for _, expr in provenance] + [f"'E' || ({c.select_expr()})" for c in cols])
    rows = psql(args, f"""
        SELECT audit_chain_id, audit_seq, encode(timestamptz_send(audit_at), 'hex'), encode(audit_prev, 'hex'),
               encode(audit_hash, 'hex'){', ' + exprs if exprs else ''}
          FROM {table} ORDER BY audit_chain_id, audit_seq""")
    problems = []
    expected = {}
    for chain, (_seq, _hash, base_seq, base_hash) in heads.items():
        if base_seq == 0:
            genesis = hashlib.sha256(GENESIS_TAG + bytes.fromhex(uuid_hex) + struct.pack(">I", chain)).digest()
            if genesis != base_hash:
                problems.append(f"chain {chain}: genesis hash does not match the table uuid")
        expected[chain] = (base_seq + 1, base_hash)
    for r in rows:
        chain, seq, at_hex, prev_hex, hash_hex = int(r[0]), int(r[1]), r[2], r[3], r[4]
        # NULL arrives as an empty field, a value as 'E' + its hex (so an empty value is 'E').
        cells = [None if raw == "" else raw[1:] for raw in r[5:]]
        enc = ROW_TAGS[fmt] + bytes.fromhex(prev_hex) + struct.pack(">I", chain) + struct.pack(">q", seq) + bytes.fromhex(at_hex)
        # Format 2: each provenance value is 0x00 when NULL, else 0x01 and its framed bytes.
        for cell in cells[:len(provenance)]:
            enc += b"\x00" if cell is None else b"\x01" + framed(bytes.fromhex(cell))
        cells = cells[len(provenance):]
        for col, cell in zip(cols, cells):
            if cell is None:
                continue
            enc += framed(col.name.encode()) + framed(col.type_name.encode()) + framed(col.value(cell))
        digest = hashlib.sha256(enc).hexdigest()
        if show:
            print(f"chain {chain} seq {seq}: encoding {enc.hex()}\n  sha256 {digest}")
        want_seq, want_prev = expected.get(chain, (1, b""))
        if seq != want_seq:
            problems.append(f"chain {chain} seq {want_seq}: row_missing (next row is {seq})")
        if digest != hash_hex:
            problems.append(f"chain {chain} seq {seq}: row_modified")
        elif bytes.fromhex(prev_hex) != want_prev and seq == want_seq:
            problems.append(f"chain {chain} seq {seq}: does not link to its predecessor")
        expected[chain] = (seq + 1, bytes.fromhex(hash_hex))
    for chain, (head_seq, head_hash, _bs, _bh) in heads.items():
        next_seq, last_hash = expected[chain]
        if next_seq - 1 != head_seq:
            problems.append(f"chain {chain}: head is at {head_seq} but rows end at {next_seq - 1}")
        elif last_hash != head_hash:
            problems.append(f"chain {chain}: head hash differs from the last row's hash")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"OK {table} {len(rows)} rows")


if __name__ == "__main__":
    main()
