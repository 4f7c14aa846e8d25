from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns.audience.segments import segment_queryset, validate_rules, viewed_category_rules
from tests.factories import CustomerFactory, EventFactory, ProductFactory

pytestmark = pytest.mark.django_db


def behaviour(**kwargs):
    node = {"kind": "behaviour", "action": "view", "target": "category", "min_count": 1, "days": 30}
    node.update(kwargs)
    return node


def test_it_selects_shoppers_who_viewed_a_category_recently():
    running = ProductFactory(category="Running")
    yoga = ProductFactory(category="Yoga")
    recent = EventFactory(product=running).customer
    EventFactory(product=running, occurred_at=timezone.now() - timedelta(days=45))
    EventFactory(product=yoga)
    members = segment_queryset(viewed_category_rules(category="Running", days=30))
    assert list(members) == [recent]


def test_it_counts_min_occurrences_and_negation():
    running = ProductFactory(category="Running")
    twice, once = CustomerFactory(), CustomerFactory()
    EventFactory.create_batch(2, customer=twice, product=running)
    EventFactory(customer=once, product=running)
    twice_rule = {"op": "and", "rules": [behaviour(value="Running", min_count=2)]}
    assert set(segment_queryset(twice_rule)) == {twice}
    never = CustomerFactory()
    negated = {"op": "and", "rules": [behaviour(value="Running", negate=True)]}
    assert set(segment_queryset(negated)) == {never}


def test_it_combines_and_or_groups_with_attributes():
    running = ProductFactory(category="Running")
    de_runner = EventFactory(product=running, customer=CustomerFactory(country="DE")).customer
    fr_runner = EventFactory(product=running, customer=CustomerFactory(country="FR")).customer
    gold = CustomerFactory(country="IT", loyalty_tier="gold")
    rules = {
        "op": "or",
        "rules": [
            {
                "op": "and",
                "rules": [behaviour(value="Running"), {"kind": "country", "in": ["DE"]}],
            },
            {"kind": "loyalty_tier", "in": ["gold"]},
        ],
    }
    assert set(segment_queryset(rules)) == {de_runner, gold}
    assert fr_runner not in set(segment_queryset(rules))


def test_it_compiles_to_a_single_query(django_assert_num_queries):
    rules = {"op": "and", "rules": [behaviour(value="Running"), behaviour(value="Yoga")]}
    with django_assert_num_queries(1):
        segment_queryset(rules).count()


@pytest.mark.parametrize(
    "rules, message",
    [
        ({"op": "xor", "rules": []}, "op must be"),
        ({"op": "and"}, "list of rules"),
        ({"op": "and", "rules": [{"kind": "height"}]}, "Unknown condition"),
        ({"op": "and", "rules": [behaviour(action="stare", value="x")]}, "action must be"),
        ({"op": "and", "rules": [behaviour(value="")]}, "needs a value"),
        ({"op": "and", "rules": [behaviour(value="x", days=0)]}, "'days'"),
        ({"op": "and", "rules": [{"kind": "country", "in": []}]}, "non-empty list"),
    ],
)
def test_it_rejects_malformed_rules_with_a_clear_message(rules, message):
    with pytest.raises(ValidationError, match=message):
        validate_rules(rules)
