//! Provenance (row format 2): who wrote a row, in which transaction, from where. The insert path
//! fills the provenance columns with the server's values, whatever the client sent; verification
//! names the writer of a row that fails.
//!
//! - login: the session's authenticated role (`GetAuthenticatedUserId`): what connected. SET ROLE
//!   and SET SESSION AUTHORIZATION do not change it, so a superuser's session cannot pass its rows
//!   off as another login's.
//! - role: the effective role (`current_user`, `GetUserId`) when it differs from the login (SET
//!   ROLE, SET SESSION AUTHORIZATION, a SECURITY DEFINER function), else NULL.
//! - xid: the top-level transaction's id (xid8): groups the rows of one transaction.
//! - client: the client's IP address (`inet_client_addr()`), NULL for a Unix socket or a
//!   background process.
//!
//! Only the role can change within a transaction; the others are computed once per transaction
//! (login: a role can be renamed between transactions) or per session (client).

use crate::layout::{self, Layout};
use pgrx::pg_sys::{self, Datum, Oid};
use std::cell::{Cell, RefCell};

/// This transaction's values, in memory of the transaction (TopTransactionContext).
struct Current {
    xid: u64,
    login_oid: Oid,
    login: Datum,
    /// The last effective role other than the login met in this transaction, and its name.
    role: Option<(Oid, Datum)>,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
    /// The client address (an inet in TopMemoryContext), once looked up: None for no address.
    static CLIENT: Cell<Option<Option<Datum>>> = const { Cell::new(None) };
    /// Set while a tracked table's change is written to its history as the history's owner: the
    /// role that changed the table, recorded instead of the effective role.
    static WRITER: Cell<Option<Oid>> = const { Cell::new(None) };
}

/// Runs `f`, in which rows are written with another effective role than the one that caused
/// them (a tracked table's history, written as its owner), recording `role` as the effective role.
pub fn as_writer<R>(role: Oid, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Oid>);
    impl Drop for Restore {
        fn drop(&mut self) {
            WRITER.with(|w| w.set(self.0));
        }
    }
    let _restore = Restore(WRITER.with(|w| w.replace(Some(role))));
    f()
}

/// A role's name as a text value allocated in `cx`.
unsafe fn role_name(role: Oid, cx: pg_sys::MemoryContext) -> Datum {
    let old = pg_sys::MemoryContextSwitchTo(cx);
    let name = pg_sys::GetUserNameFromId(role, true);
    let text = if name.is_null() {
        // A role dropped meanwhile (it cannot be while the session or a function uses it): its OID.
        let oid = std::ffi::CString::new(role.to_u32().to_string()).expect("digits");
        pg_sys::cstring_to_text(oid.as_ptr())
    } else {
        pg_sys::cstring_to_text(name)
    };
    pg_sys::MemoryContextSwitchTo(old);
    Datum::from(text)
}

/// The client's address as `inet_client_addr()` gives it (NULL for a Unix socket), computed once
/// per session.
unsafe fn client_address() -> Option<Datum> {
    if let Some(c) = CLIENT.with(|c| c.get()) {
        return c;
    }
    let old = pg_sys::MemoryContextSwitchTo(pg_sys::TopMemoryContext);
    // inet_client_addr takes no argument and reads no flinfo; called directly so that its NULL
    // (no IP client) is seen rather than raised as an error by DirectFunctionCall.
    let size = std::mem::size_of::<pg_sys::FunctionCallInfoBaseData>();
    let fcinfo = pg_sys::palloc0(size) as pg_sys::FunctionCallInfo;
    let d = pg_sys::inet_client_addr(fcinfo);
    let out = (!(*fcinfo).isnull).then_some(d);
    pg_sys::pfree(fcinfo as *mut _);
    pg_sys::MemoryContextSwitchTo(old);
    CLIENT.with(|c| c.set(Some(out)));
    out
}

/// The client's address as text (as `inet_client_addr()::text` without the mask), None for a
/// Unix socket or a background process.
pub fn client_text() -> Option<String> {
    unsafe {
        client_address().map(|d| {
            crate::util::cstr(pg_sys::OidOutputFunctionCall(Oid::from(pg_sys::F_INET_OUT), d))
        })
    }
}

/// The provenance values for a row written now: (login, role, xid, client), as datums (None for
/// NULL), in the order of `layout::PROVENANCE_COLUMNS`.
pub fn current() -> [Option<Datum>; 4] {
    unsafe {
        let xid = pg_sys::GetTopFullTransactionId().value;
        let user = WRITER.with(|w| w.get()).unwrap_or_else(|| pg_sys::GetUserId());
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.as_ref().is_none_or(|cur| cur.xid != xid) {
                let login_oid = pg_sys::GetAuthenticatedUserId();
                let login = role_name(login_oid, pg_sys::TopTransactionContext);
                *c = Some(Current { xid, login_oid, login, role: None });
            }
            let cur = c.as_mut().expect("set above");
            let role = if user == cur.login_oid {
                None
            } else {
                match cur.role {
                    Some((oid, name)) if oid == user => Some(name),
                    _ => {
                        let name = role_name(user, pg_sys::TopTransactionContext);
                        cur.role = Some((user, name));
                        Some(name)
                    }
                }
            };
            [Some(cur.login), role, Some(Datum::from(xid)), client_address()]
        })
    }
}

/// Sets the provenance columns of a row (format 2) to the server's values.
pub fn fill(lay: &Layout, values: &mut [Datum], nulls: &mut [bool]) {
    let Some(attrs) = lay.provenance else { return };
    for (a, v) in attrs.iter().zip(current()) {
        values[*a] = v.unwrap_or(Datum::from(0usize));
        nulls[*a] = v.is_none();
    }
}

/// For the detail of a problem with a row: who wrote it, as its provenance columns say (format 2;
/// empty for format 1). Values a tamperer may have changed: the row is reported as failing.
pub fn writer(lay: &Layout, values: &[Datum], nulls: &[bool]) -> String {
    let Some(attrs) = lay.provenance else { return String::new() };
    let text = |i: usize| -> Option<String> {
        let a = attrs[i];
        if a >= values.len() || nulls[a] {
            return None;
        }
        unsafe {
            let mut out = pg_sys::OidOutputFunctionCall(output_function(i), values[a]);
            if matches!(i, layout::LOGIN | layout::ROLE) {
                // Quoted where needed, as role names are in SQL: an empty name shows as "".
                out = pg_sys::quote_identifier(out) as *mut _;
            }
            Some(std::ffi::CStr::from_ptr(out).to_string_lossy().into_owned())
        }
    };
    let mut s = format!(" (written by login {}", text(layout::LOGIN).as_deref().unwrap_or("NULL"));
    if let Some(role) = text(layout::ROLE) {
        s.push_str(&format!(" as role {role}"));
    }
    s.push_str(&format!(" in transaction {}", text(layout::XID).as_deref().unwrap_or("NULL")));
    if let Some(client) = text(layout::CLIENT) {
        s.push_str(&format!(" from {client}"));
    }
    s.push(')');
    s
}

fn output_function(i: usize) -> Oid {
    Oid::from(match i {
        layout::LOGIN | layout::ROLE => pg_sys::F_TEXTOUT,
        layout::XID => pg_sys::F_XID8OUT,
        _ => pg_sys::F_INET_OUT,
    })
}
