"""Writes for the audience: segments, API keys, and the purchase aggregates behind RFM."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.utils import timezone

from campaigns.audience.models import (
    ApiKey,
    Consent,
    ConsentState,
    CustomerStats,
    Event,
    Product,
    Segment,
)
from campaigns.audience.segments import validate_rules

# Purchases older than this no longer count towards frequency and monetary value.
STATS_WINDOW_DAYS = 365
KEY_PREFIX = "pw_"


def hash_api_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def api_key_create(
    *, name: str, user: User | None = None, rate_limit_per_minute: int = 120
) -> tuple[ApiKey, str]:
    """Returns the key and its raw value, which is shown once and never stored."""
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey.objects.create(
        name=name,
        prefix=raw[: len(KEY_PREFIX) + 6],
        hashed_key=hash_api_key(raw),
        rate_limit_per_minute=rate_limit_per_minute,
        created_by=user,
    )
    return key, raw


@transaction.atomic
def api_keys_revoke(*, keys: Sequence[ApiKey]) -> int:
    return ApiKey.objects.filter(pk__in=[k.pk for k in keys], revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def api_key_touch(*, key: ApiKey, now: datetime) -> None:
    # At most one write per key per minute: this runs on every API request.
    if key.last_used_at is None or now - key.last_used_at > timedelta(minutes=1):
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)


@transaction.atomic
def segment_save(
    *,
    segment: Segment | None = None,
    name: str,
    description: str = "",
    rules: dict[str, Any],
    user: User | None = None,
) -> Segment:
    validate_rules(rules)
    if segment is None:
        return Segment.objects.create(
            name=name, description=description, rules=rules, created_by=user
        )
    segment.name, segment.description, segment.rules = name, description, rules
    segment.save(update_fields=["name", "description", "rules", "updated_at"])
    return segment


def customer_stats_refresh(
    *, customer_ids: Sequence[int] | None = None, now: datetime | None = None
) -> None:
    """Recompute purchase aggregates, for some shoppers or (nightly) for everyone.

    One statement: aggregate the purchases in the window, delete rows of shoppers who no longer
    have any, upsert the rest. Unchanged rows are not rewritten, which keeps the nightly run
    from churning a million rows of dead tuples.
    """
    now = now or timezone.now()
    only = "AND e.customer_id = ANY(%(ids)s)" if customer_ids is not None else ""
    only_stats = "s.customer_id = ANY(%(ids)s) AND" if customer_ids is not None else ""
    stats, event, product = (
        CustomerStats._meta.db_table,
        Event._meta.db_table,
        Product._meta.db_table,
    )
    # Table names come from model metadata; every value is a parameter.
    sql = f"""
        WITH agg AS (
            SELECT e.customer_id,
                   max(e.occurred_at) AS last_purchase_at,
                   count(*) AS frequency,
                   coalesce(sum(coalesce(e.value, p.price * e.quantity)), 0) AS monetary
            FROM {event} e LEFT JOIN {product} p ON p.id = e.product_id
            WHERE e.type = 'purchase' AND e.occurred_at >= %(since)s
              AND e.occurred_at <= %(now)s {only}
            GROUP BY e.customer_id
        ), gone AS (
            DELETE FROM {stats} s
            WHERE {only_stats} NOT EXISTS (SELECT 1 FROM agg WHERE agg.customer_id = s.customer_id)
        )
        INSERT INTO {stats} AS s (customer_id, last_purchase_at, frequency, monetary, refreshed_at)
        SELECT customer_id, last_purchase_at, frequency, monetary, %(now)s FROM agg
        ON CONFLICT (customer_id) DO UPDATE SET
            last_purchase_at = EXCLUDED.last_purchase_at,
            frequency = EXCLUDED.frequency,
            monetary = EXCLUDED.monetary,
            refreshed_at = EXCLUDED.refreshed_at
        WHERE (s.last_purchase_at, s.frequency, s.monetary)
              IS DISTINCT FROM (EXCLUDED.last_purchase_at, EXCLUDED.frequency, EXCLUDED.monetary)
    """
    params: dict[str, Any] = {
        "since": now - timedelta(days=STATS_WINDOW_DAYS),
        "now": now,
        "ids": list(customer_ids or []),
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def consent_state_refresh(*, customer_ids: Sequence[int] | None = None) -> None:
    """Recompute the current consent per (shopper, purpose) from the history, in one statement.

    Derived from the history rather than from the rows just written, so consents arriving out
    of order (an older withdrawal imported after a newer grant) still leave the latest in force.
    """
    only = "WHERE customer_id = ANY(%(ids)s)" if customer_ids is not None else ""
    state, consent = ConsentState._meta.db_table, Consent._meta.db_table
    sql = f"""
        INSERT INTO {state} AS s (customer_id, purpose, granted, recorded_at)
        SELECT DISTINCT ON (customer_id, purpose) customer_id, purpose, granted, recorded_at
        FROM {consent} {only}
        ORDER BY customer_id, purpose, recorded_at DESC, id DESC
        ON CONFLICT (customer_id, purpose) DO UPDATE SET
            granted = EXCLUDED.granted, recorded_at = EXCLUDED.recorded_at
        WHERE (s.granted, s.recorded_at) IS DISTINCT FROM (EXCLUDED.granted, EXCLUDED.recorded_at)
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, {"ids": list(customer_ids or [])})
