import pytest
from django.utils import timezone

from campaigns.delivery.models import OutboxMessage
from tests.campaigns.delivery.conftest import make_shopper
from tests.factories import ApprovedMessageFactory, CampaignFactory
from tests.fakes.fcm_fake import fcm_error
from tests.fakes.server import Reply

pytestmark = pytest.mark.django_db

DEVICE = "a1b2c3d4" * 8


@pytest.fixture
def campaign(awake_workspace):
    return CampaignFactory(workspace=awake_workspace, status="scheduled")


def queue(campaign, provider, endpoint, first_name="Jonas"):
    customer, sub = make_shopper(provider=provider, endpoint=endpoint, first_name=first_name)
    message = ApprovedMessageFactory(campaign=campaign, customer=customer)
    return OutboxMessage.objects.create(
        message=message,
        subscription=sub,
        customer=customer,
        workspace=campaign.workspace,
        provider=provider,
        due_at=timezone.now(),
        next_attempt_at=timezone.now(),
    )


def test_it_sends_through_fcm_v1_with_a_service_account_token(fcm_fake, campaign, eager):
    rows = [queue(campaign, "fcm", f"fcm-token-{i}") for i in range(3)]
    eager()
    assert all(r.status == "sent" for r in OutboxMessage.objects.all())
    # One OAuth2 JWT-bearer grant, reused for the whole batch.
    assert fcm_fake.token_requests == 1
    message = next(m for m in fcm_fake.messages if m["token"] == "fcm-token-0")
    assert message["notification"]["title"] == "Jonas, your running week"
    assert message["android"]["collapse_key"] == f"promo-m{rows[0].message_id}"
    assert message["data"]["url"].startswith("http://testserver/t/")
    assert OutboxMessage.objects.get(pk=rows[0].pk).provider_message_id.startswith("projects/")


def test_it_maps_fcm_errors_to_gone_retry_and_failure(fcm_fake, campaign, eager):
    gone = queue(campaign, "fcm", "dead-token")
    fcm_fake.unregistered.add("dead-token")
    busy = queue(campaign, "fcm", "busy-token")
    garbage = queue(campaign, "fcm", "garbage-token")
    invalid = queue(campaign, "fcm", "invalid-token")

    def script(message, n):
        return {
            "busy-token": fcm_error(503, "UNAVAILABLE", "UNAVAILABLE"),
            "garbage-token": Reply(200, "<html>oops</html>"),
            "invalid-token": fcm_error(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT"),
        }.get(message["token"])

    fcm_fake.script = script
    eager()
    got = {r.pk: (r.status, r.reason) for r in OutboxMessage.objects.all()}
    assert got[gone.pk] == ("failed", "subscription_gone")
    assert not OutboxMessage.objects.get(pk=gone.pk).subscription.active
    assert got[busy.pk] == ("pending", "retrying")
    assert got[garbage.pk] == ("failed", "provider_bad_response")
    assert got[invalid.pk] == ("failed", "rejected")


def test_it_fails_when_the_token_endpoint_refuses_the_service_account(
    fcm_fake, campaign, eager, settings
):
    from tests.fakes.fcm_fake import make_service_account

    other, _ = make_service_account()
    import json

    # A key the token endpoint does not know: its assertion signature does not verify.
    settings.DELIVERY_FCM_SERVICE_ACCOUNT = json.dumps(
        {**other, "client_email": fcm_fake.service_account["client_email"]}
    )
    row = queue(campaign, "fcm", "tok")
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("failed", "fcm_auth_failed")
    assert "invalid_grant" in row.last_error


def test_it_sends_through_apns_over_http2_with_a_provider_token(apns_fake, campaign, eager):
    row = queue(campaign, "apns", DEVICE)
    eager()
    row.refresh_from_db()
    assert row.status == "sent" and row.provider_message_id
    [note] = apns_fake.notifications
    assert set(apns_fake.protocols) == {"h2"}
    assert note["headers"]["apns-collapse-id"] == f"promo-m{row.message_id}"
    assert note["headers"]["apns-priority"] == "5"
    assert note["payload"]["aps"]["alert"]["title"] == "Jonas, your running week"


def test_it_maps_apns_errors(apns_fake, campaign, eager):
    gone = queue(campaign, "apns", DEVICE)
    apns_fake.unregistered.add(DEVICE)
    throttled = queue(campaign, "apns", "ff" * 32)
    bad = queue(campaign, "apns", "not-hex!")
    apns_fake.script = lambda device, headers: (
        (429, {"reason": "TooManyRequests", "retry-after": "30"}) if device == "ff" * 32 else None
    )
    eager()
    got = {r.pk: (r.status, r.reason) for r in OutboxMessage.objects.all()}
    assert got[gone.pk] == ("failed", "subscription_gone")
    assert got[throttled.pk] == ("pending", "retrying")
    assert got[bad.pk] == ("failed", "malformed_subscription")
