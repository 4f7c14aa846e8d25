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
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        campaign.refresh_from_db()
        if campaign.status != Campaign.Status.GENERATING:
            break
        time.sleep(0.2)
    assert campaign.status == Campaign.Status.IN_REVIEW, campaign.failure_reason
    assert campaign.messages.filter(status="generated").count() == 5
