"""SQLAlchemy 2 declarations for audit_chain tables (the recipe of docs/APPLICATIONS.md,
proved by tests/clients/test_sqlalchemy.py).

AuditChainMixin declares the chain columns (the five, and the four provenance columns of row
format 2) as filled by the server (FetchedValue: no DEFAULT is created or expected in the table),
so the ORM leaves them out of its INSERTs and reads them back through INSERT ... RETURNING at
flush (eager_defaults), and it declares the unique index audit_enable creates, so that Alembic
autogenerate finds the model and the table equal.
"""

import datetime

from sqlalchemy import BigInteger, DateTime, FetchedValue, Index, Integer, LargeBinary, Text
from sqlalchemy.dialects.postgresql import INET
from sqlalchemy.dialects.postgresql.base import ischema_names
from sqlalchemy.types import UserDefinedType
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

CHAIN_COLUMNS = ("audit_chain_id", "audit_seq", "audit_at", "audit_prev", "audit_hash")
PROVENANCE_COLUMNS = ("audit_login", "audit_role", "audit_xid", "audit_client")


class XID8(UserDefinedType):
    """PostgreSQL's xid8 (a transaction id), which SQLAlchemy does not know: read as text."""

    cache_ok = True

    def get_col_spec(self, **kw):
        return "XID8"


# So that reflection (Alembic autogenerate) knows the type too.
ischema_names["xid8"] = XID8


def _filled_by_trigger(type_, nullable=False):
    return mapped_column(type_, nullable=nullable, server_default=FetchedValue())


class AuditChainMixin:
    """Mix into a declarative model of a table on which audit_enable() was called."""

    audit_chain_id: Mapped[int] = _filled_by_trigger(Integer)
    audit_seq: Mapped[int] = _filled_by_trigger(BigInteger)
    audit_at: Mapped[datetime.datetime] = _filled_by_trigger(DateTime(timezone=True))
    audit_prev: Mapped[bytes] = _filled_by_trigger(LargeBinary)
    audit_hash: Mapped[bytes] = _filled_by_trigger(LargeBinary)
    # Provenance (format 2): who wrote the row, in which transaction, from where.
    audit_login: Mapped[str | None] = _filled_by_trigger(Text, nullable=True)
    audit_role: Mapped[str | None] = _filled_by_trigger(Text, nullable=True)
    audit_xid: Mapped[str | None] = _filled_by_trigger(XID8, nullable=True)
    audit_client: Mapped[str | None] = _filled_by_trigger(INET, nullable=True)

    # Fetch server-generated values with RETURNING during the flush. (A subclass that sets its
    # own __mapper_args__ must keep this key.)
    __mapper_args__ = {"eager_defaults": True}

    @declared_attr.directive
    def __table_args__(cls):
        # The index audit_enable() creates, under the name PostgreSQL gave it.
        return (
            Index(
                f"{cls.__tablename__}_audit_chain_id_audit_seq_idx",
                "audit_chain_id",
                "audit_seq",
                unique=True,
            ),
        )


def include_object(obj, name, type_, reflected, compare_to):
    """Alembic env.py hook, for models that do not map the chain columns: autogenerate then
    ignores the chain columns and the chain index it finds in the database."""
    if reflected and compare_to is None:
        if type_ == "column" and name in CHAIN_COLUMNS + PROVENANCE_COLUMNS:
            return False
        if type_ == "index" and [c.name for c in obj.columns] == ["audit_chain_id", "audit_seq"]:
            return False
    return True
