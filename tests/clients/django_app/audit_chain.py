"""Django fields for the five chain columns of an audit_chain table (the recipe of
docs/APPLICATIONS.md, proved by tests/clients/test_django.py).

The chain columns are NOT NULL without a default and are filled by the table's BEFORE INSERT
trigger. Declaring them with db_default=None tells Django 5 exactly that the database supplies
the value: an unsaved object holds DatabaseDefault in them, which full_clean() skips; save(),
create() and bulk_create() send DEFAULT (that is, NULL, which the trigger replaces) and read the
filled values back with INSERT ... RETURNING. Should DDL ever be generated from these fields, it
is DEFAULT NULL, the same as no default: nothing in the table changes.
"""

from django.db import models


class AuditChainModel(models.Model):
    """Abstract base for models of audit tables; give subclasses Meta.managed = False."""

    audit_chain_id = models.IntegerField(db_default=None, editable=False)
    audit_seq = models.BigIntegerField(db_default=None, editable=False)
    audit_at = models.DateTimeField(db_default=None, editable=False)
    audit_prev = models.BinaryField(db_default=None, editable=False)
    audit_hash = models.BinaryField(db_default=None, editable=False)

    class Meta:
        abstract = True
