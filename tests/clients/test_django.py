"""Django 5.2 (psycopg 3) against an audit table: each problem first, then the recipe
(tests/clients/django_app/audit_chain.py). Run by tests/clients/run.sh."""

import io
import unittest

import django
from django.conf import settings

from clientlib import CHAIN_COLUMNS, PG, check, expect_sqlstate, main, pg_error_of, sql, verify

settings.configure(
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": PG["host"],
            "PORT": PG["port"],
            "USER": PG["user"],
            "NAME": PG["dbname"],
        }
    },
    INSTALLED_APPS=["django_app"],
    USE_TZ=True,
)
django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.base import CommandError  # noqa: E402
from django.db import connection, migrations, models  # noqa: E402
from django.db.migrations.state import ModelState, ProjectState  # noqa: E402
from django.test import TransactionTestCase  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from django_app.models import Event, InspectedEvent, Note  # noqa: E402


def db_row(table, row_id):
    cols = ", ".join(CHAIN_COLUMNS)
    row = sql(f"SELECT {cols} FROM {table} WHERE id = %s", (row_id,))[0]
    return row[:3] + tuple(bytes(v) for v in row[3:])


def chain_values(obj):
    values = tuple(getattr(obj, c) for c in CHAIN_COLUMNS)
    return values[:3] + tuple(None if v is None else bytes(v) for v in values[3:])


class AuditTransactionTest(TransactionTestCase):
    """What a project's TransactionTestCase does: write, then flush every managed table."""

    def test_writes(self):
        Note.objects.create(text="note")
        Event.objects.create(actor="ttc", action="test")


def run_transaction_test_case():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(AuditTransactionTest)
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
    return result, out.getvalue()


def flush():
    call_command("flush", interactive=False, verbosity=0)


class managed_audit_model:
    """Within the block, Event is a managed model (the default for a model Django created)."""

    def __enter__(self):
        self.declared = Event._meta.managed
        Event._meta.managed = True

    def __exit__(self, *exc):
        Event._meta.managed = self.declared


def apply_operations(app_label, state, operations):
    """Apply migration operations the way `manage.py migrate` applies a migration: state and
    database forwards, in one atomic schema editor. Returns the new project state."""
    with connection.schema_editor(atomic=True) as editor:
        for operation in operations:
            new_state = state.clone()
            operation.state_forwards(app_label, new_state)
            operation.database_forwards(app_label, editor, state, new_state)
            state = new_state
    return state


# --- checks ---------------------------------------------------------------------------------
@check
def setup():
    """setup: audit table events, ordinary managed table django_app_note"""
    sql(
        "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " actor text NOT NULL, action text NOT NULL, payload jsonb)"
    )
    sql("SELECT audit_enable('events')")
    with connection.schema_editor() as editor:
        editor.create_model(Note)


@check
def inspectdb_output():
    """problem: inspectdb writes the chain columns as plain required fields (output in the log)"""
    out = io.StringIO()
    call_command("inspectdb", "events", stdout=out)
    text = out.getvalue()
    print("---- inspectdb events\n" + text.split("from django.db import models")[1].strip())
    for line in (
        "audit_chain_id = models.IntegerField()",
        "audit_seq = models.BigIntegerField()",
        "audit_at = models.DateTimeField()",
        "audit_prev = models.BinaryField()",
        "audit_hash = models.BinaryField()",
        "managed = False",
        "unique_together = (('audit_chain_id', 'audit_seq'),)",
    ):
        assert line in text, line


@check
def inspectdb_ignores_table_defaults():
    """a DEFAULT on the chain columns (not the recipe) would not help: inspectdb does not read defaults"""
    sql(
        "CREATE TABLE defaulted (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " actor text NOT NULL)"
    )
    sql("SELECT audit_enable('defaulted')")
    sql("ALTER TABLE defaulted ALTER COLUMN audit_seq SET DEFAULT 0")
    out = io.StringIO()
    call_command("inspectdb", "defaulted", stdout=out)
    assert "audit_seq = models.BigIntegerField()" in out.getvalue(), out.getvalue()


@check
def inspected_model_problems():
    """problem: with the inspectdb model full_clean() demands chain values and save() leaves None / b''"""
    e = InspectedEvent(actor="alice", action="login")
    try:
        e.full_clean()
    except ValidationError as err:
        missing = set(err.message_dict)
    else:
        raise AssertionError("full_clean accepted the unsaved object")
    # BinaryField defaults to b'', so only three of the five are reported.
    assert missing == {"audit_chain_id", "audit_seq", "audit_at"}, missing
    e.save()
    assert (e.audit_chain_id, e.audit_seq, e.audit_at) == (None, None, None)
    assert bytes(e.audit_hash) == b"", e.audit_hash  # not the stored hash
    assert None not in db_row("events", e.id)


@check
def recipe_save():
    """recipe: AuditChainModel -> full_clean() accepts the unsaved object; save() is one INSERT ... RETURNING the chain values"""
    e = Event(actor="alice", action="login", payload={"ip": "10.0.0.7"})
    e.full_clean()
    with CaptureQueriesContext(connection) as queries:
        e.save()
    statements = [q["sql"] for q in queries.captured_queries]
    assert len(statements) == 1 and statements[0].startswith("INSERT"), statements
    assert "RETURNING" in statements[0] and '"audit_seq"' in statements[0].split("RETURNING")[1]
    values = chain_values(e)
    assert None not in values and len(values[4]) == 32, values
    assert values == db_row("events", e.id)
    e.full_clean()  # and a saved object validates too


@check
def recipe_create_and_bulk_create():
    """recipe: objects.create() and bulk_create() of 100 objects return the chain values"""
    e = Event.objects.create(actor="bob", action="create")
    assert chain_values(e) == db_row("events", e.id)
    with CaptureQueriesContext(connection) as queries:
        objs = Event.objects.bulk_create([Event(actor="bulk", action=f"b{i}") for i in range(100)])
    inserts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 1, inserts
    for o in objs:
        assert None not in chain_values(o)
    sample = objs[0], objs[57], objs[99]
    for o in sample:
        assert chain_values(o) == db_row("events", o.id)
    assert len({(o.audit_chain_id, o.audit_seq) for o in objs}) == 100
    assert verify("events") is True


@check
def update_and_delete_refused():
    """save() of a stored object, delete(), QuerySet.update()/delete() fail with SQLSTATE 42501"""
    e = Event.objects.filter(actor="bob").first()
    e.actor = "mallory"
    expect_sqlstate("42501", e.save)
    expect_sqlstate("42501", e.delete)
    expect_sqlstate("42501", Event.objects.filter(actor="bulk").update, actor="x")
    expect_sqlstate("42501", Event.objects.all().delete)
    assert verify("events") is True


@check
def flush_with_managed_audit_model_fails():
    """problem: with the audit model managed, flush (TransactionTestCase teardown) fails: TRUNCATE -> 42501"""
    with managed_audit_model():
        err = expect_sqlstate("42501", flush)
        assert isinstance(err, CommandError), err
        result, out = run_transaction_test_case()
    # The test body passed; its teardown (the flush) is the error.
    assert not result.wasSuccessful() and len(result.errors) == 1, out
    assert "TRUNCATE is not allowed on audit table" in out, out


@check
def flush_skips_unmanaged_audit_model():
    """recipe: managed = False -> flush and TransactionTestCase pass, flush empties the other tables only"""
    events_before = Event.objects.count()
    Note.objects.create(text="to be flushed")
    flush()
    assert Note.objects.count() == 0
    assert Event.objects.count() == events_before  # audit rows stay: they cannot be removed
    result, out = run_transaction_test_case()
    assert result.wasSuccessful() and result.testsRun == 1, out
    assert Event.objects.count() == events_before + 1
    assert verify("events") is True


LEDGER_FIELDS = [
    ("id", models.BigAutoField(primary_key=True)),
    ("entry", models.TextField()),
]


def ledger_state(managed):
    state = ProjectState()
    state.add_model(
        ModelState(
            "ledgerapp",
            "Ledger",
            list(LEDGER_FIELDS),
            options={"db_table": "ledger", "managed": managed},
        )
    )
    return state


@check
def migration_add_field_with_default_refused():
    """problem: migrations.AddField with a default on a table with rows is refused with 42501 and a HINT"""
    sql(
        "CREATE TABLE ledger (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " entry text NOT NULL)"
    )
    sql("SELECT audit_enable('ledger')")
    sql("INSERT INTO ledger (entry) VALUES ('opening balance')")
    for field in (
        models.TextField(default="EUR"),
        models.TextField(null=True, default="EUR"),
        models.TextField(db_default="EUR"),
    ):
        err = expect_sqlstate(
            "42501",
            apply_operations,
            "ledgerapp",
            ledger_state(managed=True),
            [migrations.AddField("Ledger", "currency", field)],
        )
    hint = pg_error_of(err).diag.message_hint
    assert "without a default" in hint and "SET DEFAULT" in hint, hint


@check
def migration_add_field_recipe():
    """recipe: AddField(null=True) without default, then AlterField adding db_default -> works, verifies"""
    state = apply_operations(
        "ledgerapp",
        ledger_state(managed=True),
        [
            migrations.AddField("Ledger", "currency", models.TextField(null=True)),
            migrations.AlterField(
                "Ledger", "currency", models.TextField(null=True, db_default="EUR")
            ),
        ],
    )
    sql("INSERT INTO ledger (entry) VALUES ('deposit')")
    currency = state.apps.get_model("ledgerapp", "Ledger")._meta.get_field("currency")
    assert currency.db_default == "EUR"
    rows = sql("SELECT entry, currency FROM ledger ORDER BY id")
    assert rows == [("opening balance", None), ("deposit", "EUR")], rows
    assert verify("ledger") is True


@check
def migration_unmanaged_recipe():
    """recipe: unmanaged audit model in migrations: RunSQL (CREATE TABLE + audit_enable, ADD COLUMN then SET DEFAULT) with state operations"""
    chain_fields = [
        ("audit_chain_id", models.IntegerField(db_default=None, editable=False)),
        ("audit_seq", models.BigIntegerField(db_default=None, editable=False)),
        ("audit_at", models.DateTimeField(db_default=None, editable=False)),
        ("audit_prev", models.BinaryField(db_default=None, editable=False)),
        ("audit_hash", models.BinaryField(db_default=None, editable=False)),
    ]
    state = apply_operations(
        "payments",
        ProjectState(),
        [
            # 0001: create the audit table
            migrations.SeparateDatabaseAndState(
                database_operations=[
                    migrations.RunSQL(
                        "CREATE TABLE payment (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        " amount numeric NOT NULL);"
                        " SELECT audit_enable('payment');",
                        reverse_sql=migrations.RunSQL.noop,  # audit tables cannot be dropped
                    )
                ],
                state_operations=[
                    migrations.CreateModel(
                        "Payment",
                        [("id", models.BigAutoField(primary_key=True)),
                         ("amount", models.DecimalField(max_digits=12, decimal_places=2)),
                         *chain_fields],
                        options={"db_table": "payment", "managed": False},
                    )
                ],
            ),
            migrations.RunSQL("INSERT INTO payment (amount) VALUES (10), (20)"),
            # 0002: a new column with a default for new rows
            migrations.SeparateDatabaseAndState(
                database_operations=[
                    migrations.RunSQL(
                        "ALTER TABLE payment ADD COLUMN currency text;"
                        " ALTER TABLE payment ALTER COLUMN currency SET DEFAULT 'EUR';"
                    )
                ],
                state_operations=[
                    migrations.AddField(
                        "Payment", "currency", models.TextField(null=True, db_default="EUR")
                    )
                ],
            ),
        ],
    )
    Payment = state.apps.get_model("payments", "Payment")
    p = Payment(amount=30)
    p.full_clean()
    p.save()
    assert p.currency == "EUR" and p.audit_seq is not None and len(bytes(p.audit_hash)) == 32
    rows = sql("SELECT amount::int, currency FROM payment ORDER BY id")
    assert rows == [(10, None), (20, None), (30, "EUR")], rows
    assert verify("payment") is True


@check
def makemigrations_serializes_recipe():
    """makemigrations writes the recipe fields as db_default=None (output serializes, no DDL for managed = False)"""
    out = io.StringIO()
    call_command("makemigrations", "django_app", dry_run=True, verbosity=3, stdout=out)
    text = out.getvalue()
    assert "('audit_seq', models.BigIntegerField(db_default=None, editable=False))" in text, text
    assert "'managed': False" in text, text


if __name__ == "__main__":
    main()
