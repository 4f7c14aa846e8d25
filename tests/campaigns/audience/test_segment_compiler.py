"""The SQL the segment compiler writes agrees with a plain Python reading of the rules."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaigns.audience.models import Consent, Customer, Event, Product, PushSubscription
from campaigns.audience.segments import AGE_BAND_LABELS, RFM_BANDS, segment_queryset
from campaigns.audience.services import (
    STATS_WINDOW_DAYS,
    consent_state_refresh,
    customer_stats_refresh,
)
from inference.profile import _bands, age_band

pytestmark = pytest.mark.django_db

PRODUCTS = [
    ("SKU-A", "Running", "Northpeak", Decimal("20.00")),
    ("SKU-B", "Yoga", "Fjordline", Decimal("100.00")),
    ("SKU-C", "Running", "Fjordline", Decimal("300.00")),
]
ACTIONS = ["view", "add_to_cart", "purchase"]

customers_st = st.lists(
    st.fixed_dictionaries(
        {
            "country": st.sampled_from(["DE", "FR", "IT"]),
            "language": st.sampled_from(["en", "de"]),
            "loyalty_tier": st.sampled_from(["none", "silver", "gold"]),
            "birth_year": st.one_of(st.none(), st.integers(1940, 2015)),
        }
    ),
    min_size=1,
    max_size=8,
)
events_st = st.lists(
    st.tuples(
        st.integers(0, 7),
        st.sampled_from(ACTIONS),
        st.integers(0, 2),
        st.floats(0, 420, allow_nan=False),
        st.one_of(st.none(), st.decimals("0", "200", places=2)),
    ),
    max_size=30,
)
consents_st = st.lists(st.tuples(st.integers(0, 7), st.booleans(), st.integers(0, 50)), max_size=10)
subscriptions_st = st.lists(st.tuples(st.integers(0, 7), st.booleans()), max_size=6)


def _subset(values):
    return st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)


condition_st = st.one_of(
    st.fixed_dictionaries(
        {
            "kind": st.just("behaviour"),
            "action": st.sampled_from(ACTIONS),
            "target": st.sampled_from(["category", "brand", "product", "any"]),
            "value": st.sampled_from(["Running", "Yoga", "Fjordline", "Northpeak", "SKU-A"]),
            "min_count": st.integers(1, 3),
            "days": st.sampled_from([7, 30, 90, 365]),
            "negate": st.booleans(),
        }
    ),
    st.fixed_dictionaries(
        {"kind": st.just("country"), "in": _subset(["DE", "FR", "IT"]), "negate": st.booleans()}
    ),
    st.fixed_dictionaries({"kind": st.just("language"), "in": _subset(["en", "de"])}),
    st.fixed_dictionaries(
        {"kind": st.just("loyalty_tier"), "in": _subset(["none", "silver", "gold"])}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("age_band"), "in": _subset(list(AGE_BAND_LABELS)), "negate": st.booleans()}
    ),
    st.sampled_from(list(RFM_BANDS)).flatmap(
        lambda d: st.fixed_dictionaries(
            {
                "kind": st.just("rfm"),
                "dimension": st.just(d),
                "in": _subset(list(RFM_BANDS[d])),
                "negate": st.booleans(),
            }
        )
    ),
    st.fixed_dictionaries(
        {"kind": st.just("consent"), "purpose": st.just("push_marketing"), "negate": st.booleans()}
    ),
    st.fixed_dictionaries({"kind": st.just("push_subscription"), "negate": st.booleans()}),
)
rules_st = st.recursive(
    condition_st,
    lambda children: st.fixed_dictionaries(
        {"op": st.sampled_from(["and", "or"]), "rules": st.lists(children, max_size=3)}
    ),
    max_leaves=6,
).map(lambda node: node if "op" in node else {"op": "and", "rules": [node]})


def evaluate(node, shopper, now):
    """The obvious, slow reading of one rule for one shopper (a dict of their data)."""
    if "op" in node:
        results = [evaluate(child, shopper, now) for child in node["rules"]]
        if not results:
            return True
        return all(results) if node["op"] == "and" else any(results)
    kind = node["kind"]
    if kind == "behaviour":
        since = now - timedelta(days=node["days"])
        field = {"category": 1, "brand": 2, "product": 0}.get(node["target"])
        hits = [
            e
            for e in shopper["events"]
            if e["type"] == node["action"]
            and e["at"] >= since
            and (field is None or e["product"][field] == node["value"])
        ]
        result = len(hits) >= node["min_count"]
    elif kind in ("country", "language", "loyalty_tier"):
        result = shopper[kind] in node["in"]
    elif kind == "age_band":
        year = shopper["birth_year"]
        result = year is not None and age_band(now.year - year) in node["in"]
    elif kind == "rfm":
        purchases = [
            e
            for e in shopper["events"]
            if e["type"] == "purchase" and now - timedelta(days=STATS_WINDOW_DAYS) <= e["at"] <= now
        ]
        monetary = sum(
            (e["value"] if e["value"] is not None else e["product"][3]) for e in purchases
        )
        recency = (
            (now - max(e["at"] for e in purchases)).total_seconds() / 86400 if purchases else None
        )
        r, f, m, overall = _bands(recency, len(purchases), float(monetary))
        band = {"overall": overall, "recency": r, "frequency": f, "monetary": m}[node["dimension"]]
        result = band in node["in"]
    elif kind == "consent":
        history = sorted(shopper["consents"], key=lambda c: c[0])
        result = bool(history) and history[-1][1]
    else:
        result = any(shopper["subscriptions"])
    return not result if node.get("negate") else result


@given(
    customers=customers_st,
    events=events_st,
    consents=consents_st,
    subscriptions=subscriptions_st,
    rules=rules_st,
)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_it_selects_exactly_the_shoppers_a_brute_force_reading_selects(
    customers, events, consents, subscriptions, rules
):
    Customer.objects.all().delete()
    Product.objects.all().delete()
    now = timezone.now()
    products = [
        Product.objects.create(sku=s, name=s, category=c, brand=b, price=p)
        for s, c, b, p in PRODUCTS
    ]
    rows = [Customer.objects.create(external_id=f"c{i}", **c) for i, c in enumerate(customers)]
    shoppers = [{**c, "events": [], "consents": [], "subscriptions": []} for c in customers]
    for who, action, which, days_ago, value in events:
        if who >= len(rows):
            continue
        product, at = products[which], now - timedelta(days=days_ago)
        Event.objects.create(
            customer=rows[who],
            type=action,
            product=product,
            category=product.category,
            brand=product.brand,
            value=value,
            occurred_at=at,
        )
        shoppers[who]["events"].append(
            {"type": action, "at": at, "value": value, "product": PRODUCTS[which]}
        )
    seen = set()
    for who, granted, days_ago in consents:
        if who >= len(rows) or (who, days_ago) in seen:
            continue
        seen.add((who, days_ago))
        at = now - timedelta(days=days_ago)
        Consent.objects.create(
            customer=rows[who], purpose="push_marketing", granted=granted, recorded_at=at
        )
        shoppers[who]["consents"].append((at, granted))
    for n, (who, active) in enumerate(subscriptions):
        if who < len(rows):
            PushSubscription.objects.create(
                customer=rows[who], provider="fcm", endpoint=f"t{n}", active=active
            )
            shoppers[who]["subscriptions"].append(active)
    customer_stats_refresh(now=now)
    consent_state_refresh()

    expected = {rows[i].pk for i, s in enumerate(shoppers) if evaluate(rules, s, now)}
    actual = set(segment_queryset(rules, now=now).values_list("pk", flat=True))
    assert actual == expected, rules
