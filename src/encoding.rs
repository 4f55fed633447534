//! The canonical row encoding (formats v1 and v2, specified in docs/FORMAT.md) and the SHA-256 hashes
//! built on it. Nothing here may depend on session settings: values are read in their stored
//! binary form, and the few types only reachable through their text output are rendered under
//! fixed settings.

use crate::error::AuditError;
use pgrx::pg_sys::{self, Datum, Oid};
use sha2::{Digest, Sha256};
use std::ffi::CStr;

/// The row format audit_enable gives new tables: 2, whose rows carry their provenance.
pub const FORMAT_VERSION: i32 = 2;
pub const ROW_TAG: &[u8] = b"audit_chain.row.v1\0";
pub const ROW_TAG_V2: &[u8] = b"audit_chain.row.v2\0";
pub const GENESIS_TAG: &[u8] = b"audit_chain.genesis.v1\0";

pub type Hash = [u8; 32];

/// The `prev_hash` of a chain's first row: binds the chain to its table and chain number, so rows
/// cannot be moved between tables or chains unnoticed.
pub fn genesis_hash(table_uuid: &[u8; 16], chain: i32) -> Hash {
    let mut h = Sha256::new();
    h.update(GENESIS_TAG);
    h.update(table_uuid);
    h.update((chain as u32).to_be_bytes());
    h.finalize().into()
}

/// The header fields that precede the columns in a row's encoding.
pub struct RowHeader<'a> {
    pub prev: &'a [u8],
    pub chain: i32,
    pub seq: i64,
    pub recorded_at: i64,
}

#[derive(Clone)]
enum Kind {
    Bool,
    Int2,
    Int4,
    Int8,
    Float4,
    Float8,
    Text,
    Bytea,
    Name,
    Char,
    Date,
    Time,
    TimeTz,
    Timestamp,
    Interval,
    Uuid,
    Money,
    /// jsonb: its text output, rendered by `crate::jsonb` without calling jsonb_out.
    Jsonb,
    /// Types whose text output never depends on session settings (numeric, jsonb, inet, enum ...).
    Output(Oid),
    /// Any other type: its text output, rendered under fixed settings (see `with_fixed_settings`).
    Guarded(Oid),
    Array(Box<ArrayPlan>),
    Composite(Box<CompositePlan>),
}

#[derive(Clone)]
pub struct Encoder {
    pub type_name: String,
    kind: Kind,
}

#[derive(Clone)]
struct ArrayPlan {
    elem_type: Oid,
    elem_len: i16,
    elem_byval: bool,
    elem_align: std::ffi::c_char,
    elem: Encoder,
}

#[derive(Clone)]
struct CompositePlan {
    fields: Vec<Field>,
}

/// One encoded column of a row, or one attribute of a composite value.
#[derive(Clone)]
pub struct Field {
    pub index: usize,
    /// `len(name) || name || len(type) || type`: the part of the field's encoding that is the
    /// same in every row, built once.
    prefix: Vec<u8>,
    pub encoder: Encoder,
}

pub struct RowPlan {
    pub fields: Vec<Field>,
    needs_fixed_settings: bool,
    /// Row types (pg_class OIDs) of the composite types the plan encodes: a change to one of them
    /// makes the plan stale.
    pub composites: Vec<Oid>,
    /// Format 2: attribute indexes of the provenance columns (login, role, xid, client), whose
    /// values the header carries. None: format 1.
    provenance: Option<[usize; 4]>,
}

/// The database's encoding is fixed for the backend's life; it is looked up on first use (in a
/// backend, connected to its database), not at library load.
fn db_is_utf8() -> bool {
    use std::sync::atomic::{AtomicU8, Ordering};
    static UTF8: AtomicU8 = AtomicU8::new(0);
    match UTF8.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let utf8 = unsafe { pg_sys::GetDatabaseEncoding() == pg_sys::pg_enc::PG_UTF8 as i32 };
            UTF8.store(if utf8 { 1 } else { 2 }, Ordering::Relaxed);
            utf8
        }
    }
}

unsafe fn cstr_bytes<'a>(p: *const std::ffi::c_char) -> &'a [u8] {
    CStr::from_ptr(p).to_bytes()
}

/// Where canonical bytes go: straight into a SHA-256 state when hashing (no copy of the values),
/// or into a buffer, for the bytes of arrays and composites (framed by their length, which is
/// known only once they are encoded) and for tests. A buffer that cannot grow raises PostgreSQL's
/// out-of-memory ERROR instead of aborting the backend, as a failed Rust allocation would.
pub trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Sha256 {
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        if self.try_reserve(bytes.len()).is_err() {
            AuditError::OutOfMemory(self.len().saturating_add(bytes.len())).report();
        }
        self.extend_from_slice(bytes);
    }
}

/// Server-encoded text as UTF-8 (converted, in memory palloc'd by PostgreSQL, if the database
/// encoding is not UTF-8).
unsafe fn utf8_text(bytes: &[u8]) -> &[u8] {
    if bytes.is_empty() || db_is_utf8() {
        return bytes;
    }
    let conv = pg_sys::pg_server_to_any(
        bytes.as_ptr() as *const _,
        bytes.len() as i32,
        pg_sys::pg_enc::PG_UTF8 as i32,
    );
    if conv as *const u8 == bytes.as_ptr() {
        bytes
    } else {
        cstr_bytes(conv)
    }
}

pub unsafe fn name_of(name: &pg_sys::NameData) -> Vec<u8> {
    utf8_text(cstr_bytes(name.data.as_ptr())).to_vec()
}

const FIRST_NORMAL_OBJECT_ID: u32 = 16384;

thread_local! {
    /// The row types (pg_class OIDs) of the composite types met while a plan is built: the plan
    /// must be rebuilt when one of them changes (ALTER TYPE ... ADD ATTRIBUTE).
    static COMPOSITES: std::cell::RefCell<Vec<Oid>> = const { std::cell::RefCell::new(Vec::new()) };
    /// While a legacy plan is built (see `RowPlan::legacy`): extension types are named as releases
    /// up to 0.3.0 named them for a session without their schema on its search_path, and whether
    /// any name came out different.
    static LEGACY: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
}

/// The type descriptor written into the encoding: the built-in type's name, or for a type created
/// in the database the kind of type, so that renaming a user type does not change any hash.
/// Computed from the catalogs alone: built-in names are rendered by `format_type_be` under
/// `FIXED_SETTINGS` (no quoting forced, pg_catalog searched first, so a `pg_temp` type cannot
/// shadow a built-in one), extension types by their unqualified name. Callers hold those settings.
unsafe fn type_descriptor(typid: Oid) -> String {
    let base = pg_sys::getBaseType(typid);
    if base.to_u32() < FIRST_NORMAL_OBJECT_ID {
        return CStr::from_ptr(pg_sys::format_type_be(base)).to_string_lossy().into_owned();
    }
    let elem = pg_sys::get_element_type(base);
    if elem != pg_sys::InvalidOid {
        return format!("{}[]", type_descriptor(elem));
    }
    match pg_sys::get_typtype(base) as u8 {
        b'e' => "enum".into(),
        b'c' => "composite".into(),
        b'r' => "range".into(),
        b'm' => "multirange".into(),
        _ => {
            let name = unqualified_type_name(base);
            let (legacy, _) = LEGACY.with(|l| l.get());
            if legacy {
                // format_type_be under FIXED_SETTINGS: qualified unless the type is in `public`.
                let qualified = CStr::from_ptr(pg_sys::format_type_be(base)).to_string_lossy();
                if qualified != name {
                    LEGACY.with(|l| l.set((true, true)));
                    return format!("base:{qualified}");
                }
            }
            format!("base:{name}")
        }
    }
}

/// The type's name, quoted as `quote_identifier` does with `quote_all_identifiers` off, never
/// schema-qualified: what `format_type_be` prints for a type visible on the search_path.
unsafe fn unqualified_type_name(typid: Oid) -> String {
    let tup = pg_sys::SearchSysCache1(
        pg_sys::SysCacheIdentifier::TYPEOID as i32,
        Datum::from(typid.to_u32()),
    );
    if tup.is_null() {
        return format!("{}", typid.to_u32());
    }
    let form = pg_sys::GETSTRUCT(tup) as *const pg_sys::FormData_pg_type;
    let quoted = pg_sys::quote_identifier((*form).typname.data.as_ptr());
    let name = CStr::from_ptr(quoted).to_string_lossy().into_owned();
    pg_sys::ReleaseSysCache(tup);
    name
}

fn output_fn(typid: Oid) -> Oid {
    let mut f = pg_sys::InvalidOid;
    let mut varlena = false;
    unsafe { pg_sys::getTypeOutputInfo(typid, &mut f, &mut varlena) };
    f
}

impl Encoder {
    pub unsafe fn for_type(typid: Oid) -> Encoder {
        let type_name = type_descriptor(typid);
        let base = pg_sys::getBaseType(typid);
        use pg_sys::BuiltinOid::*;
        let kind = match pg_sys::BuiltinOid::from_u32(base.to_u32()) {
            Ok(BOOLOID) => Kind::Bool,
            Ok(INT2OID) => Kind::Int2,
            Ok(INT4OID) => Kind::Int4,
            Ok(INT8OID) => Kind::Int8,
            Ok(FLOAT4OID) => Kind::Float4,
            Ok(FLOAT8OID) => Kind::Float8,
            Ok(TEXTOID) | Ok(VARCHAROID) | Ok(BPCHAROID) | Ok(JSONOID) | Ok(XMLOID) => Kind::Text,
            Ok(BYTEAOID) => Kind::Bytea,
            Ok(NAMEOID) => Kind::Name,
            Ok(CHAROID) => Kind::Char,
            Ok(DATEOID) => Kind::Date,
            Ok(TIMEOID) => Kind::Time,
            Ok(TIMETZOID) => Kind::TimeTz,
            Ok(TIMESTAMPOID) | Ok(TIMESTAMPTZOID) => Kind::Timestamp,
            Ok(INTERVALOID) => Kind::Interval,
            Ok(UUIDOID) => Kind::Uuid,
            Ok(MONEYOID) => Kind::Money,
            Ok(JSONBOID) => Kind::Jsonb,
            Ok(NUMERICOID) | Ok(INETOID) | Ok(CIDROID) | Ok(MACADDROID) | Ok(MACADDR8OID)
            | Ok(BITOID) | Ok(VARBITOID) | Ok(OIDOID) | Ok(TSVECTOROID) => {
                Kind::Output(output_fn(base))
            }
            _ => {
                let elem = pg_sys::get_element_type(base);
                if elem != pg_sys::InvalidOid {
                    let mut len = 0i16;
                    let mut byval = false;
                    let mut align: std::ffi::c_char = 0;
                    pg_sys::get_typlenbyvalalign(elem, &mut len, &mut byval, &mut align);
                    Kind::Array(Box::new(ArrayPlan {
                        elem_type: elem,
                        elem_len: len,
                        elem_byval: byval,
                        elem_align: align,
                        elem: Encoder::for_type(elem),
                    }))
                } else {
                    match pg_sys::get_typtype(base) as u8 {
                        b'e' => Kind::Output(output_fn(base)),
                        b'c' => {
                            let typrelid = pg_sys::get_typ_typrelid(base);
                            COMPOSITES.with(|c| c.borrow_mut().push(typrelid));
                            let desc = pg_sys::lookup_rowtype_tupdesc(base, -1);
                            let fields = fields_of(desc, &[]);
                            pg_sys::DecrTupleDescRefCount(desc);
                            Kind::Composite(Box::new(CompositePlan { fields }))
                        }
                        _ => Kind::Guarded(output_fn(base)),
                    }
                }
            }
        };
        Encoder { type_name, kind }
    }

    fn needs_fixed_settings(&self) -> bool {
        match &self.kind {
            Kind::Guarded(_) => true,
            Kind::Array(a) => a.elem.needs_fixed_settings(),
            Kind::Composite(c) => c.fields.iter().any(|f| f.encoder.needs_fixed_settings()),
            _ => false,
        }
    }

    /// Writes the value's canonical bytes (format v1), framed by their length, to `out`.
    unsafe fn put_framed<S: Sink>(&self, d: Datum, out: &mut S) {
        match &self.kind {
            Kind::Bool => put_framed(out, &[d.value() as u8 & 1]),
            Kind::Int2 => put_framed(out, &(d.value() as i16).to_be_bytes()),
            Kind::Int4 | Kind::Date => put_framed(out, &(d.value() as i32).to_be_bytes()),
            Kind::Int8 | Kind::Money | Kind::Time | Kind::Timestamp => {
                put_framed(out, &(d.value() as i64).to_be_bytes())
            }
            Kind::Float4 => {
                let f = f32::from_bits(d.value() as u32);
                let bits = if f.is_nan() { 0x7fc0_0000u32 } else { f.to_bits() };
                put_framed(out, &bits.to_be_bytes());
            }
            Kind::Float8 => {
                let f = f64::from_bits(d.value() as u64);
                let bits = if f.is_nan() { 0x7ff8_0000_0000_0000u64 } else { f.to_bits() };
                put_framed(out, &bits.to_be_bytes());
            }
            Kind::Text => put_framed(out, utf8_text(varlena_bytes(d))),
            Kind::Bytea => put_framed(out, varlena_bytes(d)),
            Kind::Name => {
                let n = d.cast_mut_ptr::<pg_sys::NameData>();
                put_framed(out, utf8_text(cstr_bytes((*n).data.as_ptr())));
            }
            Kind::Char => put_framed(out, &[d.value() as u8]),
            Kind::TimeTz => {
                let t = d.cast_mut_ptr::<pg_sys::TimeTzADT>();
                let mut b = [0u8; 12];
                b[..8].copy_from_slice(&(*t).time.to_be_bytes());
                b[8..].copy_from_slice(&(*t).zone.to_be_bytes());
                put_framed(out, &b);
            }
            Kind::Interval => {
                let i = d.cast_mut_ptr::<pg_sys::Interval>();
                let mut b = [0u8; 16];
                b[..8].copy_from_slice(&(*i).time.to_be_bytes());
                b[8..12].copy_from_slice(&(*i).day.to_be_bytes());
                b[12..].copy_from_slice(&(*i).month.to_be_bytes());
                put_framed(out, &b);
            }
            Kind::Uuid => put_framed(out, std::slice::from_raw_parts(d.cast_mut_ptr::<u8>(), 16)),
            Kind::Jsonb => {
                // Sized once: the text is rarely much longer than the stored form.
                let mut text = Vec::new();
                let estimate = pgrx::varlena::varsize_any(d.cast_mut_ptr()) + 64;
                if text.try_reserve(estimate).is_err() {
                    AuditError::OutOfMemory(estimate).report();
                }
                crate::jsonb::render(d, &mut text);
                put_framed(out, utf8_text(&text))
            }
            Kind::Output(f) | Kind::Guarded(f) => {
                put_framed(out, utf8_text(cstr_bytes(pg_sys::OidOutputFunctionCall(*f, d))))
            }
            Kind::Array(plan) => {
                let mut buf = Vec::new();
                encode_array(plan, d, &mut buf);
                put_framed(out, &buf);
            }
            Kind::Composite(plan) => {
                let mut buf = Vec::new();
                encode_composite(plan, d, &mut buf);
                put_framed(out, &buf);
            }
        }
    }
}

/// The bytes of a varlena value; only a compressed or out-of-line value goes through
/// `pg_detoast_datum_packed` (which returns every other value as it is).
pub unsafe fn varlena_bytes<'a>(d: Datum) -> &'a [u8] {
    let p = d.cast_mut_ptr::<pg_sys::varlena>();
    // First header byte, little-endian layout: 0x01 = external (TOAST pointer), xxxxxxx1 = short
    // inline, xxxxxx10 = 4-byte header compressed, xxxxxx00 = 4-byte header plain.
    let first = *(p as *const u8);
    #[cfg(target_endian = "little")]
    let plain = first != 0x01 && first & 0x03 != 0x02;
    #[cfg(not(target_endian = "little"))]
    let plain = false;
    let v = if plain { p } else { pg_sys::pg_detoast_datum_packed(p) };
    pgrx::varlena::varlena_to_byte_slice(v)
}

fn put_len<S: Sink>(out: &mut S, len: usize) {
    out.put(&(len as u32).to_be_bytes());
}

/// Writes `len(bytes) || bytes`, with the length as a 4-byte big-endian integer.
fn put_framed<S: Sink>(out: &mut S, bytes: &[u8]) {
    put_len(out, bytes.len());
    out.put(bytes);
}

/// The provenance part of a format-2 header: for login, role, transaction and client in turn,
/// `0x00` when NULL, else `0x01 || frame(value)`; names as UTF-8, the transaction id as a u64,
/// the client address as inet's text output.
unsafe fn put_provenance<S: Sink>(
    attrs: &[usize; 4],
    values: &[Datum],
    nulls: &[bool],
    out: &mut S,
) {
    use crate::layout::{CLIENT, LOGIN, ROLE, XID};
    for (i, &a) in attrs.iter().enumerate() {
        if a >= values.len() || nulls[a] {
            out.put(&[0]);
            continue;
        }
        out.put(&[1]);
        let d = values[a];
        match i {
            LOGIN | ROLE => put_framed(out, utf8_text(varlena_bytes(d))),
            XID => put_framed(out, &(d.value() as u64).to_be_bytes()),
            CLIENT => put_framed(
                out,
                cstr_bytes(pg_sys::OidOutputFunctionCall(Oid::from(pg_sys::F_INET_OUT), d)),
            ),
            _ => unreachable!(),
        }
    }
}

/// Encodes the non-NULL fields: `name, type, value`, each length-framed. A NULL field is absent,
/// which keeps NULL distinct from every value (including the empty one) and lets a nullable
/// column be added later without changing the hash of any row recorded before.
unsafe fn put_fields<S: Sink>(fields: &[Field], values: &[Datum], nulls: &[bool], out: &mut S) {
    for f in fields {
        if f.index >= values.len() || nulls[f.index] {
            continue;
        }
        out.put(&f.prefix);
        f.encoder.put_framed(values[f.index], out);
    }
}

unsafe fn encode_array(plan: &ArrayPlan, d: Datum, out: &mut Vec<u8>) {
    let arr = pg_sys::pg_detoast_datum(d.cast_mut_ptr()) as *mut pg_sys::ArrayType;
    let ndim = (*arr).ndim;
    put_len(out, ndim as usize);
    let dims = (arr as *const u8).add(std::mem::size_of::<pg_sys::ArrayType>()) as *const i32;
    let lbounds = dims.add(ndim as usize);
    for i in 0..ndim as usize {
        out.put(&(*lbounds.add(i)).to_be_bytes());
        out.put(&(*dims.add(i)).to_be_bytes());
    }
    let mut elems: *mut Datum = std::ptr::null_mut();
    let mut nulls: *mut bool = std::ptr::null_mut();
    let mut n = 0i32;
    pg_sys::deconstruct_array(
        arr,
        plan.elem_type,
        plan.elem_len as i32,
        plan.elem_byval,
        plan.elem_align,
        &mut elems,
        &mut nulls,
        &mut n,
    );
    for i in 0..n as usize {
        if *nulls.add(i) {
            out.put(&[0]);
        } else {
            out.put(&[1]);
            plan.elem.put_framed(*elems.add(i), out);
        }
    }
}

unsafe fn encode_composite(plan: &CompositePlan, d: Datum, out: &mut Vec<u8>) {
    let header = pg_sys::pg_detoast_datum(d.cast_mut_ptr()) as pg_sys::HeapTupleHeader;
    let typid = (*header).t_choice.t_datum.datum_typeid;
    let typmod = (*header).t_choice.t_datum.datum_typmod;
    let desc = pg_sys::lookup_rowtype_tupdesc(typid, typmod);
    let mut tuple: pg_sys::HeapTupleData = std::mem::zeroed();
    tuple.t_len = pgrx::varlena::varsize(header as *const pg_sys::varlena) as u32;
    tuple.t_data = header;
    let natts = (*desc).natts as usize;
    let mut values = vec![Datum::from(0usize); natts];
    let mut nulls = vec![true; natts];
    pg_sys::heap_deform_tuple(&mut tuple, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
    pg_sys::DecrTupleDescRefCount(desc);
    put_fields(&plan.fields, &values, &nulls, out);
}

/// The encoded fields of a tuple descriptor: every live attribute except generated columns and
/// the attribute indexes in `skip` (the chain columns).
pub unsafe fn fields_of(desc: pg_sys::TupleDesc, skip: &[usize]) -> Vec<Field> {
    let attrs = crate::compat::attrs(desc);
    let mut fields = Vec::new();
    for (i, att) in attrs.iter().enumerate() {
        if att.attisdropped || att.attgenerated != 0 || skip.contains(&i) {
            continue;
        }
        let encoder = Encoder::for_type(att.atttypid);
        let mut prefix = Vec::new();
        put_framed(&mut prefix, &name_of(&att.attname));
        put_framed(&mut prefix, encoder.type_name.as_bytes());
        fields.push(Field { index: i, prefix, encoder });
    }
    fields
}

/// Session settings that change some types' text output, pinned while such text is rendered and
/// while type descriptors are built. search_path and quote_all_identifiers decide how reg* values
/// (regclass, regtype, regproc, ...) and type names are printed; `pg_temp` listed last keeps
/// temporary objects from shadowing others.
pub(crate) const FIXED_SETTINGS: &[(&CStr, &CStr)] = &[
    (c"search_path", c"public, pg_temp"),
    (c"quote_all_identifiers", c"off"),
    (c"TimeZone", c"UTC"),
    (c"DateStyle", c"ISO, YMD"),
    (c"IntervalStyle", c"postgres"),
    (c"extra_float_digits", c"1"),
    (c"bytea_output", c"hex"),
    (c"lc_monetary", c"C"),
    (c"lc_numeric", c"C"),
];

unsafe fn with_fixed_settings<R>(f: impl FnOnce() -> R) -> R {
    crate::util::with_settings(FIXED_SETTINGS.iter().copied(), f)
}

impl RowPlan {
    pub unsafe fn new(desc: pg_sys::TupleDesc, chain_columns: &[usize]) -> RowPlan {
        COMPOSITES.with(|c| c.borrow_mut().clear());
        let fields = with_fixed_settings(|| fields_of(desc, chain_columns));
        let composites = COMPOSITES.with(|c| std::mem::take(&mut *c.borrow_mut()));
        let needs_fixed_settings = fields.iter().any(|f| f.encoder.needs_fixed_settings());
        RowPlan { fields, needs_fixed_settings, composites, provenance: None }
    }

    /// The plan of a format-2 table whose provenance columns are at `provenance` (None: format 1).
    pub fn with_provenance(mut self, provenance: Option<[usize; 4]>) -> RowPlan {
        self.provenance = provenance;
        self
    }

    /// The plan rows recorded by releases up to 0.3.0 were hashed with when the inserting session
    /// did not have an extension type's schema on its search_path (their descriptor then named the
    /// schema): None when the table has no such type. Verification tries it only for a row whose
    /// hash does not match the current plan, so those rows keep verifying.
    pub unsafe fn legacy(desc: pg_sys::TupleDesc, chain_columns: &[usize]) -> Option<RowPlan> {
        // Only format-1 rows were ever written that way.
        if crate::layout::format_of_columns(desc) >= 2 {
            return None;
        }
        LEGACY.with(|l| l.set((true, false)));
        let plan = RowPlan::new(desc, chain_columns);
        let (_, differs) = LEGACY.with(|l| l.replace((false, false)));
        differs.then_some(plan)
    }

    /// Writes the complete canonical encoding of a row (format v1, or v2 with the provenance
    /// columns in the header) to `out`.
    pub unsafe fn encode<S: Sink>(
        &self,
        h: &RowHeader,
        values: &[Datum],
        nulls: &[bool],
        out: &mut S,
    ) {
        out.put(if self.provenance.is_some() { ROW_TAG_V2 } else { ROW_TAG });
        out.put(h.prev);
        out.put(&(h.chain as u32).to_be_bytes());
        out.put(&h.seq.to_be_bytes());
        out.put(&h.recorded_at.to_be_bytes());
        if let Some(p) = &self.provenance {
            put_provenance(p, values, nulls, out);
        }
        if self.needs_fixed_settings {
            with_fixed_settings(|| put_fields(&self.fields, values, nulls, out));
        } else {
            put_fields(&self.fields, values, nulls, out);
        }
    }

    /// SHA-256 of the row's canonical encoding, computed as the encoding is produced: column
    /// values are hashed where PostgreSQL holds them, never copied whole.
    pub unsafe fn hash(&self, h: &RowHeader, values: &[Datum], nulls: &[bool]) -> Hash {
        let mut sha = Sha256::new();
        self.encode(h, values, nulls, &mut sha);
        sha.finalize().into()
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn genesis_vector() {
        // Test vector from docs/FORMAT.md: table uuid 00..0f, chain 0.
        let uuid: [u8; 16] = core::array::from_fn(|i| i as u8);
        let h = genesis_hash(&uuid, 0);
        let mut manual = Vec::new();
        manual.extend_from_slice(b"audit_chain.genesis.v1\0");
        manual.extend_from_slice(&uuid);
        manual.extend_from_slice(&[0, 0, 0, 0]);
        assert_eq!(h, <[u8; 32]>::from(Sha256::digest(&manual)));
        assert_ne!(genesis_hash(&uuid, 1), h);
    }

    /// A buffer that, unlike `Vec<u8>`'s sink, needs no PostgreSQL to report errors.
    #[derive(Default, PartialEq, Debug)]
    struct Bytes(Vec<u8>);

    impl Sink for Bytes {
        fn put(&mut self, bytes: &[u8]) {
            self.0.extend_from_slice(bytes);
        }
    }

    #[test]
    fn framing_is_unambiguous() {
        let mut a = Bytes::default();
        put_framed(&mut a, b"ab");
        put_framed(&mut a, b"c");
        let mut b = Bytes::default();
        put_framed(&mut b, b"a");
        put_framed(&mut b, b"bc");
        assert_ne!(a, b);
    }
}
