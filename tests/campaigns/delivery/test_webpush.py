from datetime import time, timedelta

import pytest
from django.utils import timezone

from campaigns.delivery.models import OutboxMessage, ProviderPause
from campaigns.delivery.tracking import CLICK_SALT, read_token
from tests.campaigns.delivery.conftest import make_shopper
from tests.factories import ApprovedMessageFactory, CampaignFactory, ConsentFactory
from tests.fakes.server import Reply

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(awake_workspace):
    return CampaignFactory(workspace=awake_workspace, status="scheduled")


def queue(campaign, customer, subscription, **message_kwargs):
    message = ApprovedMessageFactory(campaign=campaign, customer=customer, **message_kwargs)
    return OutboxMessage.objects.create(
        message=message,
        subscription=subscription,
        customer=customer,
        workspace=campaign.workspace,
        provider=subscription.provider,
        due_at=timezone.now(),
        next_attempt_at=timezone.now(),
    )


def test_it_delivers_an_encrypted_personalised_push_the_browser_can_decrypt(
    webpush_fake, campaign, eager
):
    customer, sub = make_shopper(fake=webpush_fake, first_name="Hannah")
    row = queue(campaign, customer, sub, title="{first_name}, your mat", body="Yoga week")

    eager()

    row.refresh_from_db()
    assert (row.status, row.attempts, row.reason) == ("sent", 1, "")
    assert row.sent_at is not None and row.provider_message_id.startswith(webpush_fake.url)
    [(key, payload)] = webpush_fake.delivered.items()
    assert payload["title"] == "Hannah, your mat" and payload["body"] == "Yoga week"
    assert read_token(payload["url"].rsplit("/t/", 1)[1], salt=CLICK_SALT) == row.pk
    [request] = webpush_fake.requests
    assert request.headers["urgency"] == "low"
    assert request.headers["topic"] == key[1] == f"promo-m{row.message_id}"
    assert 0 < int(request.headers["ttl"]) <= 7 * 24 * 3600
    assert request.headers["authorization"].startswith("vapid t=")
    assert webpush_fake.errors == []


def test_it_drops_the_placeholder_cleanly_when_the_name_is_unknown(webpush_fake, campaign, eager):
    customer, sub = make_shopper(fake=webpush_fake, first_name="")
    queue(campaign, customer, sub, title="{first_name}, your mat is waiting")
    eager()
    [payload] = webpush_fake.delivered.values()
    assert payload["title"] == "Your mat is waiting"


def test_it_deactivates_a_gone_subscription_and_suppresses_its_other_rows(
    webpush_fake, campaign, eager
):
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    later = queue(CampaignFactory(workspace=campaign.workspace, status="scheduled"), customer, sub)
    OutboxMessage.objects.filter(pk=later.pk).update(
        next_attempt_at=timezone.now() + timedelta(hours=1)
    )
    webpush_fake.gone.add(sub.endpoint.rsplit("/", 1)[1])

    eager()

    row.refresh_from_db()
    sub.refresh_from_db()
    assert (row.status, row.reason) == ("failed", "subscription_gone")
    assert "410" in row.last_error
    assert not sub.active and sub.deactivated_at is not None
    assert OutboxMessage.objects.get(pk=later.pk).reason == "subscription_inactive"


def test_it_honours_retry_after_and_pauses_the_origin(webpush_fake, campaign, eager):
    webpush_fake.script = lambda sub_id, n: Reply(429, "slow down", {"Retry-After": "120"})
    rows = []
    for _ in range(3):
        customer, sub = make_shopper(fake=webpush_fake)
        rows.append(queue(campaign, customer, sub))
    before = timezone.now()

    eager()

    # The first 429 stops the batch: the other rows never reach the provider.
    assert len(webpush_fake.requests) <= 1 + 3  # at most the requests already in flight
    for row in rows:
        row.refresh_from_db()
        assert row.status == "pending"
        assert row.next_attempt_at >= before + timedelta(seconds=120)
    pause = ProviderPause.objects.get()
    assert pause.key == f"webpush:{webpush_fake.url}"
    assert pause.until >= before + timedelta(seconds=120)
    # Nothing is due before the pause ends.
    assert eager() == 0


def test_it_retries_5xx_with_backoff_then_fails_with_the_reason(webpush_fake, campaign, eager):
    webpush_fake.script = lambda sub_id, n: Reply(503, "maintenance")
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)

    for attempt in (1, 2):
        before = timezone.now()
        eager()
        row.refresh_from_db()
        assert (row.status, row.attempts, row.reason) == ("pending", attempt, "retrying")
        assert "provider_unavailable" in row.last_error
        nominal = 10 * 2 ** (attempt - 1)
        delay = (row.next_attempt_at - before).total_seconds()
        assert nominal * 0.5 - 1 <= delay <= nominal + 1
        OutboxMessage.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    eager()
    row.refresh_from_db()
    assert (row.status, row.attempts, row.reason) == ("failed", 3, "max_attempts")
    assert row.failed_at is not None and "503" in row.last_error
    assert len(webpush_fake.requests) == 3


def test_it_isolates_bad_rows_from_the_rest_of_the_batch(webpush_fake, campaign, eager):
    good_customer, good_sub = make_shopper(fake=webpush_fake)
    good = queue(campaign, good_customer, good_sub)
    c1, malformed_sub = make_shopper(
        endpoint=f"{webpush_fake.url}/push/x", keys={"p256dh": "not-a-key", "auth": "zz"}
    )
    malformed = queue(campaign, c1, malformed_sub)
    c2, big_sub = make_shopper(fake=webpush_fake)
    too_big = queue(campaign, c2, big_sub, body="x" * 5000)
    c3, foreign_sub = make_shopper(endpoint="https://evil.internal/push/1", keys={})
    foreign = queue(campaign, c3, foreign_sub)
    c4, rejected_sub = make_shopper(fake=webpush_fake)
    rejected = queue(campaign, c4, rejected_sub)
    rejected_id = rejected_sub.endpoint.rsplit("/", 1)[1]
    webpush_fake.script = lambda sub_id, n: Reply(400, "bad") if sub_id == rejected_id else None

    eager()

    expected = {
        good.pk: ("sent", ""),
        malformed.pk: ("failed", "malformed_subscription"),
        too_big.pk: ("failed", "payload_too_large"),
        foreign.pk: ("failed", "endpoint_not_allowed"),
        rejected.pk: ("failed", "rejected"),
    }
    got = {r.pk: (r.status, r.reason) for r in OutboxMessage.objects.all()}
    assert got == expected
    assert OutboxMessage.objects.get(pk=rejected.pk).attempts == 1  # 400s are not retried


def test_it_fails_with_a_clear_reason_when_the_push_service_rejects_our_vapid_token(
    webpush_fake, campaign, eager, settings
):
    # An expired token (as from a wrong clock or a stale key): the fake rejects it as a push
    # service would.
    settings.DELIVERY_VAPID_TOKEN_TTL_S = -600
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("failed", "vapid_rejected")
    assert "expired" in row.last_error.lower()


def test_it_fails_every_row_with_the_reason_when_the_vapid_key_is_unusable(
    webpush_fake, campaign, eager, settings
):
    settings.DELIVERY_VAPID_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\ngarbage\n"
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("failed", "provider_misconfigured")
    assert "vapid_key_invalid" in row.last_error
    assert webpush_fake.requests == []


def test_it_times_out_a_hanging_push_service_and_retries(webpush_fake, campaign, eager, settings):
    settings.DELIVERY_HTTP_TIMEOUT_S = 0.2
    webpush_fake.delay_s = 0.6
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("pending", "retrying")
    assert row.last_error.startswith("timeout")


# --- Send-time checks: the late change wins ------------------------------------------------


def test_it_suppresses_at_send_time_when_consent_was_withdrawn_after_the_claim(
    webpush_fake, campaign, eager, django_capture_on_commit_callbacks
):
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    # Withdrawn without going through consent_record (say a direct import), after approval.
    ConsentFactory(customer=customer, granted=False, recorded_at=timezone.now())
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("suppressed", "consent_withdrawn")
    assert webpush_fake.requests == []


def test_it_suppresses_shoppers_who_never_consented(webpush_fake, campaign, eager):
    customer, sub = make_shopper(fake=webpush_fake, consent=None)
    row = queue(campaign, customer, sub)
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("suppressed", "consent_missing")


def test_it_expires_rows_whose_offer_has_ended(webpush_fake, campaign, eager):
    customer, sub = make_shopper(fake=webpush_fake)
    row = queue(campaign, customer, sub)
    campaign.offer.ends_at = timezone.now() - timedelta(minutes=1)
    campaign.offer.save()
    eager()
    row.refresh_from_db()
    assert (row.status, row.reason) == ("expired", "offer_expired")
    assert row.expired_at is not None


def test_it_suppresses_rows_of_an_inactive_subscription_or_a_cancelled_campaign(
    webpush_fake, campaign, eager
):
    customer, sub = make_shopper(fake=webpush_fake)
    inactive = queue(campaign, customer, sub)
    sub.active = False
    sub.save()
    other, other_sub = make_shopper(fake=webpush_fake)
    cancelled_campaign = CampaignFactory(workspace=campaign.workspace, status="cancelled")
    cancelled = queue(cancelled_campaign, other, other_sub)
    eager()
    assert OutboxMessage.objects.get(pk=inactive.pk).reason == "subscription_inactive"
    assert OutboxMessage.objects.get(pk=cancelled.pk).reason == "campaign_cancelled"
    assert webpush_fake.requests == []


def test_it_caps_messages_per_shopper_per_day_and_week_across_campaigns(
    webpush_fake, campaign, eager
):
    workspace = campaign.workspace
    workspace.cap_per_day, workspace.cap_per_week = 1, 2
    workspace.save()
    customer, sub = make_shopper(fake=webpush_fake)
    # Sent four days ago: counts for the week, not the day.
    old = queue(CampaignFactory(workspace=workspace, status="completed"), customer, sub)
    OutboxMessage.objects.filter(pk=old.pk).update(
        status="sent", sent_at=timezone.now() - timedelta(days=4)
    )
    first = queue(campaign, customer, sub)
    second = queue(CampaignFactory(workspace=workspace, status="scheduled"), customer, sub)
    eager()
    assert OutboxMessage.objects.get(pk=first.pk).status == "sent"
    assert OutboxMessage.objects.get(pk=second.pk).reason == "frequency_cap_day"

    # A second device for the same message does not use up another slot.
    _, laptop = make_shopper(customer, fake=webpush_fake, consent=None)
    same_message = OutboxMessage.objects.create(
        message=first.message,
        subscription=laptop,
        customer=customer,
        workspace=workspace,
        provider="webpush",
        due_at=timezone.now(),
        next_attempt_at=timezone.now(),
    )
    eager()
    assert OutboxMessage.objects.get(pk=same_message.pk).status == "sent"

    # Next day: the day cap has room, the week cap (old + first) does not.
    OutboxMessage.objects.filter(pk__in=[first.pk, same_message.pk]).update(
        sent_at=timezone.now() - timedelta(days=2)
    )
    third = queue(CampaignFactory(workspace=workspace, status="scheduled"), customer, sub)
    eager()
    assert OutboxMessage.objects.get(pk=third.pk).reason == "frequency_cap_week"


def test_it_defers_quiet_hours_to_the_shoppers_morning_without_using_an_attempt(
    webpush_fake, campaign, eager
):
    now = timezone.now()
    workspace = campaign.workspace
    # A quiet window around the current UTC time, for a shopper who lives in UTC.
    workspace.quiet_start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    workspace.quiet_end = (now + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    workspace.save()
    customer, sub = make_shopper(fake=webpush_fake)
    customer.timezone = "UTC"
    customer.save()
    row = queue(campaign, customer, sub)
    eager()
    row.refresh_from_db()
    assert (row.status, row.attempts, row.reason) == ("pending", 0, "deferred")
    release = row.next_attempt_at
    assert release.time().replace(tzinfo=None) == workspace.quiet_end
    assert timedelta(0) < release - now <= timedelta(hours=1, minutes=1)
    assert webpush_fake.requests == []


def test_it_sends_to_a_shopper_whose_own_clock_is_outside_quiet_hours(
    webpush_fake, campaign, eager
):
    now = timezone.now()
    workspace = campaign.workspace
    workspace.quiet_start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    workspace.quiet_end = (now + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    workspace.save()
    # Twelve hours away from UTC, the same instant is the middle of the shopper's day.
    customer, sub = make_shopper(fake=webpush_fake)
    customer.timezone = "Etc/GMT-12"
    customer.save()
    row = queue(campaign, customer, sub)
    eager()
    assert OutboxMessage.objects.get(pk=row.pk).status == "sent"
    assert time(0, 0) != workspace.quiet_start
