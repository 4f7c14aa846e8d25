"""Segment rule trees, validated and compiled to a single SQL query.

Grammar (JSON)::

    group     = {"op": "and" | "or", "rules": [node, ...]}
    node      = group | condition
    condition = {"kind": "behaviour", "action": "view" | "add_to_cart" | "purchase" | "search"
                         | "open" | "click" | "convert",
                 "target": "category" | "brand" | "product" | "any", "value": str,
                 "min_count": int >= 1, "days": int >= 1}
              | {"kind": "country" | "language" | "loyalty_tier", "in": [str, ...]}
              | {"kind": "age_band", "in": ["under 18", "18-24", ..., "65+"]}
              | {"kind": "rfm", "dimension": "overall" | "recency" | "frequency" | "monetary",
                 "in": [band, ...]}                     (bands: see RFM_BANDS)
              | {"kind": "consent", "purpose": "push_marketing" | ...}
              | {"kind": "push_subscription"}
    Every condition also takes "negate": bool.

Every condition compiles to a `Q` over `Customer`; behaviour, consent (via ConsentState),
subscriptions and RFM (via CustomerStats) become `Exists` subqueries, or a grouped `IN` for
`min_count > 1`, so the database evaluates the whole tree in one statement. `Exists` is never
NULL, which keeps negation two-valued.

Age and RFM bands use the same boundaries as `inference.profile`, so the profile page and the
segment agree on who is "loyal" or "25-34".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from campaigns.audience.models import (
    Consent,
    ConsentState,
    Customer,
    CustomerStats,
    Event,
    PushSubscription,
)

BEHAVIOUR_ACTIONS = ("view", "add_to_cart", "purchase", "search", "open", "click", "convert")
BEHAVIOUR_TARGETS = ("category", "brand", "product", "any")
LIST_FIELDS = ("country", "language", "loyalty_tier")
MAX_DEPTH = 6

# (label, lowest age, highest age), as inference.profile.age_band draws them.
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under 18", 0, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-54", 45, 54),
    ("55-64", 55, 64),
    ("65+", 65, 120),
)
AGE_BAND_LABELS = tuple(label for label, _, _ in AGE_BANDS)

# Boundaries shared with inference.profile._bands (a test holds the two together).
RECENT_DAYS = 30
LAPSING_DAYS = 90
FREQUENT_PURCHASES = 5
LOW_MONETARY = Decimal(50)
HIGH_MONETARY = Decimal(250)
RFM_BANDS: dict[str, tuple[str, ...]] = {
    "overall": ("new", "active", "loyal", "lapsed"),
    "recency": ("none", "recent", "lapsing", "lapsed"),
    "frequency": ("none", "one-time", "repeat", "frequent"),
    "monetary": ("none", "low", "mid", "high"),
}
CONSENT_PURPOSES = tuple(Consent.Purpose.values)


def viewed_category_rules(*, category: str, days: int) -> dict[str, Any]:
    """The rule tree for the simplest useful segment: viewed a category recently."""
    return {
        "op": "and",
        "rules": [
            {
                "kind": "behaviour",
                "action": "view",
                "target": "category",
                "value": category,
                "min_count": 1,
                "days": days,
            }
        ],
    }


def _validate_values(node: dict[str, Any], kind: str, allowed: tuple[str, ...] | None) -> None:
    values = node.get("in")
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise ValidationError(f"A {kind} condition needs a non-empty list of values.")
    if allowed is not None:
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise ValidationError(
                f"Unknown {kind} value {unknown[0]!r}: choose from {', '.join(allowed)}."
            )


def validate_rules(node: Any, depth: int = 0) -> None:
    """Raise ValidationError naming the first problem; the tree is untrusted user JSON."""
    if depth > MAX_DEPTH:
        raise ValidationError(f"Rule groups nest at most {MAX_DEPTH} levels deep.")
    if not isinstance(node, dict):
        raise ValidationError("Each rule must be an object.")
    if "op" in node:
        if node["op"] not in ("and", "or"):
            raise ValidationError("A group's op must be 'and' or 'or'.")
        rules = node.get("rules")
        if not isinstance(rules, list):
            raise ValidationError("A group needs a list of rules.")
        for child in rules:
            validate_rules(child, depth + 1)
        return
    if not isinstance(node.get("negate", False), bool):
        raise ValidationError("'negate' must be true or false.")
    kind = node.get("kind")
    if kind == "behaviour":
        if node.get("action") not in BEHAVIOUR_ACTIONS:
            raise ValidationError(
                f"Behaviour action must be one of {', '.join(BEHAVIOUR_ACTIONS)}."
            )
        target = node.get("target", "any")
        if target not in BEHAVIOUR_TARGETS:
            raise ValidationError(
                f"Behaviour target must be one of {', '.join(BEHAVIOUR_TARGETS)}."
            )
        if target != "any" and not str(node.get("value") or "").strip():
            raise ValidationError(f"A {target} condition needs a value.")
        for key, low in (("min_count", 1), ("days", 1)):
            value = node.get(key, 1)
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ValidationError(f"'{key}' must be a whole number of at least {low}.")
        if node.get("days", 1) > 3660:
            raise ValidationError("'days' can look back at most 3660 days.")
        return
    if kind in LIST_FIELDS:
        _validate_values(node, kind, None)
        return
    if kind == "age_band":
        _validate_values(node, "age band", AGE_BAND_LABELS)
        return
    if kind == "rfm":
        dimension = node.get("dimension", "overall")
        if dimension not in RFM_BANDS:
            raise ValidationError(f"RFM dimension must be one of {', '.join(RFM_BANDS)}.")
        _validate_values(node, f"RFM {dimension}", RFM_BANDS[dimension])
        return
    if kind == "consent":
        if node.get("purpose", "push_marketing") not in CONSENT_PURPOSES:
            raise ValidationError(f"Consent purpose must be one of {', '.join(CONSENT_PURPOSES)}.")
        return
    if kind == "push_subscription":
        return
    raise ValidationError(f"Unknown condition kind: {kind!r}.")


def _matching_events(node: dict[str, Any], now: datetime) -> QuerySet[Event]:
    events = Event.objects.filter(
        type=node["action"], occurred_at__gte=now - timedelta(days=node.get("days", 1))
    )
    target, value = node.get("target", "any"), node.get("value")
    if target == "category":
        events = events.filter(category=value)
    elif target == "brand":
        events = events.filter(brand=value)
    elif target == "product":
        events = events.filter(product__sku=value)
    return events


def _behaviour_q(node: dict[str, Any], now: datetime) -> Q:
    events = _matching_events(node, now)
    min_count = node.get("min_count", 1)
    if min_count == 1:
        return Q(Exists(events.filter(customer=OuterRef("pk"))))

    def counted(qs: QuerySet[Event]) -> QuerySet[Any, Any]:
        return qs.order_by().values("customer").annotate(n=Count("pk")).filter(n__gte=min_count)

    # GROUP BY customer HAVING count >= n. Uncorrelated (IN) when positive, so it runs once
    # as a hash semi-join; correlated, a GROUP BY runs once per shopper. Negated it stays a
    # correlated EXISTS, because NOT IN can fall back to rescanning the subquery per row.
    if node.get("negate"):
        return Q(Exists(counted(events.filter(customer=OuterRef("pk")))))
    return Q(pk__in=counted(events).values("customer"))


def _age_band_q(node: dict[str, Any], now: datetime) -> Q:
    # Age is "this year minus birth year", exactly as the profile computes it.
    q = Q()
    for label, low, high in AGE_BANDS:
        if label in node["in"]:
            q |= Q(birth_year__gte=now.year - high, birth_year__lte=now.year - low)
    return Q(birth_year__isnull=False) & q


def _rfm_band_q(dimension: str, band: str, now: datetime) -> Q | None:
    """The band as a filter on CustomerStats, or None for 'has no purchases' bands."""
    recent, lapsing = now - timedelta(days=RECENT_DAYS), now - timedelta(days=LAPSING_DAYS)
    high_value = Q(frequency__gte=2, monetary__gte=LOW_MONETARY)
    table: dict[tuple[str, str], Q | None] = {
        ("overall", "new"): None,
        ("overall", "lapsed"): Q(last_purchase_at__lt=lapsing),
        ("overall", "loyal"): Q(last_purchase_at__gte=lapsing) & high_value,
        ("overall", "active"): Q(last_purchase_at__gte=lapsing) & ~high_value,
        ("recency", "none"): None,
        ("recency", "recent"): Q(last_purchase_at__gte=recent),
        ("recency", "lapsing"): Q(last_purchase_at__lt=recent, last_purchase_at__gte=lapsing),
        ("recency", "lapsed"): Q(last_purchase_at__lt=lapsing),
        ("frequency", "none"): None,
        ("frequency", "one-time"): Q(frequency=1),
        ("frequency", "repeat"): Q(frequency__gte=2, frequency__lt=FREQUENT_PURCHASES),
        ("frequency", "frequent"): Q(frequency__gte=FREQUENT_PURCHASES),
        ("monetary", "none"): None,
        ("monetary", "low"): Q(monetary__gt=0, monetary__lt=LOW_MONETARY),
        ("monetary", "mid"): Q(monetary__gte=LOW_MONETARY, monetary__lt=HIGH_MONETARY),
        ("monetary", "high"): Q(monetary__gte=HIGH_MONETARY),
    }
    return table[(dimension, band)]


def _rfm_q(node: dict[str, Any], now: datetime) -> Q:
    dimension = node.get("dimension", "overall")
    stats = CustomerStats.objects.filter(customer=OuterRef("pk"), frequency__gte=1)
    inner = Q()
    wants_none = False
    for band in node["in"]:
        band_q = _rfm_band_q(dimension, band, now)
        if band_q is None:
            wants_none = True
        else:
            inner |= band_q
    # All wanted bands in one subquery, so the planner sees a single semi-join.
    q = Q(Exists(stats.filter(inner))) if inner else Q(pk__in=[])
    if wants_none:
        empty = stats.filter(monetary__gt=0) if dimension == "monetary" else stats
        q |= ~Q(Exists(empty))
    return q


def _consent_q(node: dict[str, Any]) -> Q:
    purpose = node.get("purpose", Consent.Purpose.PUSH_MARKETING)
    # ConsentState holds the latest row of the history per purpose; see its docstring.
    return Q(
        Exists(ConsentState.objects.filter(customer=OuterRef("pk"), purpose=purpose, granted=True))
    )


def _condition_q(node: dict[str, Any], now: datetime) -> Q:
    kind = node["kind"]
    if kind == "behaviour":
        q = _behaviour_q(node, now)
    elif kind == "age_band":
        q = _age_band_q(node, now)
    elif kind == "rfm":
        q = _rfm_q(node, now)
    elif kind == "consent":
        q = _consent_q(node)
    elif kind == "push_subscription":
        q = Q(Exists(PushSubscription.objects.filter(customer=OuterRef("pk"), active=True)))
    else:
        q = Q(**{f"{kind}__in": node["in"]})
    return ~q if node.get("negate") else q


def _compile(node: dict[str, Any], now: datetime) -> Q:
    if "op" in node:
        parts = [_compile(child, now) for child in node["rules"]]
        if not parts:
            # An empty group is "no conditions": everyone, also when it is one branch of an OR.
            return Q(pk__isnull=False)
        combined = parts[0]
        for part in parts[1:]:
            combined = combined & part if node["op"] == "and" else combined | part
        return combined
    return _condition_q(node, now)


def segment_queryset(rules: dict[str, Any], *, now: datetime | None = None) -> QuerySet[Customer]:
    validate_rules(rules)
    return Customer.objects.filter(_compile(rules, now or timezone.now()))
