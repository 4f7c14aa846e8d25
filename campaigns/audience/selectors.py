"""Reads for the audience pages: shopper lists and profiles, live segment counts."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import DatabaseError, connection, transaction
from django.db.models import Q, QuerySet

from campaigns.audience.models import (
    ApiKey,
    Consent,
    Customer,
    CustomerStats,
    Event,
    PushSubscription,
)
from campaigns.audience.segments import segment_queryset

if TYPE_CHECKING:
    from inference.profile import Profile

logger = logging.getLogger(__name__)

# The same history the copy pipeline sees, so the page shows what the model is told.
PROFILE_HISTORY_DAYS = 180
PROFILE_MAX_EVENTS = 200
PRODUCT_TYPES = ("view", "add_to_cart", "purchase")
# The live count answers while the marketer types; past this it shows an estimate instead.
COUNT_TIMEOUT_MS = 1500
PREVIEW_SIZE = 20


def api_key_for(raw: str) -> ApiKey | None:
    from campaigns.audience.services import hash_api_key

    return ApiKey.objects.filter(hashed_key=hash_api_key(raw), revoked_at__isnull=True).first()


def customer_search(*, query: str = "", country: str = "") -> QuerySet[Customer]:
    customers = Customer.objects.select_related("stats").order_by("-pk")
    if query:
        customers = customers.filter(Q(external_id__istartswith=query) | Q(city__iexact=query))
    if country:
        customers = customers.filter(country=country.upper())
    return customers


def event_document(event: Event) -> dict[str, Any] | None:
    item: dict[str, Any] = {"type": event.type, "at": event.occurred_at.isoformat()}
    if event.type == "search":
        item["query"] = event.query
    elif event.product is not None:
        item["product"] = {
            "sku": event.product.sku,
            "name": event.product.name,
            "category": event.category or event.product.category,
            "brand": event.brand or event.product.brand,
            "price": float(event.product.price) if event.product.price is not None else None,
        }
    else:
        return None
    return item


def customer_document(customer: Customer) -> dict[str, Any]:
    """The pipeline's `customer` section, from the PII-free table only. The identifying
    fields exist in the document shape but stay empty: no name or address can reach a prompt.
    """
    return {
        **dict.fromkeys(("first_name", "last_name", "email", "phone", "street", "notes"), ""),
        "external_id": customer.external_id,
        "city": customer.city,
        "country": customer.country,
        "timezone": customer.timezone,
        "language": customer.language,
        "birth_year": customer.birth_year,
    }


def customer_profile(customer: Customer, now: datetime) -> Profile:
    """The shopper's profile at `now`: a DB adapter around the pipeline's pure function."""
    from inference.profile import build_profile

    events = (
        Event.objects.filter(
            customer=customer,
            type__in=(*PRODUCT_TYPES, "search"),
            occurred_at__gte=now - timedelta(days=PROFILE_HISTORY_DAYS),
            occurred_at__lte=now,
        )
        .select_related("product")
        .order_by("-occurred_at")[:PROFILE_MAX_EVENTS]
    )
    documents = [doc for event in events if (doc := event_document(event)) is not None]
    return build_profile(customer_document(customer), documents, now)


@dataclass(frozen=True)
class ConsentState:
    purpose: str
    label: str
    granted: bool | None
    recorded_at: datetime | None


def customer_consents(customer: Customer) -> list[ConsentState]:
    latest: dict[str, Consent] = {}
    for consent in Consent.objects.filter(customer=customer).order_by("recorded_at", "pk"):
        latest[consent.purpose] = consent
    return [
        ConsentState(
            purpose=value,
            label=label,
            granted=latest[value].granted if value in latest else None,
            recorded_at=latest[value].recorded_at if value in latest else None,
        )
        for value, label in Consent.Purpose.choices
    ]


def customer_detail(customer: Customer, now: datetime) -> dict[str, Any]:
    """Everything the shopper page shows. Deliberately no CustomerPII."""
    return {
        "customer": customer,
        "profile": customer_profile(customer, now),
        "consents": customer_consents(customer),
        "subscriptions": PushSubscription.objects.filter(customer=customer).order_by("-pk"),
        "stats": CustomerStats.objects.filter(customer=customer).first(),
        "recent_events": Event.objects.filter(customer=customer)
        .select_related("product")
        .order_by("-occurred_at")[:20],
    }


@dataclass(frozen=True)
class SegmentCount:
    count: int | None
    estimate: int | None = None
    timed_out: bool = False
    error: str = ""


def _estimate(queryset: QuerySet[Customer]) -> int | None:
    sql, params = queryset.query.sql_with_params()
    try:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
    except DatabaseError:
        return None
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def _count_session(cursor: Any, timeout_ms: int) -> None:
    # Per transaction only. A segment count hashes a few hundred thousand shopper ids: with the
    # 4 MB default work_mem that spills to disk; JIT compilation costs more than it saves on a
    # query this size; and parallel workers each rebuild the same (non-shared) hash of event
    # ids, tripling the work (measured in campaigns/audience/bench.py).
    cursor.execute("SET LOCAL statement_timeout = %s", [int(timeout_ms)])
    cursor.execute("SET LOCAL work_mem = '64MB'")
    cursor.execute("SET LOCAL jit = off")
    cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")


def segment_count(
    rules: dict[str, Any], *, now: datetime | None = None, timeout_ms: int = COUNT_TIMEOUT_MS
) -> SegmentCount:
    """Exact count if the database answers within `timeout_ms`, else the planner's estimate.

    The live count runs on every keystroke pause; an expensive draft segment on a big shop must
    cost the page a bounded wait, never a stuck worker.
    """
    queryset = segment_queryset(rules, now=now)
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                _count_session(cursor, timeout_ms)
            return SegmentCount(count=queryset.count())
    except DatabaseError as exc:
        if "statement timeout" not in str(exc):
            logger.exception("segment count failed")
            return SegmentCount(count=None, error="The count failed; see the server log.")
    return SegmentCount(count=None, estimate=_estimate(queryset), timed_out=True)


def segment_preview(
    rules: dict[str, Any], *, now: datetime | None = None, timeout_ms: int = COUNT_TIMEOUT_MS
) -> list[Customer]:
    queryset = segment_queryset(rules, now=now).order_by("-pk")[:PREVIEW_SIZE]
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                _count_session(cursor, timeout_ms)
            return list(queryset)
    except DatabaseError:
        return []
