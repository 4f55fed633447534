"""Shared helpers of the Python client tests (run by tests/clients/run.sh).

The database to use comes from the environment that run.sh sets: AC_PGHOST (a host name or a
socket directory), AC_PGPORT, AC_PGUSER and AC_PGDATABASE (a fresh database in which run.sh has
already run CREATE EXTENSION audit_chain).

A test file registers its checks with @check, in order, and calls main(): every check runs, one
line is printed per check, and the exit status is 1 if any failed.
"""

import os
import sys
import time
import traceback

import psycopg
from psycopg.conninfo import make_conninfo

PG = {
    "host": os.environ["AC_PGHOST"],
    "port": int(os.environ["AC_PGPORT"]),
    "user": os.environ.get("AC_PGUSER", "postgres"),
    "dbname": os.environ["AC_PGDATABASE"],
}

CHAIN_COLUMNS = ("audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash")


def conninfo():
    return make_conninfo(**PG)


def sql(statement, params=None):
    """Run one statement in its own autocommit connection; return all rows (or None)."""
    with psycopg.connect(conninfo(), autocommit=True) as conn:
        cur = conn.execute(statement, params)
        return cur.fetchall() if cur.description else None


def verify(table=None):
    if table is None:
        return sql("SELECT audit_verify()")[0][0]
    return sql("SELECT audit_verify(%s::regclass)", (table,))[0][0]


def sqlstate_of(exc):
    """The SQLSTATE of a database error, looking through the wrappers of SQLAlchemy and Django
    (exc.orig, __cause__, __context__)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        state = getattr(exc, "sqlstate", None)
        if state:
            return state
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def pg_error_of(exc):
    """The psycopg.Error behind a wrapped database error (for its diag), or None."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, psycopg.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def expect_sqlstate(state, fn, *args, **kwargs):
    """Run fn, which must fail with a database error of SQLSTATE `state` (or one of a tuple of
    them); return the error."""
    states = state if isinstance(state, tuple) else (state,)
    try:
        fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the SQLSTATE is what is checked
        got = sqlstate_of(exc)
        if got not in states:
            raise AssertionError(f"expected SQLSTATE {state}, got {got}: {exc!r}") from exc
        return exc
    raise AssertionError(f"expected SQLSTATE {state}, but {fn.__name__} succeeded")


_CHECKS = []


def check(fn):
    _CHECKS.append(fn)
    return fn


def main():
    failed = 0
    for fn in _CHECKS:
        title = (fn.__doc__ or fn.__name__).strip().splitlines()[0]
        start = time.monotonic()
        try:
            fn()
        except Exception:  # noqa: BLE001 - report every failure and go on
            failed += 1
            print(f"FAIL {title}")
            traceback.print_exc(file=sys.stdout)
        else:
            print(f"ok   {title} ({time.monotonic() - start:.2f}s)")
        sys.stdout.flush()
    print(f"{len(_CHECKS) - failed} of {len(_CHECKS)} checks passed")
    sys.exit(1 if failed else 0)
