import json

import pytest
from django.db import OperationalError
from django.urls import reverse

from campaigns.audience import selectors
from campaigns.audience.forms import rows_to_rules, rules_to_rows
from campaigns.audience.models import ApiKey, Product, Segment
from campaigns.audience.services import hash_api_key
from tests.factories import (
    CustomerFactory,
    CustomerPIIFactory,
    EventFactory,
    ProductFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def editor_data(**overrides):
    data = {
        "name": "Runners in DE",
        "description": "",
        "match": "or",
        "group_match": "and",
        "mode": "rows",
        "rules_json": "",
        "c-TOTAL_FORMS": "3",
        "c-INITIAL_FORMS": "0",
        "c-0-group": "1",
        "c-0-kind": "view",
        "c-0-target": "category",
        "c-0-value": "Running",
        "c-0-min_count": "1",
        "c-0-days": "30",
        "c-1-group": "1",
        "c-1-kind": "country",
        "c-1-value": "de",
        "c-2-group": "1",
        "c-2-kind": "",
    }
    data.update(overrides)
    return data


def test_it_shows_a_shopper_profile_without_pii(marketer_client):
    running = ProductFactory(category="Running", name="Trail shoe X")
    customer = EventFactory(product=running, type="add_to_cart").customer
    CustomerPIIFactory(customer=customer, email="secret@example.org", last_name="Hidden")
    page = marketer_client.get(reverse("campaigns:customer_detail", args=[customer.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Running" in html and "Trail shoe X" in html
    assert "secret@example.org" not in html and "Hidden" not in html


def test_it_lists_and_searches_shoppers(marketer_client):
    CustomerFactory(external_id="alpha-1", country="FR")
    CustomerFactory(external_id="beta-1", country="DE")
    page = marketer_client.get(reverse("campaigns:customer_list"), {"q": "alpha"})
    assert "alpha-1" in page.content.decode() and "beta-1" not in page.content.decode()
    fragment = marketer_client.get(
        reverse("campaigns:customer_list"),
        {"country": "de"},
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    assert "<h1>" not in fragment.content.decode()
    assert "beta-1" in fragment.content.decode()


def test_it_counts_live_and_saves_a_segment_built_from_rows(marketer_client):
    running = ProductFactory(category="Running")
    de = EventFactory(product=running, customer=CustomerFactory(country="DE")).customer
    EventFactory(product=running, customer=CustomerFactory(country="FR"))
    count = marketer_client.post(
        reverse("campaigns:segment_count"), editor_data(), headers={"HX-Request": "true"}
    )
    html = count.content.decode()
    assert "<strong>1</strong> shopper " in html and de.external_id in html
    assert "<h1>" not in html
    # Without JavaScript the Count button renders the whole page with the count.
    page = marketer_client.post(reverse("campaigns:segment_new"), editor_data(action="count"))
    assert "<strong>1</strong>" in page.content.decode()
    assert Segment.objects.count() == 0
    saved = marketer_client.post(reverse("campaigns:segment_new"), editor_data(action="save"))
    segment = Segment.objects.get()
    assert saved.url == reverse("campaigns:segment_edit", args=[segment.pk])
    assert segment.rules["op"] == "and"
    assert {"kind": "country", "in": ["DE"]} in segment.rules["rules"]
    edit = marketer_client.get(saved.url)
    assert 'value="Running"' in edit.content.decode()


def test_it_edits_nested_rules_as_json_and_reports_errors(marketer_client):
    nested = {
        "op": "and",
        "rules": [
            {"op": "or", "rules": [{"kind": "push_subscription"}, {"kind": "consent"}]},
            {"op": "or", "rules": [{"op": "and", "rules": [{"kind": "country", "in": ["DE"]}]}]},
        ],
    }
    data = editor_data(mode="json", rules_json=json.dumps(nested), action="save")
    marketer_client.post(reverse("campaigns:segment_new"), data)
    segment = Segment.objects.get()
    page = marketer_client.get(reverse("campaigns:segment_edit", args=[segment.pk]))
    assert 'value="json"' in page.content.decode() and "checked" in page.content.decode()
    bad = editor_data(mode="json", rules_json='{"op": "xor", "rules": []}', action="count")
    response = marketer_client.post(
        reverse("campaigns:segment_count"), bad, headers={"HX-Request": "true"}
    )
    assert "op must be" in response.content.decode()


def test_it_shows_an_estimate_when_the_count_times_out(marketer_client, monkeypatch):
    def slow(self):
        raise OperationalError("canceling statement due to statement timeout")

    monkeypatch.setattr("django.db.models.query.QuerySet.count", slow)
    result = selectors.segment_count({"op": "and", "rules": []})
    assert result.timed_out and result.count is None and result.estimate is not None
    response = marketer_client.post(
        reverse("campaigns:segment_count"), editor_data(), headers={"HX-Request": "true"}
    )
    assert "Counting timed out" in response.content.decode()


def test_it_round_trips_two_level_rules_through_rows():
    rules = rows_to_rules(
        "or",
        "and",
        [
            {"group": 1, "kind": "purchase", "target": "brand", "value": "X", "days": 7},
            {"group": 1, "kind": "rfm_overall", "value": "loyal, active", "negate": True},
            {"group": 2, "kind": "age_band", "value": "25-34"},
            {"group": 2, "kind": "push_subscription"},
        ],
    )
    assert rules["op"] == "or" and len(rules["rules"]) == 2
    match, group_match, rows = rules_to_rows(rules)
    assert rows_to_rules(match, group_match, rows) == rules


def test_the_admin_shows_a_new_api_key_once_and_stores_its_hash(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:campaigns_apikey_add"),
        {"name": "shopify", "rate_limit_per_minute": "60"},
        follow=True,
    )
    text = response.content.decode()
    key = ApiKey.objects.get()
    raw = text.split("API key for shopify: ")[1].split(" ")[0]
    assert key.hashed_key == hash_api_key(raw) and raw not in key.hashed_key
    again = client.get(reverse("admin:campaigns_apikey_change", args=[key.pk])).content.decode()
    assert raw not in again
    client.post(
        reverse("admin:campaigns_apikey_changelist"),
        {"action": "revoke", "_selected_action": [key.pk]},
    )
    key.refresh_from_db()
    assert key.revoked_at is not None


def test_the_admin_imports_an_uploaded_csv(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    url = reverse("admin:campaigns_products_import")
    assert client.get(url).status_code == 200
    upload = SimpleUploadedFile("p.csv", b"sku,name,category\nA,Mat,Yoga\nB,,\n")
    response = client.post(url, {"file": upload})
    assert "1 accepted" in response.content.decode()
    assert Product.objects.filter(sku="A").exists()
    bad = SimpleUploadedFile("p.csv", b"sku,name,category\nA,\xe9,Yoga\n")
    response = client.post(url, {"file": bad, "dry_run": "on"})
    assert "not UTF-8" in response.content.decode()


def test_it_shows_the_shoppers_own_local_time(marketer_client):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    customer = CustomerFactory(timezone="Asia/Tokyo", city="Osaka")
    page = marketer_client.get(reverse("campaigns:customer_detail", args=[customer.pk]))
    tokyo_hour = datetime.now(ZoneInfo("Asia/Tokyo")).strftime("%H:")
    assert f"Local time now</dt><dd>{tokyo_hour}" in page.content.decode()
