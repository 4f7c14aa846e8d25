"""Reads for delivery: consent state, recent sends for caps, erasure tombstones."""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F, Q

from campaigns.audience.models import Consent
from campaigns.delivery.models import ErasedCustomer, OutboxMessage, ProviderPause


def consent_granted_by_customer(
    *, customer_ids: Iterable[int], purpose: str = Consent.Purpose.PUSH_MARKETING
) -> dict[int, bool]:
    """The latest Consent row per customer decides; a shopper with no row has not consented."""
    rows = (
        Consent.objects.filter(customer_id__in=list(customer_ids), purpose=purpose)
        .order_by("customer_id", "-recorded_at", "-pk")
        .distinct("customer_id")
        .values_list("customer_id", "granted")
    )
    return dict(rows)


def consent_is_granted(*, customer_id: int, purpose: str = Consent.Purpose.PUSH_MARKETING) -> bool:
    return consent_granted_by_customer(customer_ids=[customer_id], purpose=purpose).get(
        customer_id, False
    )


def recent_message_ids(
    *, pairs: Iterable[tuple[int, int]], now: datetime, exclude_ids: Iterable[int] = ()
) -> dict[tuple[int, int], list[tuple[int, datetime]]]:
    """For each (customer, workspace): the messages sent in the last week, plus those in flight
    elsewhere (a sending row past its checks whose lease is live), with when they went out.

    In-flight rows count because two workers sending two campaigns to one shopper at once would
    otherwise both see room under the cap.
    """
    pairs = list(set(pairs))
    if not pairs:
        return {}
    week_ago = now - timedelta(days=7)
    wanted = set(pairs)
    rows = (
        OutboxMessage.objects.filter(
            customer_id__in={c for c, _ in pairs}, workspace_id__in={w for _, w in pairs}
        )
        .filter(
            Q(status=OutboxMessage.Status.SENT, sent_at__gte=week_ago)
            | Q(
                status=OutboxMessage.Status.SENDING,
                lease_until__gt=now,
                last_attempt_at__gte=F("claimed_at"),
            )
        )
        .exclude(pk__in=list(exclude_ids))
        .values_list("customer_id", "workspace_id", "message_id", "sent_at")
    )
    out: dict[tuple[int, int], list[tuple[int, datetime]]] = defaultdict(list)
    for customer_id, workspace_id, message_id, sent_at in rows:
        if (customer_id, workspace_id) not in wanted:
            continue
        out[(customer_id, workspace_id)].append((message_id, sent_at or now))
    return out


def active_pauses(*, now: datetime) -> dict[str, datetime]:
    return dict(ProviderPause.objects.filter(until__gt=now).values_list("key", "until"))


def external_id_hash(external_id: str) -> str:
    """Keyed, so a tombstone table cannot be reversed by hashing guessable ids."""
    return hmac.new(
        settings.PROMO_ERASURE_HASH_KEY.encode(), external_id.encode(), hashlib.sha256
    ).hexdigest()


def is_erased(external_id: str) -> bool:
    """For ingestion: True if this shopper asked to be erased and must not be re-imported."""
    return ErasedCustomer.objects.filter(external_id_hash=external_id_hash(external_id)).exists()


def erased_external_ids(external_ids: Iterable[str]) -> set[str]:
    """Bulk form of `is_erased` for import batches: the subset of `external_ids` erased."""
    by_hash = {external_id_hash(x): x for x in external_ids}
    found = ErasedCustomer.objects.filter(external_id_hash__in=list(by_hash)).values_list(
        "external_id_hash", flat=True
    )
    return {by_hash[h] for h in found}
