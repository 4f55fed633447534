from django.db import models

from .audit_chain import AuditChainModel


class Event(AuditChainModel):
    """The recipe: chain fields from AuditChainModel, table not managed by Django."""

    id = models.BigAutoField(primary_key=True)
    actor = models.TextField()
    action = models.TextField()
    payload = models.JSONField(blank=True, null=True)

    class Meta:
        managed = False
        db_table = "events"
        unique_together = (("audit_chain_id", "audit_seq"),)


class InspectedEvent(models.Model):
    """The same table as `manage.py inspectdb events` writes it (no recipe)."""

    id = models.BigAutoField(primary_key=True)
    actor = models.TextField()
    action = models.TextField()
    payload = models.JSONField(blank=True, null=True)
    audit_chain_id = models.IntegerField()
    audit_seq = models.BigIntegerField()
    audit_at = models.DateTimeField()
    audit_prev = models.BinaryField()
    audit_hash = models.BinaryField()

    class Meta:
        managed = False
        db_table = "events"
        unique_together = (("audit_chain_id", "audit_seq"),)


class Note(models.Model):
    """An ordinary managed model next to the audit table (what flush is meant to empty)."""

    text = models.TextField()
