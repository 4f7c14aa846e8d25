"""Web Push end to end in a real browser: Chromium subscribes on the demo storefront, the approval
queues the push, the real Celery worker VAPID-signs and aes128gcm-encrypts it for the loopback
push service, and the page decrypts it with WebCrypto and hands it to its service worker.

Simulated: the push service (the Web Push fake, because headless Chromium cannot reach Google's)
and its hop to the browser (the page polls the fake). Everything else is the production code.
"""

import time
from datetime import time as clock

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from campaigns.approval.services import campaign_approve
from campaigns.audience.models import Event, PushSubscription
from campaigns.delivery.models import OutboxMessage
from campaigns.delivery.providers import reset_provider_state
from tests.factories import ConsentFactory, CustomerPIIFactory, MessageFactory, campaign_in_review
from tests.fakes.webpush_fake import WebPushFake

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _roles(roles):
    """The marketer/approver fixtures need the role groups; see `roles` in tests/conftest.py."""


@pytest.fixture
def push_service(settings, live_server):
    """The loopback Web Push fake as the storefront's push service, and a fresh VAPID key."""
    reset_provider_state()  # no VAPID token or pooled connection from another test's key
    key = ec.generate_private_key(ec.SECP256R1())
    settings.DELIVERY_VAPID_PRIVATE_KEY = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    fake = WebPushFake().start()
    settings.DELIVERY_DEMO_PUSH_SERVICE_URL = fake.url
    settings.DELIVERY_WEBPUSH_ALLOWED_HOSTS = ["127.0.0.1"]
    # The open beacon and click links must point at this live server.
    settings.DELIVERY_PUBLIC_BASE_URL = live_server.url
    yield fake
    fake.stop()
    reset_provider_state()


def wait_for(predicate, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def test_it_decrypts_the_approved_push_in_the_browser_and_shows_it(
    live_server, worker, page, shot, push_service, workspace, marketer, approver
):
    # Quiet hours off: the test must not depend on the time of day it runs at.
    workspace.quiet_start = workspace.quiet_end = clock(0, 0)
    workspace.save()
    pii = CustomerPIIFactory(first_name="Hannah", customer__external_id="shopper-wp-1")
    shopper = pii.customer
    ConsentFactory(customer=shopper, granted=True)
    base = live_server.url
    page.context.grant_permissions(["notifications"], origin=base)

    page.goto(f"{base}/delivery/storefront/?shopper={shopper.external_id}")
    shot("storefront")
    page.click("#subscribe")
    page.wait_for_selector("#status:has-text('Subscribed')")
    # Headless Chromium has no push service, so the page took the demo path.
    assert page.get_attribute("body", "data-subscription") == "demo"
    sub = wait_for(
        lambda: PushSubscription.objects.filter(customer=shopper, active=True).first(),
        timeout=10,
        what="the subscription row",
    )
    sub_id = sub.endpoint.rsplit("/", 1)[1]
    assert sub.endpoint == f"{push_service.url}/push/{sub_id}"
    # Bound to the site's VAPID key at the push service, like a real subscription.
    assert push_service.registered[sub_id] == page.evaluate(
        "JSON.parse(document.getElementById('vapid-key').textContent)"
    )
    assert len(sub.keys["p256dh"]) == 87 and len(sub.keys["auth"]) == 22  # 65 and 16 bytes
    shot("subscribed")

    campaign = campaign_in_review(created_by=marketer, messages=0, workspace=workspace)
    message = MessageFactory(
        campaign=campaign,
        customer=shopper,
        title="{first_name}, your trail week",
        body="20% off trail shoes with RUN20 until Sunday.",
    )
    # Commits the outbox rows; its on-commit dispatch reaches the worker thread through Redis.
    campaign_approve(campaign=campaign, user=approver, comment="Good to go")

    tag = f"promo-m{message.pk}"
    item = page.wait_for_selector(f"#inbox li[data-tag='{tag}']", timeout=30_000)
    assert item.inner_text().startswith("Hannah, your trail week")
    assert item.query_selector(".title").inner_text() == "Hannah, your trail week"
    assert item.query_selector(".body").inner_text() == (
        "20% off trail shoes with RUN20 until Sunday."
    )
    # The service worker showed it as a notification and reported the open.
    page.wait_for_selector(f"#inbox li[data-tag='{tag}'][data-notification='shown']")
    assert item.get_attribute("data-opened") == "yes"
    shown = page.evaluate(
        """async () => (await (await navigator.serviceWorker.ready).getNotifications())
             .map((n) => ({title: n.title, body: n.body, tag: n.tag}))"""
    )
    assert shown == [
        {
            "title": "Hannah, your trail week",
            "body": "20% off trail shoes with RUN20 until Sunday.",
            "tag": tag,
        }
    ]
    shot("delivered")

    row = OutboxMessage.objects.get(message=message)
    assert (row.status, row.subscription_id, row.attempts) == ("sent", sub.pk, 1)
    assert Event.objects.filter(customer=shopper, type="open", context__outbox_id=row.pk).exists()
    # The push service got one VAPID-signed aes128gcm request and could not read it: only the
    # browser holds the subscription's private key.
    [request] = push_service.requests
    assert (request.sub_id, request.status, request.topic) == (sub_id, 201, tag)
    assert request.headers["content-encoding"] == "aes128gcm"
    assert request.headers["authorization"].startswith("vapid t=")
    assert push_service.delivered == {} and push_service.polled[sub_id] == 1
    assert push_service.errors == []
