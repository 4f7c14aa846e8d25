"""Batch writes of shop data, shared by the HTTP API and the CSV import.

Each batch is validated item by item: a bad item is reported by its index and the good ones
are still stored. Writes are set-based (INSERT ... ON CONFLICT), a handful of statements per
batch whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

import pydantic
from django.db import models, transaction
from django.utils import timezone

from campaigns.audience import services
from campaigns.audience.models import (
    Consent,
    Customer,
    CustomerPII,
    Event,
    Product,
    PushSubscription,
)
from campaigns.audience.schemas import CustomerIn, EventIn, Item, ProductIn

MAX_BATCH = 1000
CLOCK_SKEW = timedelta(minutes=5)
CUSTOMER_FIELDS = (
    "country",
    "city",
    "timezone",
    "language",
    "birth_year",
    "loyalty_tier",
    "attributes",
)
PII_FIELDS = ("first_name", "last_name", "email", "phone", "street")
PRODUCT_FIELDS = ("name", "category", "brand", "price", "currency", "in_stock", "attributes")

T = TypeVar("T", bound=Item)


@dataclass(frozen=True)
class ItemError:
    index: int
    message: str


@dataclass
class BatchResult:
    accepted: int = 0
    duplicates: int = 0
    errors: list[ItemError] = field(default_factory=list)

    def merge(self, other: BatchResult) -> None:
        self.accepted += other.accepted
        self.duplicates += other.duplicates
        self.errors.extend(other.errors)


def describe(exc: pydantic.ValidationError) -> str:
    """One readable line per problem: 'occurred_at: Input should have timezone info'."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def parse_items(
    raw: Iterable[tuple[int, Any]], schema: type[T]
) -> tuple[list[tuple[int, T]], list[ItemError]]:
    valid: list[tuple[int, T]] = []
    errors: list[ItemError] = []
    for index, data in raw:
        if not isinstance(data, dict):
            errors.append(ItemError(index, "each item must be a JSON object"))
            continue
        try:
            valid.append((index, schema.model_validate(data)))
        except pydantic.ValidationError as exc:
            errors.append(ItemError(index, describe(exc)))
    return valid, errors


def _value(model: type[models.Model], name: str, value: Any) -> Any:
    # An explicit null resets the field, to the same value a new row would get.
    if value is not None:
        return value
    model_field = model._meta.get_field(name)
    assert isinstance(model_field, models.Field)
    return model_field.get_default()


def _given(item: Item, names: Sequence[str]) -> tuple[str, ...]:
    return tuple(n for n in names if n in item.model_fields_set)


def _upsert_grouped(
    model: type[models.Model],
    rows: list[tuple[Item, dict[str, Any]]],
    names: Sequence[str],
    unique: list[str],
    touch: Sequence[str] = (),
) -> None:
    """Upsert, updating only the fields each item sent.

    Items are grouped by which fields they carry (a batch nearly always has one group) because
    one INSERT ... ON CONFLICT DO UPDATE sets the same columns on every row.
    """
    groups: dict[tuple[str, ...], list[models.Model]] = defaultdict(list)
    for item, keys in rows:
        given = _given(item, names)
        values = {n: _value(model, n, getattr(item, n)) for n in given}
        groups[given].append(model(**keys, **values))
    for given, objs in groups.items():
        update = [*given, *touch]
        if update:
            model._default_manager.bulk_create(
                objs, update_conflicts=True, unique_fields=unique, update_fields=update
            )
        else:
            model._default_manager.bulk_create(objs, ignore_conflicts=True)


def _last_wins(items: list[tuple[int, T]], key: str) -> list[tuple[int, T]]:
    # Postgres refuses to update one row twice in a statement, so keep each key's last item.
    latest: dict[Any, tuple[int, T]] = {}
    for index, item in items:
        latest[getattr(item, key)] = (index, item)
    return list(latest.values())


@transaction.atomic
def _without_erased(
    items: list[tuple[int, T]], key: str, result: BatchResult
) -> list[tuple[int, T]]:
    """Drop items about shoppers erased under the right to erasure, each with a clear error:
    a re-import or a late event must not bring a deleted person back."""
    from campaigns.delivery.selectors import erased_external_ids

    erased = erased_external_ids([getattr(item, key) for _, item in items])
    kept = []
    for index, item in items:
        if getattr(item, key) in erased:
            result.errors.append(
                ItemError(index, "this shopper was erased on request; their data is not accepted")
            )
        else:
            kept.append((index, item))
    return kept


def customers_upsert(*, items: list[tuple[int, CustomerIn]], source: str) -> BatchResult:
    refused = BatchResult()
    items = _without_erased(items, "external_id", refused)
    unique = _last_wins(items, "external_id")
    _upsert_grouped(
        Customer,
        [(item, {"external_id": item.external_id}) for _, item in unique],
        CUSTOMER_FIELDS,
        ["external_id"],
        touch=["updated_at"],
    )
    ids = dict(
        Customer.objects.filter(external_id__in=[i.external_id for _, i in unique]).values_list(
            "external_id", "pk"
        )
    )
    pii_rows: list[tuple[Item, dict[str, Any]]] = [
        (item.pii, {"customer_id": ids[item.external_id]})
        for _, item in unique
        if item.pii is not None and _given(item.pii, PII_FIELDS)
    ]
    _upsert_grouped(CustomerPII, pii_rows, PII_FIELDS, ["customer"])
    consents = [
        Consent(
            customer_id=ids[item.external_id],
            purpose=c.purpose,
            granted=c.granted,
            recorded_at=c.recorded_at,
            source=c.source or source,
            text_version=c.text_version,
        )
        for _, item in items
        for c in item.consents or []
    ]
    # History is append-only; a consent already recorded (same shopper, purpose, time) is kept.
    Consent.objects.bulk_create(consents, ignore_conflicts=True)
    if consents:
        from campaigns.delivery.services import outbox_suppress_withdrawn

        consenting = sorted({c.customer_id for c in consents})
        services.consent_state_refresh(customer_ids=consenting)
        outbox_suppress_withdrawn(customer_ids=consenting)
    now = timezone.now()
    subscriptions: dict[tuple[str, str], PushSubscription] = {}
    for _, item in items:
        for s in item.push_subscriptions or []:
            subscriptions[(s.provider, s.endpoint)] = PushSubscription(
                customer_id=ids[item.external_id],
                provider=s.provider,
                endpoint=s.endpoint,
                keys=s.keys,
                active=s.active,
                deactivated_at=None if s.active else now,
            )
    PushSubscription.objects.bulk_create(
        list(subscriptions.values()),
        update_conflicts=True,
        unique_fields=["provider", "endpoint"],
        update_fields=["customer", "keys", "active", "deactivated_at"],
    )
    return BatchResult(accepted=len(items), errors=refused.errors)


@transaction.atomic
def products_upsert(*, items: list[tuple[int, ProductIn]]) -> BatchResult:
    result = BatchResult()
    unique = _last_wins(items, "sku")
    existing = set(
        Product.objects.filter(sku__in=[i.sku for _, i in unique]).values_list("sku", flat=True)
    )
    rows: list[tuple[Item, dict[str, Any]]] = []
    rejected: set[str] = set()
    for index, item in unique:
        if item.sku not in existing and not (item.name and item.category):
            result.errors.append(
                ItemError(index, f"sku {item.sku!r} is new: name and category are required")
            )
            rejected.add(item.sku)
            continue
        rows.append((item, {"sku": item.sku}))
    _upsert_grouped(Product, rows, PRODUCT_FIELDS, ["sku"])
    result.accepted = sum(1 for _, item in items if item.sku not in rejected)
    return result


@transaction.atomic
def events_track(*, items: list[tuple[int, EventIn]], now: datetime | None = None) -> BatchResult:
    """Store events; an event_id seen before (in this batch or earlier) counts as a duplicate.

    Unknown SKUs are rejected rather than stubbed: category and brand are copied onto the event
    here, and a stub product has neither, so its events would silently never match a segment.
    Unknown shoppers, in contrast, are created with only their external_id: their attributes
    are read at segment time, so a later customer upsert fills them in.
    """
    now = now or timezone.now()
    result = BatchResult()
    skus = {item.sku for _, item in items if item.sku}
    products = {
        sku: (pk, category, brand)
        for sku, pk, category, brand in Product.objects.filter(sku__in=skus).values_list(
            "sku", "pk", "category", "brand"
        )
    }
    candidates: list[tuple[int, EventIn]] = []
    for index, item in _without_erased(items, "customer_id", result):
        if item.occurred_at > now + CLOCK_SKEW:
            result.errors.append(
                ItemError(
                    index,
                    f"occurred_at {item.occurred_at.isoformat()} is in the future "
                    f"(server time {now.isoformat(timespec='seconds')}, 5 minutes skew allowed)",
                )
            )
        elif item.sku and item.sku not in products:
            result.errors.append(
                ItemError(index, f"unknown sku {item.sku!r}: upsert the product first")
            )
        else:
            candidates.append((index, item))
    event_ids = [item.event_id for _, item in candidates if item.event_id]
    seen = set(Event.objects.filter(event_id__in=event_ids).values_list("event_id", flat=True))
    fresh: list[EventIn] = []
    for _, item in candidates:
        if item.event_id:
            if item.event_id in seen:
                result.duplicates += 1
                continue
            seen.add(item.event_id)
        fresh.append(item)
    external_ids = {item.customer_id for item in fresh}
    Customer.objects.bulk_create(
        [Customer(external_id=x) for x in sorted(external_ids)], ignore_conflicts=True
    )
    customers = dict(
        Customer.objects.filter(external_id__in=external_ids).values_list("external_id", "pk")
    )
    events = []
    for item in fresh:
        product = products.get(item.sku) if item.sku else None
        events.append(
            Event(
                customer_id=customers[item.customer_id],
                type=item.type,
                product_id=product[0] if product else None,
                category=product[1] if product else "",
                brand=product[2] if product else "",
                query=item.query or "",
                quantity=item.quantity,
                value=item.value,
                context=item.context or {},
                occurred_at=item.occurred_at,
                event_id=item.event_id,
            )
        )
    # A concurrent request may have stored the same event_id since the check above; the
    # constraint absorbs it, so at worst the counts (not the data) are off.
    Event.objects.bulk_create(events, ignore_conflicts=True)
    result.accepted = len(events)
    buyers = [customers[i.customer_id] for i in fresh if i.type == Event.Type.PURCHASE]
    if buyers:
        services.customer_stats_refresh(customer_ids=buyers)
    return result
