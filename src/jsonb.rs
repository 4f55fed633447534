//! jsonb values as text, byte for byte what PostgreSQL's `jsonb_out` prints, read straight from
//! the stored binary container. Format v1 hashes a jsonb value's text output (docs/FORMAT.md);
//! producing it here skips `jsonb_out`'s iterator and its copy of every string, which made jsonb
//! the costliest column type to hash. `tests.rs` compares both renderings over many documents.
//!
//! The container layout (PostgreSQL's src/include/utils/jsonb.h) is the on-disk format that
//! pg_upgrade carries across major versions, so it is stable. A value whose layout is not
//! recognised, or nested deeper than `MAX_DEPTH` (the walk here recurses, `jsonb_out`'s does
//! not, and a document may nest thousands of levels), is rendered by `jsonb_out` itself.

use crate::encoding::Sink;
use pgrx::pg_sys::{self, Datum};

const JB_CMASK: u32 = 0x0FFF_FFFF;
const JB_FSCALAR: u32 = 0x1000_0000;
const JB_FOBJECT: u32 = 0x2000_0000;
const JB_FARRAY: u32 = 0x4000_0000;

const JENTRY_OFFLENMASK: u32 = 0x0FFF_FFFF;
const JENTRY_TYPEMASK: u32 = 0x7000_0000;
const JENTRY_HAS_OFF: u32 = 0x8000_0000;
const JENTRY_ISSTRING: u32 = 0x0000_0000;
const JENTRY_ISNUMERIC: u32 = 0x1000_0000;
const JENTRY_ISBOOL_FALSE: u32 = 0x2000_0000;
const JENTRY_ISBOOL_TRUE: u32 = 0x3000_0000;
const JENTRY_ISNULL: u32 = 0x4000_0000;
const JENTRY_ISCONTAINER: u32 = 0x5000_0000;

/// Deepest nesting rendered here; deeper documents go to `jsonb_out`. Each level costs well
/// under 1 kB of stack, so this stays far from `max_stack_depth`.
const MAX_DEPTH: usize = 64;

/// Writes the text of the jsonb datum `d` to `out`.
pub unsafe fn render<S: Sink>(d: Datum, out: &mut S) {
    // A plain 4-byte-header varlena, decompressed and fetched from TOAST if need be.
    let v = pg_sys::pg_detoast_datum(d.cast_mut_ptr()) as *const u8;
    let size = (v as *const u32).read_unaligned() as usize >> 2;
    let root = v.add(4);
    if well_formed(root, size.saturating_sub(4), 0) {
        container(root, out);
    } else {
        let text =
            pg_sys::OidOutputFunctionCall(pg_sys::Oid::from(pg_sys::F_JSONB_OUT), Datum::from(v));
        out.put(std::ffi::CStr::from_ptr(text).to_bytes());
    }
}

unsafe fn read_u32(p: *const u8) -> u32 {
    (p as *const u32).read_unaligned()
}

fn intalign(off: usize) -> usize {
    (off + 3) & !3
}

/// Where each entry of a container starts and ends, relative to its data area.
struct Entries {
    children: *const u8,
    base: *const u8,
}

impl Entries {
    unsafe fn jentry(&self, i: usize) -> u32 {
        read_u32(self.children.add(4 * i))
    }

    /// The offset where entry `i` starts (every 32nd entry stores its end offset; the others
    /// their length).
    unsafe fn start(&self, i: usize) -> usize {
        let mut off = 0usize;
        for j in (0..i).rev() {
            let je = self.jentry(j);
            off += (je & JENTRY_OFFLENMASK) as usize;
            if je & JENTRY_HAS_OFF != 0 {
                break;
            }
        }
        off
    }

    /// Entry `i`'s type and its end offset, given its start offset.
    unsafe fn end(&self, i: usize, start: usize) -> (u32, usize) {
        let je = self.jentry(i);
        let field = (je & JENTRY_OFFLENMASK) as usize;
        let end = if je & JENTRY_HAS_OFF != 0 { field } else { start + field };
        (je & JENTRY_TYPEMASK, end)
    }
}

/// The size of the varlena at `p` (either header form), as VARSIZE_ANY reads it. Unlike pgrx's
/// `varsize_any`, it reads the header without assuming `p` is aligned.
unsafe fn varsize_any(p: *const u8) -> usize {
    let first = *p;
    if first & 0x01 != 0 {
        (first >> 1) as usize
    } else {
        (read_u32(p) >> 2) as usize
    }
}

/// Checks, before anything is written, that the container at `c` (at nesting `depth`; 0 for the
/// document) has a layout this module renders exactly as `jsonb_out` does, and that every offset,
/// length, numeric and nested container stays within its `size` bytes.
pub unsafe fn well_formed(c: *const u8, size: usize, depth: usize) -> bool {
    if size < 4 || depth >= MAX_DEPTH {
        return false;
    }
    let header = read_u32(c);
    let count = (header & JB_CMASK) as usize;
    let (is_object, is_array) = (header & JB_FOBJECT != 0, header & JB_FARRAY != 0);
    // A raw scalar is a one-element array, only at the top, holding no container.
    let scalar = header & JB_FSCALAR != 0;
    if is_object == is_array || (scalar && (depth > 0 || !is_array || count != 1)) {
        return false;
    }
    let n = if is_object { 2 * count } else { count };
    let Some(data) = n.checked_mul(4).and_then(|b| b.checked_add(4)).filter(|&d| d <= size) else {
        return false;
    };
    let e = Entries { children: c.add(4), base: c.add(data) };
    let room = size - data;
    let mut start = 0usize;
    for i in 0..n {
        let (kind, end) = e.end(i, start);
        if end < start || end > room {
            return false;
        }
        let ok = match kind {
            JENTRY_ISSTRING => true,
            JENTRY_ISNUMERIC => {
                let at = intalign(start);
                // A plain (not external, not compressed) varlena of at least a numeric header.
                let first = if at < end { *e.base.add(at) } else { 0x01 };
                let short = first & 0x01 != 0;
                first != 0x01
                    && first & 0x03 != 0x02
                    && (short || at + 4 <= end)
                    && varsize_any(e.base.add(at)) >= if short { 3 } else { 6 }
                    && at + varsize_any(e.base.add(at)) <= end
            }
            JENTRY_ISBOOL_FALSE | JENTRY_ISBOOL_TRUE | JENTRY_ISNULL => true,
            JENTRY_ISCONTAINER => {
                let inner = intalign(start);
                !scalar && inner <= end && well_formed(e.base.add(inner), end - inner, depth + 1)
            }
            _ => false,
        };
        // Object keys are strings.
        if !ok || (is_object && i < count && kind != JENTRY_ISSTRING) {
            return false;
        }
        start = end;
    }
    true
}

/// `{"key": value, ...}`, `[elem, ...]` or, for a scalar document, the bare scalar: with ", "
/// and ": " as separators, as jsonb_out prints them.
unsafe fn container<S: Sink>(c: *const u8, out: &mut S) {
    let header = read_u32(c);
    let count = (header & JB_CMASK) as usize;
    if header & JB_FOBJECT != 0 {
        let e = Entries { children: c.add(4), base: c.add(4 + 8 * count) };
        out.put(b"{");
        let (mut key, mut value) = (0usize, e.start(count));
        for i in 0..count {
            if i > 0 {
                out.put(b", ");
            }
            key = entry(&e, i, key, out);
            out.put(b": ");
            value = entry(&e, count + i, value, out);
        }
        out.put(b"}");
    } else {
        let e = Entries { children: c.add(4), base: c.add(4 + 4 * count) };
        let scalar = header & JB_FSCALAR != 0;
        if !scalar {
            out.put(b"[");
        }
        let mut start = 0usize;
        for i in 0..count {
            if i > 0 {
                out.put(b", ");
            }
            start = entry(&e, i, start, out);
        }
        if !scalar {
            out.put(b"]");
        }
    }
}

/// Writes entry `i`, which starts at `start`; returns where the next one starts.
unsafe fn entry<S: Sink>(e: &Entries, i: usize, start: usize, out: &mut S) -> usize {
    let (kind, end) = e.end(i, start);
    match kind {
        JENTRY_ISSTRING => {
            string(std::slice::from_raw_parts(e.base.add(start), end - start), out);
        }
        JENTRY_ISNUMERIC => {
            let n = e.base.add(intalign(start));
            if !numeric(n, out) {
                let p = pg_sys::OidOutputFunctionCall(
                    pg_sys::Oid::from(pg_sys::F_NUMERIC_OUT),
                    Datum::from(n),
                );
                out.put(std::ffi::CStr::from_ptr(p).to_bytes());
                pg_sys::pfree(p.cast());
            }
        }
        JENTRY_ISBOOL_FALSE => out.put(b"false"),
        JENTRY_ISBOOL_TRUE => out.put(b"true"),
        JENTRY_ISNULL => out.put(b"null"),
        _ => container(e.base.add(intalign(start)), out),
    }
    end
}

/// A JSON string as jsonb_out escapes it: `"` and `\` and the control characters below 0x20;
/// \b \f \n \r \t by name, the others as \u00XX in lowercase hex. Everything else is copied.
fn string<S: Sink>(s: &[u8], out: &mut S) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.put(b"\"");
    let mut copied = 0;
    for (i, &b) in s.iter().enumerate() {
        let named: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => &[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]],
            _ => continue,
        };
        out.put(&s[copied..i]);
        out.put(named);
        copied = i + 1;
    }
    out.put(&s[copied..]);
    out.put(b"\"");
}

/// Writes what `numeric_out` prints for the numeric varlena at `p`, as its `get_str_from_var`
/// does (PostgreSQL's src/backend/utils/adt/numeric.c): true if it did. False, having written
/// nothing, for what it leaves to `numeric_out`: a header other than the 4-byte one numeric_in
/// produces, NaN or infinity (which jsonb never holds), a digit out of range.
pub(crate) unsafe fn numeric<S: Sink>(p: *const u8, out: &mut S) -> bool {
    const NBASE: i32 = 10_000;
    if *p & 0x03 != 0 {
        return false;
    }
    let size = (read_u32(p) >> 2) as usize;
    if size < 6 {
        return false;
    }
    let d = p.add(4);
    let h = (d as *const u16).read_unaligned();
    // (negative, display scale, weight of the first digit, where the digits begin)
    let (neg, dscale, weight, at) = match h & 0xC000 {
        0xC000 => return false,
        0x8000 => {
            let w = (h & 0x3F) as i32;
            (h & 0x2000 != 0, ((h & 0x1F80) >> 7) as i32, if h & 0x40 != 0 { w - 64 } else { w }, 2)
        }
        sign if size >= 8 => (
            sign == 0x4000,
            (h & 0x3FFF) as i32,
            (d.add(2) as *const i16).read_unaligned() as i32,
            4,
        ),
        _ => return false,
    };
    let n = ((size - 4 - at) / 2) as i32;
    let digit = |i: i32| {
        if (0..n).contains(&i) {
            (d.add(at + 2 * i as usize) as *const i16).read_unaligned() as i32
        } else {
            0
        }
    };
    if !(0..n).all(|i| (0..NBASE).contains(&digit(i))) {
        return false;
    }
    let group = |g: i32| {
        [
            (g / 1000) as u8 + b'0',
            (g / 100 % 10) as u8 + b'0',
            (g / 10 % 10) as u8 + b'0',
            (g % 10) as u8 + b'0',
        ]
    };
    if neg {
        out.put(b"-");
    }
    if weight < 0 {
        out.put(b"0");
    } else {
        for i in 0..=weight {
            let g = digit(i);
            // The first group without its leading zeroes (its last digit always).
            let skip = if i > 0 || g >= 1000 {
                0
            } else if g >= 100 {
                1
            } else if g >= 10 {
                2
            } else {
                3
            };
            out.put(&group(g)[skip..]);
        }
    }
    if dscale > 0 {
        out.put(b".");
        let mut i = weight + 1;
        let mut left = dscale;
        while left > 0 {
            let take = left.min(4);
            out.put(&group(digit(i))[..take as usize]);
            left -= take;
            i += 1;
        }
    }
    true
}
