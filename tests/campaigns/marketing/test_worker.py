"""Generation through a real Celery worker consuming from the real Redis broker."""

import time

import pytest
from django.db import transaction

from campaigns.marketing import services
from campaigns.marketing.models import Campaign
from tests.factories import CampaignFactory, EventFactory, ProductFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_it_generates_a_campaign_on_a_real_worker(worker, marketer):
    running = ProductFactory(category="Running")
    for _ in range(5):
        EventFactory(product=running)
    campaign = CampaignFactory(created_by=marketer)
    with transaction.atomic():
        # delay_on_commit: nothing reaches the broker until this block commits.
        total = services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=2)
    assert total == 5
    _wait(lambda: Campaign.objects.get(pk=campaign.pk).status != Campaign.Status.GENERATING)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW, campaign.failure_reason
    assert campaign.messages.filter(status="generated").count() == 5


def test_it_regenerates_rejected_messages_on_a_real_worker(worker, marketer, approver):
    from campaigns.approval import services as approval

    running = ProductFactory(category="Running")
    for _ in range(3):
        EventFactory(product=running)
    campaign = CampaignFactory(created_by=marketer)
    with transaction.atomic():
        services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=10)
    _wait(lambda: campaign.messages.filter(status="generated").count() == 3)
    _wait(lambda: Campaign.objects.get(pk=campaign.pk).status == Campaign.Status.IN_REVIEW)
    campaign.refresh_from_db()
    rejected = campaign.messages.order_by("pk").first()
    sent_back = rejected.body
    approval.message_set_review(message=rejected, user=approver, decision="rejected")
    with transaction.atomic():
        assert (
            approval.messages_regenerate_rejected(campaign=campaign, user=approver, chunk_size=5)
            == 1
        )
    _wait(lambda: campaign.messages.get(pk=rejected.pk).status == "generated")
    rejected.refresh_from_db()
    assert rejected.body and rejected.body != sent_back
    assert [v["body"] for v in rejected.rejected_versions] == [sent_back]


def _wait(done, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if done():
            return
        time.sleep(0.2)
    raise AssertionError("the worker did not finish in time")
