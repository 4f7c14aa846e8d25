"""Signed tracking tokens and the open/click/convert events they produce.

Tokens carry only the outbox row id, signed with SECRET_KEY (django.core.signing) and a
per-purpose salt, so a click token cannot be replayed as an open token and a tampered or forged
id fails the signature check instead of recording someone else's click.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.audience.models import Event
from campaigns.delivery.models import OutboxMessage

CLICK_SALT = "promoweb.delivery.click"
OPEN_SALT = "promoweb.delivery.open"


class BadToken(Exception):
    pass


def make_token(outbox_id: int, *, salt: str) -> str:
    return signing.TimestampSigner(salt=salt).sign(signing.b62_encode(outbox_id))


def read_token(token: str, *, salt: str) -> int:
    try:
        value = signing.TimestampSigner(salt=salt).unsign(
            token, max_age=settings.DELIVERY_TRACKING_MAX_AGE_S
        )
        return signing.b62_decode(value)
    except (signing.BadSignature, ValueError) as exc:
        raise BadToken(str(exc)) from exc


def click_url(outbox_id: int) -> str:
    token = make_token(outbox_id, salt=CLICK_SALT)
    return f"{settings.DELIVERY_PUBLIC_BASE_URL.rstrip('/')}/t/{token}"


def open_url() -> str:
    return f"{settings.DELIVERY_PUBLIC_BASE_URL.rstrip('/')}/t/open"


def landing_url(row: OutboxMessage) -> str:
    return row.message.campaign.offer.landing_url or settings.DELIVERY_DEFAULT_LANDING_URL


def _context(row: OutboxMessage) -> dict[str, int]:
    return {
        "outbox_id": row.pk,
        "message_id": row.message_id,
        "campaign_id": row.message.campaign_id,
    }


def _record_once(*, row: OutboxMessage, type: str, event_id: str, now: datetime) -> bool:
    """One event per (row, type): a double-clicked link or a re-shown notification must not
    inflate the campaign's numbers. The unique event_id settles concurrent duplicates."""
    try:
        with transaction.atomic():
            Event.objects.create(
                customer_id=row.customer_id,
                type=type,
                occurred_at=now,
                event_id=event_id,
                context=_context(row),
            )
    except IntegrityError:
        return False
    return True


def _record_token(
    *, token: str, salt: str, type: str, now: datetime | None
) -> OutboxMessage | None:
    """The outbox row a signed token names, with its open or click recorded once; None for a
    bad token or a row that no longer exists."""
    try:
        outbox_id = read_token(token, salt=salt)
    except BadToken:
        return None
    row = (
        OutboxMessage.objects.select_related("message__campaign__offer")
        .filter(pk=outbox_id)
        .first()
    )
    if row is not None:
        _record_once(row=row, type=type, event_id=f"{type}:{row.pk}", now=now or timezone.now())
    return row


def tracking_click_record(*, token: str, now: datetime | None = None) -> str | None:
    """Record the click and return where to send the shopper; None for a bad token."""
    row = _record_token(token=token, salt=CLICK_SALT, type=Event.Type.CLICK, now=now)
    return None if row is None else landing_url(row)


def tracking_open_record(*, token: str, now: datetime | None = None) -> bool:
    return _record_token(token=token, salt=OPEN_SALT, type=Event.Type.OPEN, now=now) is not None


def conversion_attribute_purchase(*, purchase: Event) -> Event | None:
    """Attribute a purchase to the latest click by the same shopper within the window.

    Last click wins. Idempotent: the conversion's event_id is derived from the purchase, so
    ingestion may call this inline and the beat sweep may meet the same purchase again.
    """
    if purchase.type != Event.Type.PURCHASE:
        return None
    window = timedelta(days=settings.DELIVERY_ATTRIBUTION_DAYS)
    click = (
        Event.objects.filter(
            customer_id=purchase.customer_id,
            type=Event.Type.CLICK,
            occurred_at__lte=purchase.occurred_at,
            occurred_at__gte=purchase.occurred_at - window,
        )
        .order_by("-occurred_at", "-pk")
        .first()
    )
    if click is None:
        return None
    try:
        with transaction.atomic():
            return Event.objects.create(
                customer_id=purchase.customer_id,
                type=Event.Type.CONVERT,
                product_id=purchase.product_id,
                category=purchase.category,
                brand=purchase.brand,
                quantity=purchase.quantity,
                value=purchase.value,
                occurred_at=purchase.occurred_at,
                event_id=f"convert:{purchase.pk}",
                context={
                    **click.context,
                    "click_event_id": click.pk,
                    "purchase_event_id": purchase.pk,
                },
            )
    except IntegrityError:
        return None


def conversions_attribute_recent(*, now: datetime | None = None) -> int:
    """Beat sweep over purchases received since the last attribution window began."""
    now = now or timezone.now()
    since = now - timedelta(days=settings.DELIVERY_ATTRIBUTION_DAYS)
    done = Event.objects.filter(type=Event.Type.CONVERT, occurred_at__gte=since).values_list(
        "event_id", flat=True
    )
    done_ids = {int(e.split(":", 1)[1]) for e in done if e and e.startswith("convert:")}
    created = 0
    purchases = Event.objects.filter(
        type=Event.Type.PURCHASE,
        occurred_at__gte=since,
        customer__events__type=Event.Type.CLICK,
    ).distinct()
    for purchase in purchases.iterator(chunk_size=500):
        if purchase.pk in done_ids:
            continue
        if conversion_attribute_purchase(purchase=purchase) is not None:
            created += 1
    return created
