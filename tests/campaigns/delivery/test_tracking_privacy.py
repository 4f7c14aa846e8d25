import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from campaigns.audience.models import Customer, Event
from campaigns.delivery import privacy, selectors, tracking
from campaigns.delivery.models import ErasedCustomer, OutboxMessage
from tests.factories import (
    CustomerPIIFactory,
    EventFactory,
    OutboxMessageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_it_records_a_click_once_and_redirects_to_the_offer(client, settings):
    row = OutboxMessageFactory(status="sent")
    row.message.campaign.offer.landing_url = "https://shop.example/running"
    row.message.campaign.offer.save()
    url = tracking.click_url(row.pk)
    path = url.split(settings.DELIVERY_PUBLIC_BASE_URL.rstrip("/"), 1)[1]
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == "https://shop.example/running"
    [click] = Event.objects.filter(type="click")
    assert click.customer_id == row.customer_id
    assert click.context == {
        "outbox_id": row.pk,
        "message_id": row.message_id,
        "campaign_id": row.message.campaign_id,
    }


def test_it_falls_back_to_the_default_storefront_url(client, settings):
    row = OutboxMessageFactory(status="sent")
    token = tracking.make_token(row.pk, salt=tracking.CLICK_SALT)
    response = client.get(reverse("delivery:click", args=[token]))
    assert response["Location"] == settings.DELIVERY_DEFAULT_LANDING_URL


def test_it_answers_404_to_tampered_or_foreign_tokens(client):
    row = OutboxMessageFactory(status="sent")
    token = tracking.make_token(row.pk, salt=tracking.CLICK_SALT)
    other = tracking.make_token(row.pk + 1, salt=tracking.CLICK_SALT)
    tampered = other.split(":", 1)[0] + ":" + token.split(":", 1)[1]
    open_token = tracking.make_token(row.pk, salt=tracking.OPEN_SALT)
    for bad in (tampered, open_token, "garbage", token[:-2] + "xx"):
        assert client.get(reverse("delivery:click", args=[bad])).status_code == 404
    assert not Event.objects.exists()


def test_it_records_opens_from_the_service_worker_beacon(client):
    row = OutboxMessageFactory(status="sent")
    token = tracking.make_token(row.pk, salt=tracking.OPEN_SALT)
    post = lambda t: client.post(  # noqa: E731
        reverse("delivery:open"), json.dumps({"token": t}), content_type="application/json"
    )
    assert post(token).status_code == 204
    assert post(token).status_code == 204
    assert post(tracking.make_token(row.pk, salt=tracking.CLICK_SALT)).status_code == 404
    assert Event.objects.filter(type="open", customer=row.customer).count() == 1


def test_it_attributes_a_purchase_within_the_window_to_the_last_click(settings):
    settings.DELIVERY_ATTRIBUTION_DAYS = 7
    row = OutboxMessageFactory(status="sent")
    now = timezone.now()
    tracking.tracking_click_record(
        token=tracking.make_token(row.pk, salt=tracking.CLICK_SALT), now=now - timedelta(days=2)
    )
    inside = EventFactory(
        customer=row.customer, type="purchase", occurred_at=now, value=Decimal("42")
    )
    outside = EventFactory(
        customer=row.customer, type="purchase", occurred_at=now - timedelta(days=10)
    )
    before_click = EventFactory(
        customer=row.customer, type="purchase", occurred_at=now - timedelta(days=3)
    )
    assert tracking.conversions_attribute_recent(now=now) == 1
    assert tracking.conversions_attribute_recent(now=now) == 0
    [convert] = Event.objects.filter(type="convert")
    assert convert.value == Decimal("42") and convert.context["purchase_event_id"] == inside.pk
    assert convert.context["campaign_id"] == row.message.campaign_id
    assert tracking.conversion_attribute_purchase(purchase=outside) is None
    assert tracking.conversion_attribute_purchase(purchase=before_click) is None


def test_it_erases_a_shopper_and_keeps_only_a_tombstone():
    pii = CustomerPIIFactory(customer__external_id="shopper-42")
    customer = pii.customer
    pending = OutboxMessageFactory(customer=customer, message__customer=customer)
    EventFactory(customer=customer)
    bystander = OutboxMessageFactory()

    call_command("promo_erase", "--external-id", "shopper-42")

    assert not Customer.objects.filter(external_id="shopper-42").exists()
    assert not OutboxMessage.objects.filter(pk=pending.pk).exists()
    assert not Event.objects.filter(customer_id=customer.pk).exists()
    assert OutboxMessage.objects.filter(pk=bystander.pk).exists()
    [tomb] = ErasedCustomer.objects.all()
    assert "shopper-42" not in tomb.external_id_hash
    assert selectors.is_erased("shopper-42")
    assert not selectors.is_erased("shopper-43")
    assert selectors.erased_external_ids(["shopper-42", "x"]) == {"shopper-42"}
    # Erasing again (or before the shopper was ever imported) is harmless.
    assert privacy.customer_erase(external_id="shopper-42")["customers"] == 0
    assert ErasedCustomer.objects.count() == 1


def test_it_erases_from_the_admin(client):
    client.force_login(UserFactory(username="dpo", is_staff=True, is_superuser=True))
    pii = CustomerPIIFactory(customer__external_id="shopper-77")
    response = client.post(
        reverse("admin:campaigns_customer_changelist"),
        {"action": "erase_customers", "_selected_action": [pii.customer.pk]},
    )
    assert response.status_code == 302
    assert selectors.is_erased("shopper-77")
    assert not Customer.objects.filter(external_id="shopper-77").exists()


def test_it_purges_events_past_retention(settings):
    settings.PROMO_EVENT_RETENTION_DAYS = 30
    old = EventFactory(occurred_at=timezone.now() - timedelta(days=31))
    fresh = EventFactory(occurred_at=timezone.now() - timedelta(days=29))
    assert privacy.events_purge(batch=1) == 1
    assert not Event.objects.filter(pk=old.pk).exists()
    assert Event.objects.filter(pk=fresh.pk).exists()


def test_it_registers_a_storefront_subscription_and_rejects_malformed_ones(client, settings):
    from tests.fakes.webpush_fake import make_browser_keys

    settings.DELIVERY_WEBPUSH_ALLOWED_HOSTS = ["127.0.0.1"]
    customer = CustomerPIIFactory(customer__external_id="demo-1").customer
    _, keys = make_browser_keys()
    url = reverse("delivery:subscribe")

    def post(endpoint, keys):
        body = {"shopper": "demo-1", "subscription": {"endpoint": endpoint, "keys": keys}}
        return client.post(url, json.dumps(body), content_type="application/json")

    assert post("http://127.0.0.1:9/push/abc", keys).status_code == 200
    assert customer.push_subscriptions.get().keys == keys
    assert post("http://127.0.0.1:9/push/abc", keys).status_code == 200  # idempotent
    assert post("http://10.0.0.1/push/x", keys).status_code == 400
    assert post("http://127.0.0.1:9/push/y", {**keys, "p256dh": "AAAA"}).status_code == 400
    assert post("http://127.0.0.1:9/push/z", {"auth": keys["auth"]}).status_code == 400
    assert customer.push_subscriptions.count() == 1


def test_it_serves_the_demo_storefront_and_its_service_worker(client, settings):
    settings.DELIVERY_VAPID_PRIVATE_KEY = ""
    settings.DEBUG = True  # the dev-derived VAPID key exists only under DEBUG
    page = client.get(reverse("delivery:storefront"), {"shopper": "demo-1"})
    assert page.status_code == 200
    assert b'id="vapid-key"' in page.content and b"demo-1" in page.content
    sw = client.get(reverse("delivery:service-worker"))
    assert sw.status_code == 200 and sw["Content-Type"] == "application/javascript"
    assert b"showNotification" in sw.content
