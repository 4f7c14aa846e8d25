import json
from datetime import time

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from campaigns.delivery import services
from campaigns.delivery.providers import reset_provider_state
from promoweb.celery import app
from tests.factories import ConsentFactory, CustomerPIIFactory, PushSubscriptionFactory
from tests.fakes.apns_fake import ApnsFake, make_apns_key
from tests.fakes.fcm_fake import FcmFake, make_service_account
from tests.fakes.webpush_fake import WebPushFake


@pytest.fixture(autouse=True)
def _fresh_providers():
    # Pooled connections and cached tokens must not outlive the fake they were made for.
    reset_provider_state()
    yield
    reset_provider_state()


@pytest.fixture
def delivery_settings(settings):
    key = ec.generate_private_key(ec.SECP256R1())
    settings.DELIVERY_VAPID_PRIVATE_KEY = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    settings.DELIVERY_WEBPUSH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.DELIVERY_PUBLIC_BASE_URL = "http://testserver"
    settings.DELIVERY_SEND_CONCURRENCY = 4
    settings.DELIVERY_HTTP_TIMEOUT_S = 2.0
    settings.DELIVERY_MAX_ATTEMPTS = 3
    settings.DELIVERY_BACKOFF_BASE_S = 10.0
    return settings


@pytest.fixture
def webpush_fake(delivery_settings):
    fake = WebPushFake().start()
    yield fake
    fake.stop()


@pytest.fixture
def fcm_fake(delivery_settings):
    info, public = make_service_account()
    fake = FcmFake(info, public).start()
    delivery_settings.DELIVERY_FCM_SERVICE_ACCOUNT = json.dumps(info)
    delivery_settings.DELIVERY_FCM_TOKEN_URL = fake.token_url
    delivery_settings.DELIVERY_FCM_ENDPOINT = fake.url
    delivery_settings.DELIVERY_FCM_PROJECT_ID = fake.project_id
    yield fake
    fake.stop()


@pytest.fixture
def apns_fake(delivery_settings):
    pem, public = make_apns_key()
    fake = ApnsFake(public, key_id="KEY123", team_id="TEAM42", topic="shop.promoweb.app").start()
    delivery_settings.DELIVERY_APNS_KEY = pem
    delivery_settings.DELIVERY_APNS_KEY_ID = "KEY123"
    delivery_settings.DELIVERY_APNS_TEAM_ID = "TEAM42"
    delivery_settings.DELIVERY_APNS_TOPIC = "shop.promoweb.app"
    delivery_settings.DELIVERY_APNS_ENDPOINT = fake.url
    yield fake
    fake.stop()


@pytest.fixture
def eager(django_capture_on_commit_callbacks):
    """Run what beat + a worker would: dispatch, then the batch tasks, in-process."""
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True

    def drain(rounds: int = 1) -> int:
        claimed = 0
        for _ in range(rounds):
            with django_capture_on_commit_callbacks(execute=True):
                claimed += services.outbox_dispatch()
        return claimed

    yield drain
    app.conf.task_always_eager = False
    app.conf.task_eager_propagates = False


@pytest.fixture
def awake_workspace(workspace):
    """No quiet hours, generous caps: tests about something else must not trip over them."""
    workspace.quiet_start = workspace.quiet_end = time(0, 0)
    workspace.cap_per_day = workspace.cap_per_week = 50
    workspace.save()
    return workspace


def make_shopper(customer=None, *, fake=None, consent=True, first_name="Hannah", **sub_kwargs):
    pii = CustomerPIIFactory(first_name=first_name) if customer is None else None
    customer = customer or pii.customer
    if consent is not None:
        ConsentFactory(customer=customer, granted=consent)
    if fake is not None:
        sub_kwargs = {**fake.new_subscription(), **sub_kwargs}
    subscription = PushSubscriptionFactory(customer=customer, **sub_kwargs)
    return customer, subscription
