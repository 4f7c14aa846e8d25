"""The delivery outbox and the erasure tombstones."""

from django.db import models
from django.db.models import Q


class OutboxMessage(models.Model):
    """One push to one device: a (message, subscription) pair.

    The unique constraint is what makes approval safe to re-run and the dispatcher's claim is
    what makes sending safe to re-run; together they keep a message from being lost or doubled.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        EXPIRED = "expired", "Expired"
        SUPPRESSED = "suppressed", "Suppressed"

    message = models.ForeignKey(
        "campaigns.Message", on_delete=models.CASCADE, related_name="outbox"
    )
    # SET_NULL keeps the audit row when a subscription row is removed; the sender treats a
    # missing subscription like an inactive one.
    subscription = models.ForeignKey(
        "campaigns.PushSubscription",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outbox",
    )
    # Denormalised from message/campaign so that caps and consent withdrawal are single-table
    # queries on the hot path.
    customer = models.ForeignKey(
        "campaigns.Customer", on_delete=models.CASCADE, related_name="outbox"
    )
    workspace = models.ForeignKey(
        "campaigns.Workspace", on_delete=models.CASCADE, related_name="outbox"
    )
    provider = models.CharField(max_length=16)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    due_at = models.DateTimeField(help_text="When the campaign asked for it to go out")
    next_attempt_at = models.DateTimeField(help_text="Earliest time the dispatcher may claim it")
    lease_until = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    reason = models.CharField(max_length=64, blank=True, help_text="Why it ended as it did")
    provider_message_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)
    suppressed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["message", "subscription"], name="outbox_one_per_message_subscription"
            )
        ]
        indexes = [
            # The dispatcher's two scans: due pending rows, and sending rows whose lease ran out.
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status="pending"),
                name="outbox_pending_due",
            ),
            models.Index(
                fields=["lease_until"], condition=Q(status="sending"), name="outbox_lease"
            ),
            # Frequency caps: what a shopper was sent recently, per workspace.
            models.Index(
                fields=["customer", "workspace", "sent_at"],
                condition=Q(status="sent"),
                name="outbox_cap",
            ),
        ]

    def __str__(self) -> str:
        return f"outbox {self.pk} {self.provider} {self.status}"


class ErasedCustomer(models.Model):
    """An anonymous tombstone: proof that a shopper was erased, without saying who they were."""

    external_id_hash = models.CharField(max_length=64, unique=True)
    erased_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"erased {self.external_id_hash[:12]}"


class ProviderPause(models.Model):
    """A provider (or one Web Push origin) told us to stop until `until` (429 Retry-After).

    Kept in the database rather than in a worker's memory so that every worker honours it.
    """

    key = models.CharField(max_length=255, unique=True)
    until = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.key} paused until {self.until:%H:%M:%S}"
