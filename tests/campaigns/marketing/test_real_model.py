"""The whole generation path with the bundled language model: slow, and part of `make test`."""

import pytest

from campaigns.marketing import services
from campaigns.marketing.models import Campaign, Message
from inference.engine import get_engine
from tests.factories import (
    CampaignFactory,
    CustomerFactory,
    EventFactory,
    OfferFactory,
    ProductFactory,
    SegmentFactory,
)

pytestmark = [pytest.mark.realmodel, pytest.mark.django_db]


def yoga(action):
    return {
        "kind": "behaviour",
        "action": action,
        "target": "category",
        "value": "Yoga",
        "min_count": 1,
        "days": 30,
    }


def test_it_writes_messages_for_two_shoppers_with_the_real_model(marketer, monkeypatch):
    monkeypatch.setattr(
        "campaigns.marketing.tasks.generate_chunk.delay_on_commit", lambda *args: None
    )
    mat = ProductFactory(category="Yoga", name="Non-slip yoga mat")
    block = ProductFactory(category="Yoga", name="Cork yoga block")
    hamburg = CustomerFactory(city="Hamburg", timezone="Europe/Berlin")
    osaka = CustomerFactory(city="Osaka", timezone="Asia/Tokyo", country="JP")
    EventFactory(customer=hamburg, product=mat, context={"weather": "rain", "device": "ios"})
    EventFactory(customer=osaka, product=block, type="add_to_cart")
    campaign = CampaignFactory(
        created_by=marketer,
        segment=SegmentFactory(rules={"op": "or", "rules": [yoga("view"), yoga("add_to_cart")]}),
        offer=OfferFactory(title="Yoga week", category="Yoga", discount_value=25, code="FLOW25"),
        brand_voice="Calm and encouraging.",
    )
    assert services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=8) == 2
    ids = list(campaign.messages.values_list("pk", flat=True))
    services.messages_generate(campaign_id=campaign.pk, message_ids=ids, engine=get_engine())
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW
    messages = list(campaign.messages.all())
    assert len(messages) == 2
    for message in messages:
        assert message.status == Message.Status.GENERATED
        text = f"{message.title}\n{message.body}"
        assert "25% off" in text and "FLOW25" in text
        assert len(message.body) <= campaign.max_chars
        assert message.score is not None or message.source == Message.Source.FALLBACK
        assert message.candidates, "the model's candidates are kept for review"
        assert message.prompt
