"""Right to erasure and event retention."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from campaigns.audience.models import Customer, CustomerPII, Event
from campaigns.delivery.models import ErasedCustomer, OutboxMessage
from campaigns.delivery.selectors import external_id_hash


@transaction.atomic
def customer_erase(*, external_id: str) -> dict[str, int]:
    """Erase a shopper: PII, subscriptions, events, pending sends, then the shopper row itself
    (which cascades to consents, messages and the outbox history), leaving only a keyed hash
    of the external id so that the next import does not bring them back.

    Idempotent: erasing an unknown or already-erased id just (re)writes the tombstone, so the
    request is honoured even if it arrives before the shopper's first import.
    """
    counts = {"customers": 0, "pii": 0, "subscriptions": 0, "events": 0, "pending_outbox": 0}
    customer = Customer.objects.select_for_update().filter(external_id=external_id).first()
    if customer is not None:
        # Pending rows first and under the row lock, so a dispatcher cannot claim them in
        # between; rows already in flight fail their claim-conditional writes once the cascade
        # below has removed them.
        counts["pending_outbox"] = OutboxMessage.objects.filter(
            customer=customer, status=OutboxMessage.Status.PENDING
        ).delete()[0]
        counts["events"] = Event.objects.filter(customer=customer).delete()[0]
        counts["subscriptions"] = customer.push_subscriptions.all().delete()[0]
        counts["pii"] = CustomerPII.objects.filter(customer=customer).delete()[0]
        customer.delete()
        counts["customers"] = 1
    ErasedCustomer.objects.get_or_create(external_id_hash=external_id_hash(external_id))
    return counts


def events_purge(*, now: datetime | None = None, batch: int = 10_000) -> int:
    """Delete raw events older than PROMO_EVENT_RETENTION_DAYS, in batches so that a large
    backlog never holds one long transaction and its locks."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.PROMO_EVENT_RETENTION_DAYS)
    deleted = 0
    while True:
        ids = list(
            Event.objects.filter(occurred_at__lt=cutoff).values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return deleted
        deleted += Event.objects.filter(pk__in=ids).delete()[0]
