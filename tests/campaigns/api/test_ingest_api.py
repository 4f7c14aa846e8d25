import json
from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.audience.models import (
    Consent,
    Customer,
    CustomerPII,
    CustomerStats,
    Event,
    Product,
    PushSubscription,
)
from campaigns.audience.services import api_key_create, api_keys_revoke
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_key():
    return api_key_create(name="shop-test", rate_limit_per_minute=10_000)


@pytest.fixture
def post(client, api_key):
    def send(path, body, key=None, **extra):
        data = body if isinstance(body, str | bytes) else json.dumps(body)
        return client.post(
            f"/api/v1/{path}",
            data=data,
            content_type="application/json",
            headers={"X-API-Key": key if key is not None else api_key[1]},
            **extra,
        )

    return send


def event(n, **overrides):
    item = {
        "event_id": f"ev-{n}",
        "customer_id": "c-1",
        "type": "view",
        "sku": "SKU-1",
        "occurred_at": (timezone.now() - timedelta(hours=1)).isoformat(),
    }
    item.update(overrides)
    return item


def test_it_stores_a_batch_of_events_once_however_often_it_is_sent(post):
    ProductFactory(sku="SKU-1", category="Running", brand="Northpeak")
    batch = {"items": [event(n) for n in range(5)]}
    first = post("events", batch)
    assert first.status_code == 200, first.content
    assert first.json() == {"accepted": 5, "duplicates": 0, "errors": []}
    again = post("events", batch)
    assert again.json() == {"accepted": 0, "duplicates": 5, "errors": []}
    assert Event.objects.count() == 5
    stored = Event.objects.first()
    assert (stored.category, stored.brand) == ("Running", "Northpeak")
    # An unknown shopper becomes a stub that a later customer upsert completes.
    assert Customer.objects.get(external_id="c-1").country == ""


def test_it_counts_repeats_inside_one_batch_as_duplicates(post):
    ProductFactory(sku="SKU-1")
    response = post("events", {"items": [event(1), event(1), event(2)]})
    assert response.json()["accepted"] == 2
    assert response.json()["duplicates"] == 1


def test_it_reports_each_bad_event_by_index_and_keeps_the_good_ones(post):
    ProductFactory(sku="SKU-1")
    future = (timezone.now() + timedelta(hours=1)).isoformat()
    skewed = (timezone.now() + timedelta(minutes=2)).isoformat()
    items = [
        event(0),
        event(1, type="teleport"),
        event(2, occurred_at=future),
        event(3, sku="NOPE"),
        event(4, occurred_at="2026-01-01T10:00:00"),
        event(5, occurred_at=skewed),
        "not an object",
        event(7, type="search", sku=None, query="trail shoes"),
        event(8, type="purchase", sku=None),
    ]
    body = post("events", {"items": items}).json()
    assert body["accepted"] == 3
    errors = {e["index"]: e["message"] for e in body["errors"]}
    assert set(errors) == {1, 2, 3, 4, 6, 8}
    assert "type" in errors[1]
    assert "in the future" in errors[2]
    assert "unknown sku 'NOPE'" in errors[3]
    assert "timezone" in errors[4]
    assert "JSON object" in errors[6]
    assert "needs a sku" in errors[8]
    assert set(Event.objects.values_list("event_id", flat=True)) == {"ev-0", "ev-5", "ev-7"}


def test_it_refreshes_purchase_stats_for_buyers(post):
    ProductFactory(sku="SKU-1", price="30.00")
    post("events", {"items": [event(1, type="purchase", quantity=2), event(2, type="purchase")]})
    stats = CustomerStats.objects.get(customer__external_id="c-1")
    assert (stats.frequency, stats.monetary) == (2, 90)


def test_it_upserts_customers_with_pii_consent_and_subscriptions_in_their_tables(post):
    item = {
        "external_id": "c-9",
        "country": "de",
        "timezone": "Europe/Berlin",
        "birth_year": 1988,
        "pii": {"first_name": "Jana", "email": "jana@example.org"},
        "consents": [
            {"purpose": "push_marketing", "granted": True, "recorded_at": "2026-01-01T10:00:00Z"}
        ],
        "push_subscriptions": [{"provider": "fcm", "endpoint": "token-1"}],
    }
    assert post("customers", {"items": [item]}).json()["accepted"] == 1
    assert post("customers", {"items": [item]}).json()["accepted"] == 1
    customer = Customer.objects.get(external_id="c-9")
    assert (customer.country, customer.birth_year) == ("DE", 1988)
    assert CustomerPII.objects.get(customer=customer).email == "jana@example.org"
    assert Consent.objects.filter(customer=customer).count() == 1
    assert PushSubscription.objects.get(customer=customer).active
    # Only the fields sent are changed.
    post("customers", {"items": [{"external_id": "c-9", "city": "Köln"}]})
    customer.refresh_from_db()
    assert (customer.city, customer.birth_year) == ("Köln", 1988)


def test_it_rejects_bad_customers_and_new_products_without_a_name(post):
    bad = post(
        "customers",
        {"items": [{"external_id": "ok"}, {"external_id": "x", "timezone": "Mars/Olympus"}]},
    ).json()
    assert bad["accepted"] == 1
    assert bad["errors"][0]["index"] == 1
    assert "time zone" in bad["errors"][0]["message"]
    products = post(
        "products",
        {"items": [{"sku": "A", "name": "Mat", "category": "Yoga"}, {"sku": "B", "price": 3}]},
    ).json()
    assert products["accepted"] == 1
    assert "name and category are required" in products["errors"][0]["message"]
    assert post("products", {"items": [{"sku": "A", "price": "9.50"}]}).json()["accepted"] == 1
    assert Product.objects.get(sku="A").name == "Mat"


@pytest.mark.parametrize(
    "body, status, message",
    [
        ('{"items": [', 400, "Malformed JSON"),
        ('{"items": [NaN]}', 400, "Malformed JSON"),
        ("[]", 422, '"items" list'),
        ('{"items": []}', 422, "empty"),
        ('{"items": [{}], "extra": 1}', 422, "extra"),
    ],
)
def test_it_rejects_a_malformed_body_with_a_clear_message(post, body, status, message):
    response = post("events", body)
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_it_limits_items_per_call_and_body_size(post, settings):
    response = post("events", {"items": [{}] * 1001})
    assert response.status_code == 422
    assert "At most 1000" in response.json()["detail"]
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post("events", {"items": [event(n) for n in range(20)]})
    assert response.status_code == 413


def test_it_answers_401_without_a_key_or_with_a_revoked_one(post, api_key):
    assert post("events", {"items": [event(1)]}, key="").status_code == 401
    assert "Missing" in post("events", {"items": [event(1)]}, key="").json()["detail"]
    assert post("events", {"items": [event(1)]}, key="pw_guess").status_code == 401
    api_keys_revoke(keys=[api_key[0]])
    response = post("events", {"items": [event(1)]})
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]
    assert Event.objects.count() == 0


def test_it_rate_limits_per_key_with_retry_after(client):
    _, raw = api_key_create(name="tiny", rate_limit_per_minute=2)
    statuses = []
    for _ in range(3):
        response = client.post(
            "/api/v1/products",
            data=json.dumps({"items": [{"sku": "A", "name": "Mat", "category": "Yoga"}]}),
            content_type="application/json",
            headers={"X-API-Key": raw},
        )
        statuses.append(response.status_code)
    assert statuses == [200, 200, 429]
    assert 1 <= int(response["Retry-After"]) <= 60


def test_it_serves_openapi_docs(client):
    assert client.get("/api/docs").status_code == 200
    schema = client.get("/api/openapi.json").json()
    body = schema["paths"]["/api/v1/events"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("EventBatch")
    assert "EventIn" in schema["components"]["schemas"]


def test_it_refuses_to_bring_back_an_erased_shopper(post):
    from campaigns.delivery.privacy import customer_erase

    ProductFactory(sku="SKU-1")
    assert (
        post("customers", {"items": [{"external_id": "gone-1", "city": "Lyon"}]}).json()["accepted"]
        == 1
    )
    customer_erase(external_id="gone-1")
    again = post(
        "customers",
        {"items": [{"external_id": "gone-1", "city": "Lyon"}, {"external_id": "kept-1"}]},
    ).json()
    assert again["accepted"] == 1
    assert again["errors"] == [
        {"index": 0, "message": "this shopper was erased on request; their data is not accepted"}
    ]
    late = post("events", {"items": [event(1, customer_id="gone-1"), event(2)]}).json()
    assert late["accepted"] == 1 and [e["index"] for e in late["errors"]] == [0]
    assert not Customer.objects.filter(external_id="gone-1").exists()
    assert Customer.objects.filter(external_id__in=["kept-1", "c-1"]).count() == 2
