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

Every condition compiles to a `Q` over `Customer`; behaviour, consent, subscriptions and RFM
become correlated `Exists` subqueries (or a counted subquery for `min_count > 1`) so the
database evaluates the whole tree in one statement. `Exists` is never NULL, which keeps
negation two-valued.

Age and RFM bands use the same boundaries as `inference.profile`, so the profile page and the
segment agree on who is "loyal" or "25-34".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from campaigns.audience.models import Customer, Event

BEHAVIOUR_ACTIONS = ("view", "add_to_cart", "purchase", "search")
BEHAVIOUR_TARGETS = ("category", "brand", "product", "any")
LIST_FIELDS = ("country", "language", "loyalty_tier")
MAX_DEPTH = 6


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
        return
    if kind in LIST_FIELDS:
        values = node.get("in")
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) for v in values)
        ):
            raise ValidationError(f"A {kind} condition needs a non-empty list of values.")
        return
    raise ValidationError(f"Unknown condition kind: {kind!r}.")


def _behaviour_q(node: dict[str, Any], now: datetime) -> Q:
    since = now - timedelta(days=node.get("days", 1))
    events = Event.objects.filter(
        customer=OuterRef("pk"), type=node["action"], occurred_at__gte=since
    )
    target = node.get("target", "any")
    value = node.get("value")
    if target == "category":
        events = events.filter(category=value)
    elif target == "brand":
        events = events.filter(brand=value)
    elif target == "product":
        events = events.filter(product__sku=value)
    min_count = node.get("min_count", 1)
    if min_count > 1:
        # GROUP BY customer HAVING count >= n, still correlated, still one statement.
        q = Q(
            Exists(
                events.order_by()
                .values("customer")
                .annotate(n=Count("pk"))
                .filter(n__gte=min_count)
            )
        )
    else:
        q = Q(Exists(events))
    return ~q if node.get("negate") else q


def _compile(node: dict[str, Any], now: datetime) -> Q:
    if "op" in node:
        parts = [_compile(child, now) for child in node["rules"]]
        if not parts:
            return Q()
        combined = parts[0]
        for part in parts[1:]:
            combined = combined & part if node["op"] == "and" else combined | part
        return combined
    kind = node["kind"]
    if kind == "behaviour":
        return _behaviour_q(node, now)
    return Q(**{f"{kind}__in": node["in"]})


def segment_queryset(rules: dict[str, Any], *, now: datetime | None = None) -> QuerySet[Customer]:
    validate_rules(rules)
    return Customer.objects.filter(_compile(rules, now or timezone.now()))
