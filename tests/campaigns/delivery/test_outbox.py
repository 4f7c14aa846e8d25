from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.delivery import services
from campaigns.delivery.models import OutboxMessage
from tests.campaigns.delivery.conftest import make_shopper
from tests.factories import (
    ApprovedMessageFactory,
    CampaignFactory,
    CustomerFactory,
    OutboxMessageFactory,
    PushSubscriptionFactory,
)

pytestmark = pytest.mark.django_db


def test_it_writes_one_row_per_approved_message_and_active_subscription(workspace):
    campaign = CampaignFactory(workspace=workspace, status="approved")
    two_devices, _ = make_shopper()
    PushSubscriptionFactory(customer=two_devices, provider="fcm", endpoint="tok-1")
    one_device, _ = make_shopper()
    PushSubscriptionFactory(customer=one_device, active=False)
    no_device = CustomerFactory()
    for customer in (two_devices, one_device, no_device):
        ApprovedMessageFactory(campaign=campaign, customer=customer)
    ApprovedMessageFactory(campaign=campaign, review_status="rejected")
    ApprovedMessageFactory(campaign=campaign, status="failed", review_status="approved")

    assert services.outbox_enqueue_campaign(campaign=campaign) == 3
    # Approval retried (say after a timeout on the marketer's side): nothing doubles.
    assert services.outbox_enqueue_campaign(campaign=campaign) == 0
    rows = OutboxMessage.objects.filter(message__campaign=campaign)
    assert sorted(rows.values_list("provider", flat=True)) == ["fcm", "webpush", "webpush"]
    assert {r.workspace_id for r in rows} == {workspace.pk}
    assert all(r.status == "pending" and r.next_attempt_at == r.due_at for r in rows)


def test_it_schedules_rows_for_the_campaigns_send_time(workspace):
    send_at = timezone.now() + timedelta(hours=5)
    campaign = CampaignFactory(workspace=workspace, status="approved", send_at=send_at)
    customer, _ = make_shopper()
    ApprovedMessageFactory(campaign=campaign, customer=customer)
    services.outbox_enqueue_campaign(campaign=campaign)
    row = OutboxMessage.objects.get()
    assert row.due_at == send_at
    # Not due yet: the dispatcher leaves it alone.
    assert services.outbox_dispatch() == 0


def test_it_claims_due_rows_with_a_lease_and_reclaims_expired_leases(
    settings, django_capture_on_commit_callbacks
):
    settings.DELIVERY_BATCH_SIZE = 2
    due = OutboxMessageFactory.create_batch(3)
    OutboxMessageFactory(next_attempt_at=timezone.now() + timedelta(minutes=5))
    with django_capture_on_commit_callbacks() as callbacks:
        assert services.outbox_dispatch() == 3
    assert len(callbacks) == 2  # two batches of at most two
    claimed = OutboxMessage.objects.filter(status="sending")
    assert {r.pk for r in claimed} == {r.pk for r in due}
    assert len({r.claim_token for r in claimed}) == 2
    assert all(r.lease_until > timezone.now() for r in claimed)
    # Leases still live: nothing to claim.
    assert services.outbox_dispatch() == 0
    # A worker died holding one batch; once its lease runs out the rows are claimable again,
    # under a new token, so the dead batch's task (if redelivered) writes nothing.
    stale = due[0]
    old_token = OutboxMessage.objects.get(pk=stale.pk).claim_token
    OutboxMessage.objects.filter(pk=stale.pk).update(lease_until=timezone.now())
    assert services.outbox_dispatch() == 1
    assert OutboxMessage.objects.get(pk=stale.pk).claim_token != old_token
    assert (
        services.outbox_deliver_batch(
            provider="webpush", outbox_ids=[stale.pk], claim_token=old_token
        )
        == {}
    )


def test_it_suppresses_pending_rows_when_push_consent_is_withdrawn():
    pending = OutboxMessageFactory()
    sent = OutboxMessageFactory(customer=pending.customer, status="sent")
    other = OutboxMessageFactory()
    services.consent_record(
        customer=pending.customer,
        purpose="push_marketing",
        granted=False,
        source="app",
        text_version="v2",
    )
    pending.refresh_from_db()
    assert (pending.status, pending.reason) == ("suppressed", "consent_withdrawn")
    assert pending.suppressed_at is not None
    assert OutboxMessage.objects.get(pk=sent.pk).status == "sent"
    assert OutboxMessage.objects.get(pk=other.pk).status == "pending"
    assert pending.customer.consents.latest("recorded_at").granted is False


def test_it_leaves_the_outbox_alone_when_another_purpose_is_withdrawn():
    row = OutboxMessageFactory()
    services.consent_record(customer=row.customer, purpose="email_marketing", granted=False)
    assert OutboxMessage.objects.get(pk=row.pk).status == "pending"
