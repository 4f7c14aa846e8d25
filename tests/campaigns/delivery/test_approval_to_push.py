"""From the approver's decision to the bytes a browser decrypts, through the real services:
campaign_approve → outbox rows → the on-commit dispatch → the Web Push batch → the fake push
service, which decrypts with the subscription's keys what a browser would show."""

import pytest
from django.utils import timezone

from campaigns.approval.services import campaign_approve
from campaigns.delivery.models import OutboxMessage
from campaigns.marketing.models import Campaign
from tests.campaigns.delivery.conftest import make_shopper
from tests.factories import ConsentFactory, MessageFactory, campaign_in_review

pytestmark = pytest.mark.django_db


def test_it_sends_exactly_the_approved_text_from_approval_to_web_push(
    webpush_fake, awake_workspace, marketer, approver, eager, django_capture_on_commit_callbacks
):
    campaign = campaign_in_review(created_by=marketer, messages=0, workspace=awake_workspace)
    hannah, phone = make_shopper(fake=webpush_fake, first_name="Hannah")
    _, laptop = make_shopper(hannah, fake=webpush_fake, consent=None)
    approved = MessageFactory(
        campaign=campaign, customer=hannah, title="{first_name}, rain week", body="15% off shells"
    )
    # Rejected by the reviewer: never queued.
    rejected_shopper, rejected_sub = make_shopper(fake=webpush_fake)
    MessageFactory(
        campaign=campaign, customer=rejected_shopper, review_status="rejected", body="Not this"
    )
    # No device: nothing to queue.
    no_device, _ = make_shopper(fake=webpush_fake, active=False)
    MessageFactory(campaign=campaign, customer=no_device, body="Nowhere to go")
    # Withdrew consent after approval: queued, then suppressed at send time.
    withdrawn, _ = make_shopper(fake=webpush_fake)
    MessageFactory(campaign=campaign, customer=withdrawn, body="Too late")

    # The callbacks run as the commit would run them: dispatch_due, then the batch task
    # (both eager here; the browser test runs the same path on a real worker).
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        campaign_approve(campaign=campaign, user=approver)
        ConsentFactory(customer=withdrawn, granted=False, recorded_at=timezone.now())
        assert OutboxMessage.objects.filter(status="pending").count() == 3
    assert callbacks  # the dispatch was kicked on commit, not left to the beat

    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    rows = {
        (r.customer_id, r.subscription_id): (r.status, r.reason)
        for r in OutboxMessage.objects.all()
    }
    assert rows == {
        (hannah.pk, phone.pk): ("sent", ""),
        (hannah.pk, laptop.pk): ("sent", ""),
        (withdrawn.pk, withdrawn.push_subscriptions.get().pk): ("suppressed", "consent_withdrawn"),
    }
    # Both of Hannah's devices decrypt the approved text, her name filled in at send time.
    topic = f"promo-m{approved.pk}"
    for sub in (phone, laptop):
        payload = webpush_fake.delivered[(sub.endpoint.rsplit("/", 1)[1], topic)]
        assert (payload["title"], payload["body"], payload["tag"]) == (
            "Hannah, rain week",
            "15% off shells",
            topic,
        )
    assert len(webpush_fake.requests) == 2 and webpush_fake.errors == []
    assert rejected_sub.endpoint.rsplit("/", 1)[1] not in {r.sub_id for r in webpush_fake.requests}
